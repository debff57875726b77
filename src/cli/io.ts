import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;

/** Reads FILE… arguments: files, folders (their *.yaml, *.yml, *.json, recursively, sorted) or `-` for stdin. */
export async function readInputs(paths: string[], io: CliIO): Promise<InputFile[]> {
  if (paths.length === 0)
    throw new CliError('no input: give one or more files, a folder, or - for stdin');
  const files: InputFile[] = [];
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
    } else {
      files.push(readOne(full, path));
    }
  }
  return files;
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
