import { analyze, resolveVeleroVersion, type Analysis, type VeleroVersion } from '../index.ts';
import { listFlag, stringFlag, type ParsedArgs } from './args.ts';
import { CliError, readFileArgument, readInputs, type CliIO } from './io.ts';

/** Flags shared by the commands that analyse manifests. */
export const ANALYSIS_FLAGS = {
  restore: { type: 'string' },
  'namespace-mapping': { type: 'string', multi: true },
  'velero-version': { type: 'string' },
} as const;

/** A version flag: `1.17.2`, `v1.17.2`, `1.17` or `main`; undefined when absent. */
export function versionFlag(
  args: ParsedArgs,
  flag: string,
  minorMeans: 'newest-patch' | 'oldest-patch' = 'newest-patch',
): VeleroVersion | undefined {
  const text = stringFlag(args, flag);
  if (text === undefined) return undefined;
  const resolved = resolveVeleroVersion(text, minorMeans);
  if (resolved.error !== undefined) throw new CliError(`--${flag}: ${resolved.error}`);
  return resolved.version;
}

/** Parses repeated `--namespace-mapping SRC=DST` flags. */
export function parseNamespaceMappings(values: string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0 || eq === value.length - 1) {
      throw new CliError(`--namespace-mapping expects SRC=DST (got ${JSON.stringify(value)})`);
    }
    mapping[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return mapping;
}

/** Reads the FILE… arguments and --restore, then runs the engine. */
export async function analyzeArgs(args: ParsedArgs, io: CliIO): Promise<Analysis> {
  const veleroVersion = versionFlag(args, 'velero-version');
  const manifests = await readInputs(args.positionals, io);
  const restorePath = stringFlag(args, 'restore');
  const restore = restorePath ? readFileArgument(restorePath, io, '--restore') : null;
  return analyze({
    manifests,
    restore,
    namespaceMapping: parseNamespaceMappings(listFlag(args, 'namespace-mapping')),
    ...(veleroVersion ? { veleroVersion } : {}),
  });
}
