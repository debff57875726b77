import {
  buildPodViews,
  describeHooksAttempted,
  describePodPlan,
  formatDiagnosticLine,
  planToJson,
  type Analysis,
  type PodPlanText,
} from '../../index.ts';
import { parseArgs, readStringFlag } from '../args.ts';
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
    if (readStringFlag(args, 'format') === 'json') {
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
  for (const pod of buildPodViews(plan)) {
    const derived = pod.nameDerived ? ` (${pod.kind} ${pod.owner}; pod name derived)` : '';
    const moved =
      pod.targetNamespace !== pod.namespace ? ` → namespace ${pod.targetNamespace}` : '';
    lines.push('', `Pod ${pod.namespace}/${pod.name}${derived}${moved}`);
    lines.push(...podPlanLines(describePodPlan(pod)));
  }
  lines.push('', `HooksAttempted (tracker keys): ${describeHooksAttempted(plan.trackerAdded)}`);
  if (analysis.diagnostics.length > 0) {
    lines.push('', 'Diagnostics:');
    for (const d of analysis.diagnostics) lines.push('  ' + formatDiagnosticLine(d));
  }
  return lines.join('\n') + '\n';
}

/** One pod's plan text (the Plan tab shows the same), indented under its `Pod` line. */
function podPlanLines(text: PodPlanText): string[] {
  if (text.notRestored) return [`  ${text.notRestored.headline}: ${text.notRestored.reason}`];
  const { init, exec } = text;
  const lines = [
    `  init containers (${init.source === 'none' ? 'no init hook' : `hooks from ${init.source}`}):`,
  ];
  if (init.note) lines.push(`    ${init.note}`);
  const containers = init.containers ?? [];
  if (containers.length === 0) lines.push('    (none)');
  for (const c of containers) {
    const mark = c.injected ? '+' : ' ';
    lines.push(`   ${mark} ${c.name ?? ''}  ${c.image}  ${c.command}  (${c.origin})`);
  }
  lines.push(`  exec hooks (${exec.source === 'none' ? 'none' : `from ${exec.source}`}):`);
  if (exec.note) lines.push(`    ${exec.note}`);
  for (const group of exec.groups) {
    const dropped = group.dropped ? `  [not in spec.containers: ${group.dropped}]` : '';
    lines.push(`    container ${group.container}${dropped}`);
    for (const h of group.hooks) {
      lines.push(
        `      ${h.hookName}[${h.hookIndex}] ${h.command}`,
        `        onError: ${h.onError}`,
        `        execTimeout: ${h.execTimeout}`,
        `        waitTimeout: ${h.waitTimeout}`,
        `        waitForReady: ${h.waitForReady}`,
      );
    }
  }
  return lines;
}
