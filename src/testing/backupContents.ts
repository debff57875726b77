/** Test kit: a built backup read back, for tests that need a readable one. */
import type { BackupContents } from '../backup/contents.ts';
import { readBackupBytes } from '../backup/reader.ts';

/** The contents of a backup tarball; throws where the reader refuses it. */
export function contentsOf(bytes: Uint8Array): BackupContents {
  const result = readBackupBytes(bytes);
  if (result.kind === 'error') throw new Error(result.message);
  return result;
}
