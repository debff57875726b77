import type { AuthoredState } from './authoredState.ts';
import { openBackupFile } from './backupImport.ts';
import { updateDesign } from './designChanges.ts';
import { isArchive, explainRefusal, routeFiles, type OpenedFile } from './designFiles.ts';
import { showNotice } from './notices.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The file's first bytes, enough to tell an archive (see isArchive); empty when unreadable. */
async function headOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, 512).arrayBuffer());
  } catch {
    return new Uint8Array(0);
  }
}

/**
 * Opens files chosen or dropped by the user: a backup tarball (told by its content) is read in the
 * engine worker and summarised (one at a time); refused files are named in an error notice
 * (nothing else changes because of them); the rest go into the editors with an Undo notice.
 */
export async function openDesignFiles(files: readonly File[]): Promise<void> {
  const opened: OpenedFile[] = [];
  let backup: File | null = null;
  for (const file of files) {
    if (isArchive(await headOf(file))) {
      if (backup)
        showNotice({
          kind: 'error',
          message: `${file.name} was not opened: open one backup at a time.`,
        });
      else backup = file;
      continue;
    }
    const refusal = explainRefusal(file);
    if (refusal) {
      showNotice({ kind: 'error', message: refusal });
      continue;
    }
    try {
      opened.push({ name: file.name, text: await file.text() });
    } catch {
      showNotice({ kind: 'error', message: `${file.name} could not be read.` });
    }
  }
  if (backup) void openBackupFile(backup);
  if (opened.length === 0) return;
  const routed = routeFiles(opened);
  const patch: Partial<AuthoredState> = {};
  const where: string[] = [];
  if (routed.manifestsText !== null) {
    patch.manifestsText = routed.manifestsText;
    where.push(`${plural(routed.manifestDocuments, 'document', 'documents')} in Manifests`);
  }
  if (routed.restoreText !== null) {
    patch.restoreText = routed.restoreText;
    where.push(`${plural(routed.restoreDocuments, 'Restore', 'Restores')} in Restore`);
  }
  const names = opened.map((f) => f.name).join(', ');
  if (where.length === 0) {
    showNotice({ kind: 'error', message: `${names}: no YAML documents found.` });
    return;
  }
  updateDesign(patch, `Opened ${names}: ${where.join(', ')}.`);
}
