import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  analyze,
  readPodVolumeBackupsFile,
  resolveVeleroVersion,
  type Analysis,
  type PodVolumeBackupRecord,
  type VeleroVersion,
} from '../index.ts';
import { readListFlag, readStringFlag, type ParsedArgs } from './args.ts';
import { CliError, MAX_INPUT_BYTES, readFileArgument, readInputs, type CliIO } from './io.ts';

/** Flags shared by the commands that analyse manifests. */
export const ANALYSIS_FLAGS = {
  restore: { type: 'string' },
  'namespace-mapping': { type: 'string', multi: true },
  'velero-version': { type: 'string' },
  'pod-volume-backups': { type: 'string' },
} as const;

/** The help lines of `--pod-volume-backups`, shared by the commands that take it. */
export const POD_VOLUME_BACKUPS_HELP = `  --pod-volume-backups F       the backup's PodVolumeBackups: the bucket's
                               backups/NAME/NAME-podvolumebackups.json.gz (or kubectl's -o json);
                               restore-wait then follows Velero's record, not the pod's
                               backup.velero.io/backup-volumes annotation`;

/** Reads `--pod-volume-backups F`; null when absent. */
export function readPodVolumeBackupsFlag(
  args: ParsedArgs,
  io: CliIO,
): PodVolumeBackupRecord[] | null {
  const path = readStringFlag(args, 'pod-volume-backups');
  if (path === undefined) return null;
  const full = resolve(io.cwd, path);
  let bytes: Uint8Array;
  try {
    if (statSync(full).size > MAX_INPUT_BYTES)
      throw new CliError(`--pod-volume-backups ${path}: over the 20 MiB input limit`);
    bytes = readFileSync(full);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`--pod-volume-backups ${path}: no such file`);
  }
  const read = readPodVolumeBackupsFile(bytes);
  if (read.kind === 'error') throw new CliError(`--pod-volume-backups ${path}: ${read.message}`);
  return read.records;
}

/** A version flag: `1.17.2`, `v1.17.2`, `1.17` or `main`; undefined when absent. */
export function readVersionFlag(
  args: ParsedArgs,
  flag: string,
  minorMeans: 'newest-patch' | 'oldest-patch' = 'newest-patch',
): VeleroVersion | undefined {
  const text = readStringFlag(args, flag);
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
  const veleroVersion = readVersionFlag(args, 'velero-version');
  const podVolumeBackups = readPodVolumeBackupsFlag(args, io);
  const inputs = await readInputs(args.positionals, io);
  const restorePath = readStringFlag(args, 'restore');
  const restore = restorePath ? readFileArgument(restorePath, io, '--restore') : null;
  return analyze({
    manifests: inputs.files,
    backupNamespaces: inputs.backupNamespaces,
    podVolumeBackups,
    restore,
    namespaceMapping: parseNamespaceMappings(readListFlag(args, 'namespace-mapping')),
    ...(veleroVersion ? { veleroVersion } : {}),
  });
}
