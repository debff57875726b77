import { describe, expect, it } from 'vitest';
import { findDiagnostics, buildRestore, buildPod } from '../testing/rules.ts';

const code = 'restore-excludes-volume-claims';
const pod = buildPod({
  namespace: 'prod',
  metadata: ['  annotations: {backup.velero.io/backup-volumes: data}'],
  spec: [
    '  containers: [{name: postgres, image: postgres}]',
    '  volumes: [{name: data, persistentVolumeClaim: {claimName: data-db}}]',
  ],
});
const restore = (...filters: string[]) => buildRestore('{name: r1}', ...filters);

describe(code, () => {
  it('points at the excluded persistentvolumeclaims on 1.18.2', () => {
    const text = restore('  excludedResources:', '  - secrets', '  - persistentvolumeclaims');
    expect(findDiagnostics(code, pod, text, '1.18.2')).toMatchObject([
      {
        file: 'restore.yaml',
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 27,
        severity: 'error',
        data: { filter: 'excludes persistentvolumeclaims', pods: 'prod/db' },
      },
    ]);
  });

  it('points at includedResources that leave PVs out', () => {
    const text = restore('  includedResources: [pods, persistentvolumeclaims]');
    expect(findDiagnostics(code, pod, text)).toMatchObject([
      {
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 20,
        data: { filter: 'includes only pods, persistentvolumeclaims (no persistentvolumes)' },
      },
    ]);
  });

  it.each([
    ['main', restore('  excludedResources: [pvc]')],
    ['1.18.2', restore('  includedResources: ["*"]')],
    ['1.18.2', restore('  excludedResources: [secrets]')],
    // The shortcut expander is case-sensitive: PVC resolves to nothing and excludes nothing.
    ['1.18.2', restore('  excludedResources: [PVC]')],
    // The pod itself is not restored, so it gets no restore-wait.
    ['1.18.2', restore('  excludedResources: [pvc, pods]')],
  ])('is silent on %s for %j', (version, text) => {
    expect(findDiagnostics(code, pod, text, version)).toEqual([]);
  });

  it('resolves the singular: excludedResources [PersistentVolume] at 6:23', () => {
    const text = restore('  excludedResources: [PersistentVolume]');
    expect(findDiagnostics(code, pod, text)).toMatchObject([
      {
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 39,
        data: { filter: 'excludes PersistentVolume' },
      },
    ]);
  });

  it('is silent without file-system-backed volumes', () => {
    const plain = pod.replace('data}', 'other}');
    expect(findDiagnostics(code, plain, restore('  excludedResources: [pvc]'))).toEqual([]);
  });
});
