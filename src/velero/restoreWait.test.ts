import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { JsonObject } from '../model/types.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import { restoreObjects } from './fullRestore.ts';

const pod = (extra: {
  initContainers?: string;
  podSecurity?: string;
  firstSecurity?: string;
  backup?: string;
}) => `apiVersion: v1
kind: Pod
metadata:
  name: db-0
  namespace: prod
  annotations: {backup.velero.io/backup-volumes: '${extra.backup ?? 'data'}'}
spec:
${extra.podSecurity ? `  securityContext: ${extra.podSecurity}\n` : ''}${extra.initContainers ? `  initContainers: ${extra.initContainers}\n` : ''}  containers:
  - name: postgres
    image: postgres:16
${extra.firstSecurity ? `    securityContext: ${extra.firstSecurity}\n` : ''}  volumes:
  - {name: data, emptyDir: {}}
`;

/** The init containers of the pod as `apply --full-restore` shows it at a Velero version. */
function initContainers(version: string, text: string): JsonObject[] {
  const veleroVersion = resolveVeleroVersion(version).version!;
  const analysis = analyze({ manifests: [{ name: 'pod.yaml', text }], veleroVersion });
  const [restored] = restoreObjects(analysis.manifests.objects, analysis.plan, {
    fullRestore: true,
  });
  return ((restored?.restored?.['spec'] as JsonObject)['initContainers'] ?? []) as JsonObject[];
}

describe('restore-wait by Velero version (pod_volume_restore_action.go)', () => {
  it.each([
    ['1.15.2', 'velero/velero-restore-helper:v1.15.2'],
    ['1.16.0', 'velero/velero:v1.16.0'],
    ['1.18.2', 'velero/velero:v1.18.2'],
    ['main', 'velero/velero:main'],
  ])('%s: image %s, command /velero-restore-helper', (version, image) => {
    const [wait] = initContainers(version, pod({}));
    expect(wait).toMatchObject({
      name: 'restore-wait',
      image,
      command: ['/velero-restore-helper'],
    });
  });

  it.each([
    ['1.15.2', {}],
    ['1.18.2', { runAsUser: 1000, runAsNonRoot: true, allowPrivilegeEscalation: false }],
    ['main', { runAsUser: 999, runAsGroup: 999, runAsNonRoot: true }],
  ] as const)('%s with pod-level runAsUser 999: securityContext %j', (version, expected) => {
    const [wait] = initContainers(
      version,
      pod({ podSecurity: '{runAsUser: 999, runAsGroup: 999}' }),
    );
    if (Object.keys(expected).length === 0) expect(wait!['securityContext']).toEqual({});
    else expect(wait!['securityContext']).toMatchObject(expected);
  });

  it.each(['1.16.0', 'main'])(
    "%s: the first container's securityContext wins over the default",
    (version) => {
      const [wait] = initContainers(version, pod({ firstSecurity: '{runAsUser: 26}' }));
      expect(wait!['securityContext']).toEqual({ runAsUser: 26 });
    },
  );

  const staleWait =
    '[{name: restore-wait, image: old}, {name: migrate, image: busybox, command: [x]}]';
  it('1.16.2 keeps a stale restore-wait when nothing was backed up with file-system backup (#8870)', () => {
    const inits = initContainers('1.16.2', pod({ backup: 'other', initContainers: staleWait }));
    expect(inits.map((c) => [c['name'], c['image']])).toEqual([
      ['restore-wait', 'old'],
      ['migrate', 'busybox'],
    ]);
  });

  it('1.17.0 removes it', () => {
    const inits = initContainers('1.17.0', pod({ backup: 'other', initContainers: staleWait }));
    expect(inits.map((c) => c['name'])).toEqual(['migrate']);
  });

  it('1.16.2 replaces it at index 0 when there is a volume to wait for; 1.17.0 removes and prepends', () => {
    for (const version of ['1.16.2', '1.17.0']) {
      const inits = initContainers(version, pod({ initContainers: staleWait }));
      expect(
        inits.map((c) => c['name']),
        version,
      ).toEqual(['restore-wait', 'migrate']);
      expect(inits[0]!['image'], version).not.toBe('old');
    }
  });
});

describe('which volumes restore-wait mounts (pkg/podvolume/util.go GetVolumeBackupsForPod)', () => {
  const withVolumes = (annotations: string, volumes: string) => `apiVersion: v1
kind: Pod
metadata:
  name: app
  namespace: prod
  annotations: {${annotations}}
spec:
  containers: [{name: app, image: app}]
  volumes: ${volumes}
`;
  const mounts = (version: string, text: string) =>
    (initContainers(version, text)[0]?.['volumeMounts'] ?? []) as JsonObject[];

  it.each(['1.10.0', '1.16.2', '1.18.2', 'main'])(
    '%s: a projected or downwardAPI volume gets no mount (volumeHasNonRestorableSource)',
    (version) => {
      const text = withVolumes(
        'backup.velero.io/backup-volumes: "data,token,info"',
        '[{name: data, emptyDir: {}}, {name: token, projected: {sources: []}}, {name: info, downwardAPI: {items: []}}]',
      );
      expect(mounts(version, text)).toEqual([{ name: 'data', mountPath: '/restores/data' }]);
    },
  );

  it('only non-restorable volumes: no restore-wait at all', () => {
    const text = withVolumes(
      'backup.velero.io/backup-volumes: token',
      '[{name: token, projected: {sources: []}}]',
    );
    expect(initContainers('1.18.2', text)).toEqual([]);
  });

  it.each(['1.10.0', '1.18.2', 'main'])(
    '%s: legacy snapshot.velero.io/<volume> annotations count when no pod volume backup matches',
    (version) => {
      const text = withVolumes(
        'snapshot.velero.io/data: abc123, snapshot.velero.io/gone: def456',
        '[{name: data, emptyDir: {}}]',
      );
      expect(mounts(version, text)).toEqual([
        { name: 'data', mountPath: '/restores/data' },
        { name: 'gone', mountPath: '/restores/gone' },
      ]);
    },
  );

  it('the legacy annotations are not read when a pod volume backup matched', () => {
    const text = withVolumes(
      'backup.velero.io/backup-volumes: data, snapshot.velero.io/other: abc',
      '[{name: data, emptyDir: {}}, {name: other, emptyDir: {}}]',
    );
    expect(mounts('1.18.2', text).map((m) => m['name'])).toEqual(['data']);
  });
});
