import { describe, expect, it } from 'vitest';
import { findDiagnostics, buildPod } from '../testing/rules.ts';

const code = 'stale-restore-wait';
const pod = (annotations: string, first = 'restore-wait') =>
  buildPod({
    metadata: [`  annotations: {${annotations}}`],
    spec: [
      '  initContainers:',
      `  - {name: ${first}, image: velero/velero}`,
      '  containers: [{name: app, image: postgres}]',
      '  volumes: [{name: data, emptyDir: {}}]',
    ],
  });

describe(code, () => {
  it.each([
    ['restore-wait without backed-up volumes', pod(''), 'restore-wait'],
    [
      'restic-wait, naming a volume the pod lacks',
      pod('backup.velero.io/backup-volumes: cache', 'restic-wait'),
      'restic-wait',
    ],
  ])('%s on 1.16.2', (_name, text, name) => {
    expect(findDiagnostics(code, text, undefined, '1.16.2')).toMatchObject([
      {
        line: 8,
        column: 12,
        endLine: 8,
        endColumn: 12 + name.length,
        data: { name, pod: 'default/db' },
      },
    ]);
  });

  it('is silent when a volume is backed up with file-system backup', () => {
    expect(
      findDiagnostics(code, pod('backup.velero.io/backup-volumes: data'), undefined, '1.16.2'),
    ).toEqual([]);
  });

  it.each(['1.17.0', 'main'])('is silent on %s (every restore-wait is removed)', (version) => {
    expect(findDiagnostics(code, pod(''), undefined, version)).toEqual([]);
  });
});
