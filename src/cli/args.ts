import { CliError } from './io.ts';

/** A flag spec: `string` flags take a value, `boolean` flags do not, `multi` collects repeats. */
export type FlagSpec = Record<
  string,
  { type: 'string' | 'boolean'; multi?: boolean; choices?: readonly string[] }
>;

export interface ParsedArgs {
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `--flag value`, `--flag=value` and positionals; unknown flags are usage errors (exit 2). */
export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const def = spec[name];
    if (!def) throw new CliError(`unknown option --${name} (see --help)`);
    if (def.type === 'boolean') {
      if (eq !== -1) throw new CliError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) throw new CliError(`--${name} needs a value`);
    if (def.choices && !def.choices.includes(value)) {
      throw new CliError(
        `--${name} must be one of ${def.choices.join(', ')} (got ${JSON.stringify(value)})`,
      );
    }
    if (def.multi) {
      const prev = flags[name];
      flags[name] = [...(Array.isArray(prev) ? prev : []), value];
    } else {
      flags[name] = value;
    }
  }
  return { flags, positionals };
}

export function readStringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function readListFlag(args: ParsedArgs, name: string): string[] {
  const v = args.flags[name];
  return Array.isArray(v) ? v : [];
}
