import {
  BEHAVIOURS,
  DEFAULT_RELEASE,
  changeAt,
  listSupportedVersions,
  type Behaviour,
  type VeleroVersion,
} from '../../index.ts';
import { parseArgs, readStringFlag } from '../args.ts';
import type { Command } from '../command.ts';

const help = `Usage: restore-hooks versions [--format text|json]

Lists the Velero releases the engine reproduces (oldest first), each with its release date and the
restore-hook behaviours that change in it. Pick one with --velero-version on any command.

Options:
  --format text|json  output format (default text)
`;

interface VersionChange {
  behaviour: string;
  title: string;
  meaning: string;
  evidence: string;
}

/** The behaviours whose value changes at this release (against the one before it). */
function changesIn(version: VeleroVersion): VersionChange[] {
  const out: VersionChange[] = [];
  for (const [id, b] of Object.entries(BEHAVIOURS) as [string, Behaviour<unknown>][]) {
    const change = changeAt(b, version.name);
    if (change.since !== version.name || change === b.changes[0]) continue;
    out.push({ behaviour: id, title: b.title, meaning: change.meaning, evidence: b.evidence });
  }
  return out;
}

export const versions: Command = {
  help,
  run(argv, io) {
    const args = parseArgs(argv, { format: { type: 'string', choices: ['text', 'json'] } });
    if (args.positionals.length > 0) {
      io.stderr(`restore-hooks versions: takes no arguments (got ${args.positionals.join(' ')})\n`);
      return Promise.resolve(2);
    }
    const rows = listSupportedVersions().map((v) => ({
      version: v.name,
      date: v.release.date,
      k8sApi: v.release.k8sApi,
      ...(v.release.commit ? { commit: v.release.commit } : {}),
      default: v.name === DEFAULT_RELEASE,
      changes: changesIn(v),
    }));
    if (readStringFlag(args, 'format') === 'json') {
      io.stdout(JSON.stringify({ versions: rows }, null, 2) + '\n');
      return Promise.resolve(0);
    }
    const lines: string[] = [];
    for (const r of rows) {
      const tags = [r.date, `k8s.io/api ${r.k8sApi}`];
      if (r.commit) tags.push(`commit ${r.commit.slice(0, 9)}`);
      if (r.default) tags.push('default');
      lines.push(`${r.version.padEnd(7)} ${tags.join(', ')}`);
      for (const c of r.changes) lines.push(`        ${c.title}: ${c.meaning}`);
    }
    io.stdout(lines.join('\n') + '\n');
    return Promise.resolve(0);
  },
};
