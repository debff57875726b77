#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commands } from './commands/index.ts';
import { CliError, readProcessStdin, type CliIO } from './io.ts';
import { formatVersionText } from './version.ts';

const usage =
  () => `restore-hooks: see what Velero will really do with your restore hooks, before the restore.

Usage: restore-hooks <command> [options] FILE…|DIR|-

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'restore-hooks <command> --help' for a command's options, 'restore-hooks --version' for the
version and the Velero release it predicts by default.
`;

/** Runs the CLI and returns its exit code; never throws for bad input. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(await formatVersionText());
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(
      `restore-hooks: unknown command '${name}' (commands: ${commands.map((c) => c.name).join(', ')})\n`,
    );
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`restore-hooks ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`restore-hooks ${name}: internal error: ${message} (please report this)\n`);
    return 70;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/** Runs the CLI on this process's argv and stdio, setting the exit code. */
export function runCli(): void {
  const io: CliIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: readProcessStdin,
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`restore-hooks: internal error: ${String(err)}\n`);
      process.exitCode = 70;
    },
  );
}

if (isEntryPoint()) runCli();
