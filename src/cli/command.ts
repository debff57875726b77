import type { CliIO } from './io.ts';

/** One `restore-hooks` subcommand. `run` returns the exit code: 0 ok, 1 findings, 2 usage or input error. */
export interface Command {
  /** Full `--help` text. */
  help: string;
  run: (argv: string[], io: CliIO) => Promise<number>;
}

/**
 * A command as the top-level usage lists it: its module is imported only when the command runs, so
 * `restore-hooks --help` and `--version` start without loading the engine.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}
