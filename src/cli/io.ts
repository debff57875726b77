import {
  createReadStream,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync,
  closeSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildAnalyzeInput, readBackup, type BackupContents } from '../index.ts';

/** What a command needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  cwd: string;
}

/** A usage or input problem: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}

/** Input over this size is refused before parsing (issue #2: hostile input). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  name: string;
  text: string;
  /** `backup`: an item of a Velero backup tarball among the inputs. */
  origin?: 'backup';
}

/** The FILE… arguments read: manifests, and the namespaces of any backup tarball among them. */
export interface Inputs {
  files: InputFile[];
  /** Every namespace holding items of the backups (their items are not all among `files`). */
  backupNamespaces: string[];
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;

/**
 * Reads FILE… arguments: files, folders (their *.yaml, *.yml, *.json, recursively, sorted), `-`
 * for stdin, or Velero backup tarballs (a file starting with gzip's magic bytes, whatever its
 * name), whose pods, workloads and namespaces become inputs named `FILE:resources/…`.
 */
export async function readInputs(paths: string[], io: CliIO): Promise<Inputs> {
  if (paths.length === 0)
    throw new CliError('no input: give one or more files, a folder, or - for stdin');
  const files: InputFile[] = [];
  const backupNamespaces = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      const text = await io.readStdin();
      checkSize('<stdin>', Buffer.byteLength(text));
      files.push({ name: '<stdin>', text });
      continue;
    }
    const full = resolve(io.cwd, path);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      throw new CliError(`${path}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const found = listManifests(full).map((f) => readOne(f, relative(io.cwd, f) || f));
      if (found.length === 0)
        throw new CliError(`${path}: no manifests (*.yaml, *.yml, *.json) in this folder`);
      files.push(...found);
    } else if (isGzip(full)) {
      const input = buildAnalyzeInput(await readBackupFile(path, io), path);
      files.push(...input.manifests);
      for (const ns of input.backupNamespaces) backupNamespaces.add(ns);
    } else {
      files.push(readOne(full, path));
    }
  }
  return { files, backupNamespaces: [...backupNamespaces] };
}

/** True when the file starts with gzip's magic bytes (1f 8b). */
export function isGzip(full: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(full, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a backup tarball as a stream (memory grows with the pods and workloads kept, not with the
 * archive); an unreadable archive is a CliError naming the file.
 */
export async function openBackup(path: string, io: CliIO): Promise<BackupContents> {
  const full = resolve(io.cwd, path);
  let size;
  try {
    size = statSync(full).size;
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  const stream = createReadStream(full, { highWaterMark: 256 * 1024 });
  const result = await readBackup(stream as AsyncIterable<Uint8Array>, { totalBytes: size });
  stream.destroy();
  if (result.kind === 'error') throw new CliError(`${path}: ${result.message}`);
  return result;
}

/** `openBackup`, with its notices on stderr, one line each. */
async function readBackupFile(path: string, io: CliIO): Promise<BackupContents> {
  const contents = await openBackup(path, io);
  for (const n of contents.notices)
    io.stderr(`restore-hooks: note: ${path}:${n.path}: ${n.message}\n`);
  if (contents.noticesOmitted > 0)
    io.stderr(`restore-hooks: note: ${path}: ${contents.noticesOmitted} more notes left out\n`);
  return contents;
}
/** Reads one file that must exist (for --restore, --scenario). */
export function readFileArgument(path: string, io: CliIO, flag: string): InputFile {
  const full = resolve(io.cwd, path);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    throw new CliError(`${flag} ${path}: no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`${flag} ${path}: is a folder, expected a file`);
  return readOne(full, path);
}

function readOne(full: string, name: string): InputFile {
  const size = statSync(full).size;
  checkSize(name, size);
  return { name, text: readFileSync(full, 'utf8') };
}

function checkSize(name: string, bytes: number): void {
  if (bytes > MAX_INPUT_BYTES) {
    throw new CliError(
      `${name}: ${(bytes / 1024 / 1024).toFixed(1)} MiB is over the 20 MiB input limit (the API server takes 3 MiB per object)`,
    );
  }
}

function listManifests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listManifests(full));
    else if (MANIFEST_EXTENSIONS.test(entry.name)) out.push(full);
  }
  return out;
}

/** Reads all of stdin as UTF-8. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw new CliError('<stdin>: over the 20 MiB input limit');
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
