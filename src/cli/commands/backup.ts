import { summarizeBackup, type BackupSummary } from '../../index.ts';
import { parseArgs, readStringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError, openBackup } from '../io.ts';

const help = `Usage: restore-hooks backup summary [--format text|json] FILE

Reads a Velero backup tarball (velero backup download writes NAME-data.tar.gz; it is recognised by
its content, not its name) the way a restore reads it, and prints the backup format version, its
items by kind and by namespace, and the pods that already carry restore-hook annotations
(init.hook.restore.velero.io/*, post.hook.restore.velero.io/*), which Velero applies on every
restore of this backup whatever the Restore says.

Each item is stored twice in the tarball, also under <version>-preferredversion/; a restore reads
the plain copy (the other only with the EnableAPIGroupVersions feature flag), so each counts once.
The same tarball can be given to check, plan, apply, simulate and compare as a FILE.

Exit status: 0 read, 2 usage error or an archive that cannot be read (one line on stderr).

Options:
  --format text|json   output format (default text)
`;

export const backup: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string', choices: ['text', 'json'] } });
    const [sub, ...files] = args.positionals;
    if (sub !== 'summary')
      throw new CliError(
        sub === undefined
          ? "expected a subcommand: 'backup summary FILE'"
          : `unknown subcommand '${sub}' (subcommands: summary)`,
      );
    if (files.length !== 1) throw new CliError('backup summary reads one FILE, a backup tarball');
    const file = files[0]!;
    const summary = summarizeBackup(await openBackup(file, io));
    if (readStringFlag(args, 'format') === 'json')
      io.stdout(JSON.stringify({ file, ...summary }, null, 2) + '\n');
    else io.stdout(summaryText(file, summary));
    return 0;
  },
};

function summaryText(file: string, s: BackupSummary): string {
  const namespaces = s.namespaces.filter((n) => n.namespace !== '').length;
  const lines = [
    `${file}: Velero backup, format ${s.formatVersion ?? '(no metadata/version)'}: ${plural(s.items, 'item')} in ${plural(namespaces, 'namespace')}`,
    `(each read once, as a restore reads it; ${s.versionedCopies} versioned copies not counted)`,
    '',
    'Items by kind:',
    ...table(s.resources.map((r) => [`${r.kind || '?'} (${r.groupResource})`, r.items])),
    '',
    'Items by namespace:',
    ...table(s.namespaces.map((n) => [n.namespace || '(cluster-scoped)', n.items])),
    '',
  ];
  if (s.hookPods.length === 0)
    lines.push(`No pod carries restore-hook annotations (${s.pods} pods).`);
  else {
    lines.push(`Pods with restore-hook annotations (${s.hookPods.length} of ${s.pods}):`);
    for (const p of s.hookPods) {
      lines.push(`  ${p.namespace}/${p.name}  ${file}:${p.path}`);
      for (const a of p.annotations) lines.push(`    ${a}`);
    }
  }
  if (s.notices.length > 0) {
    lines.push('', 'Notes:');
    for (const n of s.notices) lines.push(`  ${n.path}: ${n.message}`);
    if (s.noticesOmitted > 0) lines.push(`  … and ${s.noticesOmitted} more`);
  }
  return lines.join('\n') + '\n';
}

function table(rows: [string, number][]): string[] {
  if (rows.length === 0) return ['  (none)'];
  const width = Math.max(...rows.map(([label]) => label.length));
  const digits = Math.max(...rows.map(([, n]) => String(n).length));
  return rows.map(([label, n]) => `  ${label.padEnd(width)}  ${String(n).padStart(digits)}`);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
