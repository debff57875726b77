import { defineEntry } from '../diagnostics/diagnostic.ts';
import { formatDuration } from '../go/duration.ts';
import { MAX_EXEC_TIMEOUT } from '../simulate/executor.ts';
import { execHookPlaces } from './utils/execHookPlaces.ts';
import { collectByPlace, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { copyWith } from '../model/objects.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = { hook: string; value: string; effect: string; pod: string };

/**
 * An exec timeout below zero or above four hours: releases start no timer for a negative one; main
 * turns it into 30s and cuts anything over 4h to 4h (`pkg/podexec/pod_command_executor.go`,
 * velero#10125).
 */
export const execTimeoutOutOfRange = defineRule({
  entry: defineEntry({
    code: 'exec-timeout-out-of-range',
    title: 'Exec timeout below zero or above four hours',
    severity: 'warning',
    why:
      'The executor times an exec hook with its execTimeout. In every release a negative timeout starts no timer at ' +
      'all: a hook that never returns holds its pod watch, and the Restore waits for it (InProgress up to 1.13, ' +
      'Finalizing from 1.14, where one stuck Restore keeps every later restore from starting: velero#9744). On main a zero or negative timeout means the 30s default and one above 4h is cut to 4h ' +
      '(velero#10125).',
    source: 'pkg/podexec/pod_command_executor.go ExecutePodCommand; velero#10125',
    fix: 'Give the hook a positive execTimeout that covers its slowest run, such as 10m.',
    message: (d: Data & { podCount: number }) =>
      `${d.hook} has execTimeout ${d.value}: ${d.effect}`,
  }),
  check(ctx, report) {
    const clamped = ctx.plan.version.behaviours.execTimeouts === 'clamped';
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      for (const h of [...p.exec.groups.values()].flat()) {
        const negative = h.execTimeout < 0n;
        if (!negative && (h.execTimeout <= MAX_EXEC_TIMEOUT || !clamped)) continue;
        const effect = !negative
          ? 'Velero main cuts it to 4h0m0s (velero#10125)'
          : clamped
            ? 'Velero main uses the 30s default instead (velero#10125)'
            : `Velero ${ctx.plan.version.name} starts no timer at all, so a hook that hangs holds the Restore for ever`;
        for (const place of execHookPlaces(ctx, p, h, 'execTimeout')) {
          if (!place.written) continue;
          const data = { hook: place.label, value: formatDuration(h.execTimeout), effect };
          findings.add(place.at, copyWith(data, { pod: namePod(p.target) }));
        }
      }
    }
    for (const f of findings.list()) {
      const severity = f.data.effect.startsWith('Velero main') ? 'info' : 'warning';
      report(f.at, f.data, { severity });
    }
  },
});
