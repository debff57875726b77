import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { JsonObject } from '../model/types.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import { restoreObjects } from './fullRestore.ts';
import { readPodVolumeBackups, type PodVolumeBackupRecord } from './podVolumeBackups.ts';
import { findFsBackupVolumes } from './restoreWait.ts';

const pvb = (
  podName: string,
  volume: string,
  snapshotID = 'snap-' + volume,
  podNamespace = 'prod',
): PodVolumeBackupRecord => ({
  name: `${podName}-${volume}`,
  podName,
  podNamespace,
  volume,
  snapshotID,
  phase: snapshotID ? 'Completed' : 'Failed',
});

const pod = (annotations = '', volumes = '[{name: data, emptyDir: {}}]') => `apiVersion: v1
kind: Pod
metadata:
  name: db-0
  namespace: prod
  annotations: {${annotations}}
spec:
  containers: [{name: postgres, image: postgres:16}]
  volumes: ${volumes}
`;

/** The restore-wait mounts and explanation of `apply --full-restore` with these records. */
function restoreWait(text: string, records: PodVolumeBackupRecord[] | null, version = '1.18.2') {
  const analysis = analyze({
    manifests: [{ name: 'pod.yaml', text }],
    veleroVersion: resolveVeleroVersion(version).version!,
    podVolumeBackups: records,
  });
  const [restored] = restoreObjects(analysis.manifests.objects, analysis.plan, {
    fullRestore: true,
  });
  const spec = (restored?.restored?.['spec'] ?? {}) as JsonObject;
  const [first] = (spec['initContainers'] ?? []) as JsonObject[];
  const wait = first?.['name'] === 'restore-wait' ? first : undefined;
  return {
    mounts: ((wait?.['volumeMounts'] ?? []) as JsonObject[]).map((m) => m['name']),
    explanation: restored?.changes.find((c) => c.step === 'pod-volume-restore')?.explanation ?? '',
  };
}

describe("restore-wait from the backup's PodVolumeBackups (GetVolumeBackupsForPod)", () => {
  it.each<[string, string, PodVolumeBackupRecord[], string[]]>([
    ['a record without the annotation', pod(), [pvb('db-0', 'data')], ['data']],
    [
      'the record wins over the annotation',
      pod(
        'backup.velero.io/backup-volumes: data',
        '[{name: data, emptyDir: {}}, {name: logs, emptyDir: {}}]',
      ),
      [pvb('db-0', 'logs')],
      ['logs'],
    ],
    ['no snapshot ID: skipped', pod(), [pvb('db-0', 'data', '')], []],
    ['same name, other namespace: not this pod', pod(), [pvb('db-0', 'data', 's', 'dev')], []],
    ['other pod: not matched', pod(), [pvb('db-1', 'data')], []],
    [
      'two records of one volume: mounted once',
      pod(),
      [pvb('db-0', 'data'), pvb('db-0', 'data', 'again')],
      ['data'],
    ],
    [
      'projected volume skipped (volumeHasNonRestorableSource)',
      pod('', '[{name: data, emptyDir: {}}, {name: token, projected: {sources: []}}]'),
      [pvb('db-0', 'data'), pvb('db-0', 'token')],
      ['data'],
    ],
    ['a volume the pod lacks still counts', pod(), [pvb('db-0', 'gone')], ['gone']],
    [
      'no record matched: the annotation is not read',
      pod('backup.velero.io/backup-volumes: data'),
      [],
      [],
    ],
    [
      'no record matched: the legacy annotations count',
      pod('snapshot.velero.io/data: abc'),
      [pvb('other', 'data')],
      ['data'],
    ],
  ])('%s', (_name, text, records, mounts) => {
    expect(restoreWait(text, records).mounts).toEqual(mounts);
  });

  it('without a record the annotation stands in, as before', () => {
    expect(restoreWait(pod('backup.velero.io/backup-volumes: data'), null).mounts).toEqual([
      'data',
    ]);
  });

  it('explains where the volumes come from and a mount the API server rejects', () => {
    expect(restoreWait(pod(), [pvb('db-0', 'gone')]).explanation).toContain(
      "the backup's PodVolumeBackups for this pod have snapshots of gone; the pod has no volume gone",
    );
  });

  it('keeps the namespace of the backup: a namespace mapping does not change the match', () => {
    const text = pod();
    const analysis = analyze({
      manifests: [{ name: 'pod.yaml', text }],
      namespaceMapping: { prod: 'staging' },
      podVolumeBackups: [pvb('db-0', 'data')],
    });
    const [restored] = restoreObjects(analysis.manifests.objects, analysis.plan, {
      fullRestore: true,
    });
    const spec = restored?.restored?.['spec'] as JsonObject;
    expect(((spec['initContainers'] as JsonObject[])[0] ?? {})['name']).toBe('restore-wait');
  });

  it('reports volumes whose backup has no snapshot', () => {
    const found = findFsBackupVolumes(
      { metadata: { name: 'db-0', namespace: 'prod' }, spec: {} },
      { podVolumeBackups: [pvb('db-0', 'data', '')] },
    );
    expect(found).toMatchObject({ volumes: [], source: 'none', withoutSnapshot: ['data'] });
  });

  it('the checks read the record too (stale-restore-wait on 1.16.2)', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: db-0, namespace: prod, annotations: {backup.velero.io/backup-volumes: data}}
spec:
  initContainers: [{name: restore-wait, image: velero/velero}]
  containers: [{name: app, image: postgres}]
  volumes: [{name: data, emptyDir: {}}]
`;
    const codes = (records: PodVolumeBackupRecord[] | null) =>
      analyze({
        manifests: [{ name: 'pod.yaml', text }],
        veleroVersion: resolveVeleroVersion('1.16.2').version!,
        podVolumeBackups: records,
      })
        .diagnostics.filter((d) => d.code === 'stale-restore-wait')
        .map((d) => d.data);
    expect(codes(null)).toEqual([]);
    expect(codes([pvb('db-0', 'data', '')])).toMatchObject([{ recorded: true }]);
  });
});

describe('readPodVolumeBackups (GetPodVolumeBackups decode)', () => {
  const item = {
    metadata: { name: 'b-1', labels: { 'velero.io/backup-name': 'b' } },
    spec: { pod: { kind: 'Pod', namespace: 'prod', name: 'db-0' }, volume: 'data' },
    status: { phase: 'Completed', snapshotID: 'abc' },
  };
  const record = {
    name: 'b-1',
    podNamespace: 'prod',
    podName: 'db-0',
    volume: 'data',
    snapshotID: 'abc',
    phase: 'Completed',
  };

  it.each<[string, unknown, PodVolumeBackupRecord[]]>([
    ['null (a backup without PodVolumeBackups)', null, []],
    ['an array', [item], [record]],
    ['a PodVolumeBackupList', { kind: 'PodVolumeBackupList', items: [item] }, [record]],
    [
      'missing fields are Go zero values',
      [{ spec: { volume: 'data' } }],
      [{ ...record, name: '', podNamespace: '', podName: '', snapshotID: '', phase: '' }],
    ],
  ])('%s', (_name, value, records) => {
    expect(readPodVolumeBackups(value)).toEqual({ kind: 'records', records });
  });

  it.each<[string, unknown, string]>([
    ['an object', { a: 1 }, 'expected a JSON array'],
    ['a null entry', [item, null], '[1] is null'],
    ['a number volume', [{ spec: { volume: 3 } }], '[0].spec.volume is a number'],
    [
      'a string spec',
      [{ spec: 'x' }],
      "[0].spec is a string: Go's json cannot decode it into an object",
    ],
  ])('refuses %s', (_name, value, message) => {
    const read = readPodVolumeBackups(value);
    expect(read.kind).toBe('error');
    expect(read.kind === 'error' && read.message).toContain(message);
  });
});
