/**
 * The Restore used for a document's manifests: a `velero.io/v1` Restore in an open document or in a
 * file under the workspace folders. The nearest one wins: in the document's folder, else the folder
 * above, up to the workspace folder; failing that, the workspace's only Restore. A document that
 * holds a Restore itself uses its own (as `restore-hooks check` does).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRestore } from '../index.ts';

/** A Restore file is small; larger files are not read while scanning (they are manifests, if anything). */
const MAX_RESTORE_BYTES = 1024 * 1024;
/** Enough for any repository of manifests; the scan stops there rather than walk a home folder. */
const MAX_FILES = 20_000;
const MANIFEST = /\.(ya?ml|json)$/i;

// `kind: Restore` on a line of its own (YAML, pretty JSON), or a JSON member anywhere.
const RESTORE_KIND =
  /^[\s-]*["']?kind["']?\s*:\s*["']?Restore["']?\s*,?\s*$|"kind"\s*:\s*"Restore"/m;

/** A cheap test, before parsing: the text names velero.io/v1 and says `kind: Restore`. */
export function looksLikeRestore(text: string): boolean {
  return text.includes('velero.io/v1') && RESTORE_KIND.test(text);
}

/** Whether a text holds a Restore the engine would use (parses it: for small files). */
export function holdsRestore(text: string): boolean {
  return looksLikeRestore(text) && findRestore(text) !== null;
}

/** A document's folder URI with its trailing slash; null for URIs without a path (untitled:). */
function folderOf(uri: string): string | null {
  const slash = uri.lastIndexOf('/');
  return uri.startsWith('file:') && slash !== -1 ? uri.slice(0, slash + 1) : null;
}

/**
 * Picks the Restore for `documentUri` among `restores` (URI → text); see the module comment.
 * `folders` are the workspace folder URIs; deterministic (ties go to the first URI in order).
 */
export function chooseRestore(
  documentUri: string,
  restores: ReadonlyMap<string, string>,
  folders: readonly string[],
): { uri: string; text: string } | null {
  const candidates = [...restores.keys()].filter((u) => u !== documentUri).sort();
  if (candidates.length === 0) return null;
  const root = folders
    .map((f) => (f.endsWith('/') ? f : f + '/'))
    .filter((f) => documentUri.startsWith(f))
    .sort((a, b) => b.length - a.length)[0];
  let folder = folderOf(documentUri);
  while (folder !== null && (root === undefined || folder.startsWith(root))) {
    const here = candidates.find((u) => folderOf(u) === folder);
    if (here) return { uri: here, text: restores.get(here)! };
    const parent = folder.slice(0, -1).lastIndexOf('/');
    if (parent < 'file:///'.length - 1) break;
    folder = folder.slice(0, parent + 1);
  }
  const inWorkspace = candidates.filter((u) => root === undefined || u.startsWith(root));
  if (inWorkspace.length === 1) {
    const only = inWorkspace[0]!;
    return { uri: only, text: restores.get(only)! };
  }
  return null;
}

/** Finds the Restore files under a folder (not following hidden folders or node_modules). */
export async function scanRestores(folderPath: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let files = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (files >= MAX_FILES || e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && MANIFEST.test(e.name)) {
        files++;
        const text = await readRestoreFile(full);
        if (text !== null) found.set(pathToFileURL(full).href, text);
      }
    }
  };
  await walk(folderPath);
  return found;
}

/** The text of a file if it is a small file holding a Restore; null otherwise (or unreadable). */
export async function readRestoreFile(path: string): Promise<string | null> {
  try {
    if ((await stat(path)).size > MAX_RESTORE_BYTES) return null;
    const text = await readFile(path, 'utf8');
    return holdsRestore(text) ? text : null;
  } catch {
    return null;
  }
}
