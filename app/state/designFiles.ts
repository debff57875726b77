/** Opening files into the editors: which document goes where, and which files are refused. */

/** Files over this size are refused before they are read (the engine's input limit). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = /\.(ya?ml|json)$/i;

export interface OpenedFile {
  name: string;
  text: string;
}

export interface FileRouting {
  /** The manifests text to set, or null when no opened document is a manifest. */
  manifestsText: string | null;
  /** The Restore text to set, or null when no opened document is a velero.io Restore. */
  restoreText: string | null;
  manifestDocuments: number;
  restoreDocuments: number;
}

/** Splits a YAML stream at `---` lines (a marker YAML forbids at column 0 inside any scalar). */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (/^---(?:[ \t\r\n]|$)/.test(line) && current.some((l) => l.trim() !== '')) {
      docs.push(current.join(''));
      current = [];
    }
    current.push(line);
  }
  if (current.some((l) => l.trim() !== '' && !/^(?:---|\.\.\.)\s*$/.test(l)))
    docs.push(current.join(''));
  return docs;
}

/** True for a document whose top-level kind is Restore in the velero.io API group (YAML or JSON). */
export function isVeleroRestore(doc: string): boolean {
  const kind = /^(?:kind|"kind")\s*:\s*["']?Restore["']?\s*[,}]?\s*(?:#.*)?$/m.test(doc);
  const json = /"kind"\s*:\s*"Restore"/.test(doc) && /"apiVersion"\s*:\s*"velero\.io\//.test(doc);
  const group = /^(?:apiVersion|"apiVersion")\s*:\s*["']?velero\.io\//m.test(doc);
  return (kind && group) || json;
}

/** Joins documents into one stream, adding only the line breaks and `---` markers it needs. */
function joinDocuments(docs: string[]): string {
  let out = '';
  for (const doc of docs) {
    if (out && !out.endsWith('\n')) out += '\n';
    if (out && !/^---/.test(doc)) out += '---\n';
    out += doc;
  }
  return out;
}

/**
 * Routes opened files: documents holding a velero.io Restore go to the Restore editor, all others to
 * the manifests editor, in the order given. An editor that receives nothing keeps its text.
 */
export function routeFiles(files: readonly OpenedFile[]): FileRouting {
  const manifests: string[] = [];
  const restores: string[] = [];
  for (const file of files) {
    const docs = /\.json$/i.test(file.name) ? [file.text] : splitYamlDocuments(file.text);
    for (const doc of docs) (isVeleroRestore(doc) ? restores : manifests).push(doc);
  }
  return {
    manifestsText: manifests.length ? joinDocuments(manifests) : null,
    restoreText: restores.length ? joinDocuments(restores) : null,
    manifestDocuments: manifests.length,
    restoreDocuments: restores.length,
  };
}

/**
 * True when a file's first bytes are an archive rather than text: gzip's magic (1f 8b), as
 * `velero backup download` writes, or a tar header ("ustar" at offset 257). Such a file is opened
 * as a backup whatever its name, and the engine says why when it is not one it can read.
 */
export function isArchive(head: Uint8Array): boolean {
  if (head[0] === 0x1f && head[1] === 0x8b) return true;
  const magic = [0x75, 0x73, 0x74, 0x61, 0x72]; // "ustar"
  return head.length >= 262 && magic.every((byte, i) => head[257 + i] === byte);
}

/** Why a file is not opened, as a sentence for the user; null when it can be opened. */
export function explainRefusal(file: { name: string; size: number }): string | null {
  if (!EXTENSIONS.test(file.name))
    return `${file.name} was not opened: only .yaml, .yml and .json files can be opened.`;
  if (file.size > MAX_FILE_BYTES)
    return `${file.name} was not opened: it is ${(file.size / 1024 / 1024).toFixed(1)} MiB, and files over ${MAX_FILE_BYTES / 1024 / 1024} MiB are refused.`;
  return null;
}
