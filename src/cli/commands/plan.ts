import { formatDuration, type Analysis, planToJson, formatDiagnosticLine } from '../../index.ts';
import { parseArgs, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { ANALYSIS_FLAGS, POD_VOLUME_BACKUPS_HELP, analyzeArgs } from '../inputs.ts';

const help = `Usage: restore-hooks plan [--restore R] [--namespace-mapping SRC=DST]… [--velero-version V] [--pod-volume-backups F] [--format text|json] FILE…|DIR|-

Shows, per pod, what Velero will do: the init containers after the init-hook step, the exec hooks
grouped per container in Velero's order with their effective values, errors that stop the pod from
being restored, and diagnostics.

A FILE may be a Velero backup tarball (velero backup download writes NAME-data.tar.gz): its
pods are read as the restore reads them, named FILE:resources/pods/namespaces/NS/NAME.json.

Options:
  --restore R                  a velero.io/v1 Restore (default: a Restore among the inputs, else
                               restore1 of backup1 with no hooks)
  --namespace-mapping SRC=DST  add a namespaceMapping entry (repeatable)
  --velero-version V           the Velero release to predict: 1.10.0 … 1.18.2, a minor such as
                               1.17 (its newest patch), or main (default 1.18.2; see 'restore-hooks versions')
${POD_VOLUME_BACKUPS_HELP}
  --format text|json           output format (default text); json is the conformance contract
`;

export const plan: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, {
      ...ANALYSIS_FLAGS,
      format: { type: 'string', choices: ['text', 'json'] },
    });
    const analysis = await analyzeArgs(args, io);
    if (stringFlag(args, 'format') === 'json') {
      io.stdout(
        JSON.stringify(
          { ...planToJson(analysis.plan), diagnostics: analysis.diagnostics },
          null,
          2,
        ) + '\n',
      );
    } else {
      io.stdout(planText(analysis));
    }
    return analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};

function planText(analysis: Analysis): string {
  const { plan } = analysis;
  const lines: string[] = [
    `Restore ${plan.restore.name || '(unnamed)'} of backup ${plan.restore.backupName || '(none)'}, as Velero ${plan.version.name} does it`,
  ];
  if (plan.validationPanic)
    lines.push(
      `  validation PANIC: ${plan.validationPanic.message}: the velero server exits and meets this Restore again after each restart (velero-io/velero#5674)`,
    );
  for (const v of plan.validationErrors)
    lines.push(`  validation error: ${v.message} (the Restore ends FailedValidation)`);
  for (const p of plan.pods) {
    const derived = p.target.nameDerived
      ? ` (${p.target.kind} ${p.target.ownerName}; pod name derived)`
      : '';
    const moved =
      p.targetNamespace !== p.target.namespace ? ` → namespace ${p.targetNamespace}` : '';
    lines.push('', `Pod ${p.target.namespace}/${p.target.name}${derived}${moved}`);
    if (p.init.kind === 'skipped') {
      lines.push(`  NOT RESTORED: ${p.init.message}`);
      continue;
    }
    if (p.init.kind === 'error') {
      lines.push(`  NOT RESTORED: ${p.init.panic ? 'Velero panics: ' : ''}${p.init.message}`);
      continue;
    }
    lines.push(
      `  init containers (${p.init.source === 'none' ? 'no init hook' : `hooks from ${p.init.source}`}):`,
    );
    if (p.init.initContainers.length === 0) lines.push('    (none)');
    const injected = new Set(p.init.injected.map((i) => i.container));
    for (const c of p.init.initContainers) {
      const mark = injected.has(c) ? '+' : ' ';
      lines.push(
        `   ${mark} ${String(c.name ?? '')}  ${String(c.image ?? '')}  ${JSON.stringify(c.command ?? [])}`,
      );
    }
    lines.push(`  exec hooks (${p.exec.source === 'none' ? 'none' : `from ${p.exec.source}`}):`);
    for (const [container, hooks] of p.exec.groups) {
      const missing = p.containers.includes(container)
        ? ''
        : '  [not in spec.containers: dropped, Restore stuck in Finalizing]';
      lines.push(`    container ${container}${missing}`);
      for (const h of hooks) {
        lines.push(
          `      ${h.hookName}[${h.hookIndex}] ${JSON.stringify(h.command)} onError=${h.onError || "'' (acts as Continue)"} ` +
            `execTimeout=${formatDuration(h.execTimeout)} waitTimeout=${formatDuration(h.waitTimeout)} waitForReady=${h.waitForReady}`,
        );
      }
    }
  }
  lines.push('', `HooksAttempted (tracker keys): ${plan.trackerAdded}`);
  if (analysis.diagnostics.length > 0) {
    lines.push('', 'Diagnostics:');
    for (const d of analysis.diagnostics) lines.push('  ' + formatDiagnosticLine(d));
  }
  return lines.join('\n') + '\n';
}
