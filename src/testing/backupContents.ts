/** Test kit: a built backup read back, for tests that need a readable one. */
import type { BackupContents } from '../backup/contents.ts';
import { readBackupBytes } from '../backup/reader.ts';
import { buildBackup, podObject, type KubeObject } from './backupArchive.ts';

/** The contents of a backup tarball; throws where the reader refuses it. */
export function contentsOf(bytes: Uint8Array): BackupContents {
  const result = readBackupBytes(bytes);
  if (result.kind === 'error') throw new Error(result.message);
  return result;
}

/**
 * A small backup read back: the pods prod/db-0 (with `annotations`), prod/web-1 and staging/db-0,
 * then `other`, an object that is not a pod.
 */
export function readThreePodBackup(
  annotations: Record<string, string>,
  other: KubeObject,
): BackupContents {
  return contentsOf(
    buildBackup([
      podObject('prod', 'db-0', { annotations }),
      podObject('prod', 'web-1'),
      podObject('staging', 'db-0'),
      other,
    ]),
  );
}
