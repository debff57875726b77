/** Test kit for the CLI: run `main()` in-process in a scratch folder, with files written there. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A scratch folder, a writer of files into it, and a runner of the CLI with it as cwd. */
export function cliSandbox(prefix: string): {
  dir: string;
  write: (name: string, content: string | Uint8Array) => string;
  run: (...argv: string[]) => Promise<CliRun>;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const run = async (...argv: string[]): Promise<CliRun> => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      readStdin: () => Promise.resolve(''),
      cwd: dir,
    });
    return { code, stdout, stderr };
  };
  return { dir, write, run };
}
