import {
  formatDuration,
  runScenario,
  simulationToJson,
  type SimulationEvent,
  type SimulationResult,
} from '../../index.ts';
import { parseArgs, readStringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { ANALYSIS_FLAGS, POD_VOLUME_BACKUPS_HELP, analyzeArgs } from '../inputs.ts';
import { CliError, readFileArgument } from '../io.ts';

const help = `Usage: restore-hooks simulate --scenario S [--restore R] [--namespace-mapping SRC=DST]… [--velero-version V] [--pod-volume-backups F] [--format text|json] FILE…|DIR|-

Replays Velero's post-restore exec hooks (DefaultWaitExecHookHandler.HandleHooks) for the pods in
FILE… under a virtual clock: the pod states the watch sees, when each container counts as up,
which hooks run, expire, fail or never run, the restore-wide hooks context, the hook tracker and
what it does to the Restore (Completed, PartiallyFailed, or stuck in Finalizing).

The scenario file (see shared/conformance/README.md, "scenario.yaml") gives the pod's timeline of
states and the simulated result of each command. Without byContainer the hooks are grouped from
the manifests and the Restore, exactly as 'restore-hooks plan' does.

A FILE may be a Velero backup tarball (velero backup download writes NAME-data.tar.gz): its
pods are read as the restore reads them, named FILE:resources/pods/namespaces/NS/NAME.json.

Options:
  --scenario S                 the scenario YAML (required)
  --restore R                  a velero.io/v1 Restore (default: a Restore among the inputs, else
                               restore1 of backup1 with no hooks)
  --namespace-mapping SRC=DST  add a namespaceMapping entry (repeatable)
  --velero-version V           the Velero release to predict: 1.10.0 … 1.18.2, a minor such as
                               1.17 (its newest patch), or main (default 1.18.2; see 'restore-hooks versions')
${POD_VOLUME_BACKUPS_HELP}
  --format text|json           output format (default text): a log with virtual timestamps, or
                               the conformance contract's JSON

Exit status: 0 when the simulation ran (whatever the Restore's outcome), 2 for bad input.
`;

export const simulate: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, {
      ...ANALYSIS_FLAGS,
      scenario: { type: 'string' },
      format: { type: 'string', choices: ['text', 'json'] },
    });
    const scenarioPath = readStringFlag(args, 'scenario');
    if (scenarioPath === undefined) throw new CliError('--scenario S is required (see --help)');
    const scenarioFile = readFileArgument(scenarioPath, io, '--scenario');
    const analysis = await analyzeArgs(args, io);
    const run = runScenario(scenarioFile.text, analysis.plan);
    for (const w of run.warnings) io.stderr(`restore-hooks simulate: warning: ${w}\n`);
    if (run.result === null) {
      for (const e of run.errors) io.stderr(`restore-hooks simulate: ${scenarioFile.name}: ${e}\n`);
      return 2;
    }
    if (readStringFlag(args, 'format') === 'json') {
      const json = {
        ...simulationToJson(run.result, run.warnings),
        validationErrors: analysis.plan.validationErrors.map((e) => e.message),
      };
      io.stdout(JSON.stringify(json, null, 2) + '\n');
    } else {
      io.stdout(formatSimulationText(run.result));
    }
    return 0;
  },
};

/** The simulation as a log: one line per event with its virtual time, then per-pod errors and totals. */
export function formatSimulationText(result: SimulationResult): string {
  const times = result.events.map((e) => formatDuration(e.at));
  const width = Math.max(2, ...times.map((t) => t.length));
  const pods = result.events.map(podLabel);
  const podWidth = Math.max(0, ...pods.map((p) => p.length));
  const lines = [
    `Restore ${result.restoreName}: exec hooks on a virtual clock (times since the restore started)`,
    '',
  ];
  let unordered = false;
  result.events.forEach((e, i) => {
    const mark = e.orderNotGuaranteed ? '*' : ' ';
    unordered ||= e.orderNotGuaranteed === true;
    lines.push(
      `[${(times[i] ?? '').padStart(width)}]${mark} ${(pods[i] ?? '').padEnd(podWidth)}  ${e.explanation}  (rule ${e.rule})`,
    );
  });
  if (unordered)
    lines.push('', '* Go runs these in map order: their order among themselves is not guaranteed.');
  for (const p of result.pods) {
    const end =
      p.watchEndsAt === null ? 'never returns' : `returned after ${formatDuration(p.watchEndsAt)}`;
    const maxWait =
      p.maxWait === null
        ? 'no watch'
        : `maxWait ${p.maxWait === 0n ? 'none' : formatDuration(p.maxWait)}`;
    lines.push(
      '',
      `Pod ${p.namespace}/${p.name}: ${maxWait}, ${p.executions.length} exec call(s), HandleHooks ${end}`,
    );
    const order = p.errorsOrderNotGuaranteed ? ' (partly in Go map order)' : '';
    if (p.errors.length > 0)
      lines.push(`  errors${order}:`, ...p.errors.map((err) => `    ${err}`));
    if (p.sharedContextCanceled) lines.push('  → the restore-wide hooks context is cancelled');
  }
  lines.push('', ...totals(result));
  return lines.join('\n') + '\n';
}

/** The end of `velero restore describe` as far as the hooks decide it. */
const PHASES: Record<SimulationResult['restoreOutcome'], string> = {
  Completed: 'Completed',
  PartiallyFailed: 'PartiallyFailed',
  StuckInFinalizing: 'Finalizing (stuck for ever)',
  StuckInProgress: 'InProgress (stuck for ever)',
};

function totals(result: SimulationResult): string[] {
  const { hookStatus, restoreOutcome, restoreName, veleroVersion } = result;
  const logs =
    restoreOutcome === 'PartiallyFailed'
      ? ` (run 'velero restore logs ${restoreName}' for more information)`
      : '';
  const counts =
    hookStatus === null
      ? ['HooksAttempted and HooksFailed: not written']
      : [
          `HooksAttempted:  ${hookStatus.hooksAttempted}`,
          `HooksFailed:     ${hookStatus.hooksFailed}`,
        ];
  return [
    `Velero ${veleroVersion}`,
    `Phase:  ${PHASES[restoreOutcome]}${logs}`,
    `        ${result.outcomeReason}`,
    '',
    ...counts,
  ];
}

function podLabel(e: SimulationEvent): string {
  return e.pod === null ? '(restore)' : `${e.namespace ?? ''}/${e.pod}`;
}
