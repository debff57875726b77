/**
 * The bucket's `backups/NAME/NAME-podvolumebackups.json.gz`: gzip of the JSON array of the
 * backup's PodVolumeBackups (`pkg/util/encode/encode.go` ToJSONGzip; read back by
 * `pkg/persistence/object_store.go` GetPodVolumeBackups). Plain JSON is taken too, such as
 * `kubectl get podvolumebackups -n velero -l velero.io/backup-name=NAME -o json`.
 */
import { Gunzip, strFromU8 } from 'fflate';
import { readPodVolumeBackups, type PodVolumeBackupRecord } from '../velero/podVolumeBackups.ts';
import type { BackupError } from './contents.ts';

/** Far above any real list (a few hundred bytes per volume). */
const MAX_INFLATED = 256 * 1024 * 1024;
const SLICE = 16 * 1024;

export type PodVolumeBackupsFile =
  { kind: 'records'; records: PodVolumeBackupRecord[] } | BackupError;

/** Reads the file's bytes: gunzip when gzip-compressed, JSON, then the PodVolumeBackups. */
export function readPodVolumeBackupsFile(bytes: Uint8Array): PodVolumeBackupsFile {
  const data = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzip(bytes) : bytes;
  if ('kind' in data) return data;
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(data));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { kind: 'error', code: 'read-failed', message: `not JSON (${why})` };
  }
  const read = readPodVolumeBackups(value);
  if (read.kind === 'error') return { kind: 'error', code: 'read-failed', message: read.message };
  return read;
}

function gunzip(bytes: Uint8Array): Uint8Array | BackupError {
  const parts: Uint8Array[] = [];
  let total = 0;
  const state: { error: BackupError | null } = { error: null };
  const stream = new Gunzip((chunk) => {
    total += chunk.length;
    if (total <= MAX_INFLATED) parts.push(chunk);
    else state.error ??= { kind: 'error', code: 'too-large', message: 'inflates past 256 MiB' };
  });
  try {
    for (let at = 0; at < bytes.length && !state.error; at += SLICE)
      stream.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { kind: 'error', code: 'gzip-corrupt', message: `corrupt gzip data (${why})` };
  }
  if (state.error) return state.error;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
