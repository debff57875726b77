import { defineEntry } from '../diagnostics/diagnostic.ts';
import { formatDuration } from '../go/duration.ts';
import type { Duration } from '../model/types.ts';
import { resolveTimeout } from '../simulate/executor.ts';
import { execHookPlaces, filterKeptExecGroups } from './utils/execHookPlaces.ts';
import { collectByPlace, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { copyWith } from '../model/objects.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = {
  hook: string;
  pod: string;
  container: string;
  waitTimeout: string;
  /** The longest the hooks before it may take (sum of their exec timeouts); null: no limit. */
  queued: string | null;
  before: number;
  fail: boolean;
};

/**
 * A later hook of a container whose wait timeout is shorter than the exec timeouts of the hooks
 * queued before it: HandleHooks checks each hook's wait timeout just before running it, against the
 * time since the watch started, so the earlier hooks' run time counts (wait_exec_hook_handler.go).
 */
export const execHookWaitTimeoutShorterThanQueue = defineRule({
  entry: defineEntry({
    code: 'exec-hook-wait-timeout-shorter-than-queue',
    title: 'A later exec hook can expire while the hooks before it run',
    severity: 'warning',
    why:
      "A container's exec hooks run one after another when it is up. Just before each hook, Velero compares its wait " +
      'timeout with the time since it started watching the pod, and that time includes the hooks that ran before it. ' +
      "When the exec timeouts of the earlier hooks add up to more than a later hook's wait timeout, slow earlier " +
      'hooks make it "expired before executing": it is recorded as failed (the Restore ends PartiallyFailed) and, ' +
      "with onError Fail, it does not run and the pod's remaining hooks are cancelled. Hooks of other containers " +
      'may run first too (Go map order), which only makes it worse.',
    source:
      'internal/hook/wait_exec_hook_handler.go HandleHooks (per-hook waitTimeout check); pkg/podexec/pod_command_executor.go (30s default exec timeout)',
    fix: 'Give the later hook a wait timeout longer than the time the hooks before it may take, or shorten their exec timeouts.',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      const queued =
        d.queued === null
          ? `may run without a time limit (a negative exec timeout)`
          : `may take up to ${d.queued} (their exec timeouts)`;
      return (
        `${d.hook} of ${pods} has a wait timeout of ${d.waitTimeout}, but the ${d.before === 1 ? 'hook' : `${d.before} hooks`} ` +
        `before it in container ${d.container} ${queued}: it can expire before executing and then ` +
        (d.fail
          ? 'does not run (onError Fail cancels the rest of the pod)'
          : 'still runs but counts as failed (the Restore ends PartiallyFailed)')
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      for (const [container, hooks] of filterKeptExecGroups(p)) {
        let queued: Duration | null = 0n;
        hooks.forEach((h, i) => {
          const expires = queued === null || queued > h.waitTimeout;
          if (i > 0 && h.waitTimeout > 0n && expires) {
            const data: Data = {
              hook: '',
              pod: namePod(p.target),
              container,
              waitTimeout: formatDuration(h.waitTimeout),
              queued: queued === null ? null : formatDuration(queued),
              before: i,
              fail: h.onError === 'Fail',
            };
            for (const place of execHookPlaces(ctx, p, h, 'waitTimeout')) {
              findings.add(place.at, copyWith(data, { hook: place.label }), container);
            }
          }
          const took = resolveTimeout(h.execTimeout, ctx.plan.version);
          queued = queued === null || took < 0n ? null : queued + took;
        });
      }
    }
    for (const { at, data } of findings.list()) report(at, data);
  },
});
