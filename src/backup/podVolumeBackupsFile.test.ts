import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gzip } from '../testing/backupArchive.ts';
import { readPodVolumeBackupsFile } from './podVolumeBackupsFile.ts';

/** One PodVolumeBackup as Velero's json.Encoder writes it into NAME-podvolumebackups.json.gz. */
const pvb = {
  kind: 'PodVolumeBackup',
  apiVersion: 'velero.io/v1',
  metadata: {
    name: 'nightly-x7k2p',
    namespace: 'velero',
    labels: { 'velero.io/backup-name': 'nightly' },
  },
  spec: {
    node: 'node-1',
    pod: { kind: 'Pod', namespace: 'prod', name: 'db-0', uid: 'u-1' },
    volume: 'data',
    backupStorageLocation: 'default',
    uploaderType: 'kopia',
  },
  status: { phase: 'Completed', snapshotID: '4f1c2a', path: '/host_pods/u-1/volumes/data' },
};
const record = {
  name: 'nightly-x7k2p',
  podNamespace: 'prod',
  podName: 'db-0',
  volume: 'data',
  snapshotID: '4f1c2a',
  phase: 'Completed',
};

describe('readPodVolumeBackupsFile', () => {
  it.each<[string, Uint8Array, object[]]>([
    [
      'the bucket file (gzip of a JSON array and a newline)',
      gzip(strToU8(JSON.stringify([pvb]) + '\n')),
      [record],
    ],
    ['null: a backup without file-system backups', gzip(strToU8('null\n')), []],
    [
      'plain JSON from kubectl',
      strToU8(JSON.stringify({ kind: 'PodVolumeBackupList', items: [pvb] })),
      [record],
    ],
  ])('%s', (_name, bytes, records) => {
    expect(readPodVolumeBackupsFile(bytes)).toEqual({ kind: 'records', records });
  });

  it.each<[string, Uint8Array, string]>([
    ['corrupt gzip', Uint8Array.of(0x1f, 0x8b, 9, 9, 9), 'gzip-corrupt'],
    ['truncated gzip', gzip(strToU8(JSON.stringify([pvb]))).subarray(0, 30), 'gzip-corrupt'],
    ['not JSON', strToU8('velero: yes'), 'read-failed'],
    ['not PodVolumeBackups', strToU8('{"a": 1}'), 'read-failed'],
  ])('%s is one error', (_name, bytes, code) => {
    expect(readPodVolumeBackupsFile(bytes)).toMatchObject({ kind: 'error', code });
  });
});
