import type { CliIO } from './io.ts';

/** One `restore-hooks` subcommand. `run` returns the exit code: 0 ok, 1 findings, 2 usage or input error. */
export interface Command {
  name: string;
  summary: string;
  /** Full `--help` text. */
  help: string;
  run: (argv: string[], io: CliIO) => Promise<number>;
}
