import { compareVersions, type VersionComparison } from '../../index.ts';
import { parseArgs, readStringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { readFileArgument, readInputs } from '../io.ts';
import { readPodVolumeBackupsFlag, readVersionFlag } from '../inputs.ts';

const help = `Usage: restore-hooks compare [--from V] [--to V] [--restore R] [--scenario S] [--pod-volume-backups F] [--format text|json] FILE…|DIR|-

Plans and simulates the manifests at every Velero release from --from to --to and shows what
differs, grouped by what you would see: Restore validation, init containers, exec hooks, the errors
the hooks return, and the Restore's phase with HooksAttempted/HooksFailed. Each change names the
Velero change behind it.

A FILE may be a Velero backup tarball (velero backup download writes NAME-data.tar.gz): its
pods are read as the restore reads them, named FILE:resources/pods/namespaces/NS/NAME.json.

Options:
  --from V             oldest release compared (default 1.10.0): 1.17.2, v1.17.2, 1.17 (its first
                       patch) or main
  --to V               newest release compared (default main)
  --restore R          a velero.io/v1 Restore (default: a Restore among the inputs)
  --pod-volume-backups F
                       the backup's PodVolumeBackups (NAME-podvolumebackups.json.gz from the
                       bucket, or kubectl's -o json): restore-wait follows Velero's record
  --scenario S         how the pods come up and the hooks end (see 'simulate --help'); default:
                       every container starts and every hook succeeds
  --format text|json   output format (default text)
`;

export const compare: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      restore: { type: 'string' },
      scenario: { type: 'string' },
      'pod-volume-backups': { type: 'string' },
      format: { type: 'string', choices: ['text', 'json'] },
    });
    const from = readVersionFlag(args, 'from', 'oldest-patch');
    const to = readVersionFlag(args, 'to');
    const podVolumeBackups = readPodVolumeBackupsFlag(args, io);
    const inputs = await readInputs(args.positionals, io);
    const restorePath = readStringFlag(args, 'restore');
    const scenarioPath = readStringFlag(args, 'scenario');
    const comparison = compareVersions({
      manifests: inputs.files,
      backupNamespaces: inputs.backupNamespaces,
      podVolumeBackups,
      restore: restorePath ? readFileArgument(restorePath, io, '--restore') : null,
      ...(scenarioPath
        ? { scenarioText: readFileArgument(scenarioPath, io, '--scenario').text }
        : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
    if (readStringFlag(args, 'format') === 'json') {
      io.stdout(JSON.stringify(comparison, null, 2) + '\n');
    } else {
      io.stdout(comparisonText(comparison));
    }
    return 0;
  },
};

function comparisonText(c: VersionComparison): string {
  const span = `${c.versions[0] ?? ''}–${c.versions[c.versions.length - 1] ?? ''}`;
  if (c.differences.length === 0)
    return `Every release from ${span} does the same with these manifests.\n`;
  const lines = [`Compared ${c.versions.length} Velero releases (${span}).`];
  for (const d of c.differences) {
    lines.push('', `${d.aspect}:`);
    for (const r of d.ranges) {
      const versions = r.from === r.to ? r.from : `${r.from}–${r.to}`;
      lines.push(`  ${versions}: ${r.value}`);
    }
    for (const cause of d.causes)
      lines.push(
        `  why, at ${cause.version}: ${cause.title}: ${cause.meaning} (${cause.evidence})`,
      );
  }
  return lines.join('\n') + '\n';
}
