/**
 * Velero's record of a backup's file-system-backed volumes: its PodVolumeBackups (line numbers of
 * v1.18.2). The backup uploads them as `backups/NAME/NAME-podvolumebackups.json.gz`
 * (`pkg/persistence/object_storage_layout.go:84-86`; `pkg/controller/backup_controller.go:937`
 * writes `encode.ToJSONGzip(backup.PodVolumeBackups)`, gzip of json.Encoder's array), backup sync
 * creates them in the cluster (`pkg/controller/backup_sync_controller.go:206-243`), and a restore
 * lists them there by the `velero.io/backup-name` label
 * (`pkg/restore/actions/pod_volume_restore_action.go:102-114`, `pkg/controller/restore_controller.go:528-536`).
 */
import type { JsonObject } from '../model/types.ts';

/** The fields of a `velero.io/v1` PodVolumeBackup that the restore reads. */
export interface PodVolumeBackupRecord {
  /** `metadata.name`. */
  name: string;
  /** `spec.pod.namespace`: the pod's namespace in the backup. */
  podNamespace: string;
  /** `spec.pod.name`. */
  podName: string;
  /** `spec.volume`: the pod's volume name. */
  volume: string;
  /** `status.snapshotID`; empty when the backup of the volume failed or it was empty. */
  snapshotID: string;
  /** `status.phase` (Completed, Failed, …), for messages only. */
  phase: string;
}

export type PodVolumeBackupsReading =
  { kind: 'records'; records: PodVolumeBackupRecord[] } | { kind: 'error'; message: string };

/**
 * Reads decoded JSON as Velero's `decode` into `[]*velerov1api.PodVolumeBackup` does
 * (`pkg/persistence/object_store.go:494-513` GetPodVolumeBackups): `null` is no record; a field of the
 * wrong type fails the whole file. Also takes a PodVolumeBackupList (`kubectl get podvolumebackups
 * -o json`), the objects the restore itself lists. A null entry is refused: Velero would
 * dereference it (GetVolumeBackupsForPod) and panic.
 */
export function readPodVolumeBackups(value: unknown): PodVolumeBackupsReading {
  if (value === null) return { kind: 'records', records: [] };
  const list = isObject(value) && Array.isArray(value['items']) ? value['items'] : value;
  if (!Array.isArray(list))
    return {
      kind: 'error',
      message: `expected a JSON array of PodVolumeBackups (or a PodVolumeBackupList), not ${typeName(value)}`,
    };
  const records: PodVolumeBackupRecord[] = [];
  for (const [i, item] of list.entries()) {
    const record = readRecord(item, `[${i}]`);
    if (typeof record === 'string') return { kind: 'error', message: record };
    records.push(record);
  }
  return { kind: 'records', records };
}

function readRecord(item: unknown, at: string): PodVolumeBackupRecord | string {
  if (!isObject(item))
    return `${at} is ${typeName(item)}, not a PodVolumeBackup (Velero would dereference it and panic)`;
  const fields: [keyof PodVolumeBackupRecord, string[]][] = [
    ['name', ['metadata', 'name']],
    ['podNamespace', ['spec', 'pod', 'namespace']],
    ['podName', ['spec', 'pod', 'name']],
    ['volume', ['spec', 'volume']],
    ['snapshotID', ['status', 'snapshotID']],
    ['phase', ['status', 'phase']],
  ];
  const record = {} as PodVolumeBackupRecord;
  for (const [key, path] of fields) {
    const value = stringAt(item, path);
    if (typeof value !== 'string')
      return `${at}.${value.path.join('.')} is ${value.type}: Go's json cannot decode it into ${value.want}`;
    record[key] = value;
  }
  return record;
}

interface WrongType {
  path: readonly string[];
  type: string;
  want: string;
}

/** The string at a path; '' when absent or null (Go's zero value); else where the type is wrong. */
function stringAt(object: JsonObject, path: readonly string[]): string | WrongType {
  let current: unknown = object;
  for (const [i, step] of path.entries()) {
    if (current === undefined || current === null) return '';
    if (!isObject(current))
      return { path: path.slice(0, i), type: typeName(current), want: 'an object' };
    current = current[step];
  }
  if (current === undefined || current === null) return '';
  return typeof current === 'string'
    ? current
    : { path, type: typeName(current), want: 'a string' };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * `isPVBMatchPod` (`pkg/podvolume/util.go:190-192`, the same from 1.10.0 to main): a PodVolumeBackup
 * belongs to a pod when `spec.pod.name` is the pod's name and `spec.pod.namespace` its namespace
 * in the backup. No UID and no label is compared.
 */
export function matchesPod(
  record: PodVolumeBackupRecord,
  name: string,
  namespace: string,
): boolean {
  return record.podName === name && record.podNamespace === namespace;
}
