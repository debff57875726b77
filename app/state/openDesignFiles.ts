import type { AuthoredState } from './authoredState.ts';
import { updateDesign } from './designChanges.ts';
import { refusalOf, routeFiles, type OpenedFile } from './designFiles.ts';
import { showNotice } from './notices.ts';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Opens files chosen or dropped by the user: refused files are named in an error notice (nothing
 * else changes because of them), the rest go into the editors with an Undo notice.
 */
export async function openDesignFiles(files: readonly File[]): Promise<void> {
  const opened: OpenedFile[] = [];
  for (const file of files) {
    const refusal = refusalOf(file);
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
