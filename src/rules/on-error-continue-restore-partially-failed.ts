import { defineEntry } from '../diagnostics/diagnostic.ts';
import { execHookPlaces } from './utils/execHookPlaces.ts';
import { collectByPlace, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = { hook: string; pod: string };

/**
 * An exec hook with onError Continue written out: Continue only keeps the pod's other hooks
 * running. The failure is still recorded in the hook tracker, and the finalizer turns every
 * recorded hook error into a restore error (restore_finalizer_controller.go WaitRestoreExecHook).
 */
export const onErrorContinueRestorePartiallyFailed = defineRule({
  entry: defineEntry({
    code: 'on-error-continue-restore-partially-failed',
    title: 'onError Continue does not keep the Restore from PartiallyFailed',
    severity: 'info',
    why:
      "onError decides only what happens to the pod's other hooks after a failure: Continue runs them, Fail " +
      "cancels them. Either way the failed hook is recorded as failed in the restore's hook tracker, and when the " +
      'Restore finalizes every recorded hook error becomes a restore error. So a failing Continue hook still makes ' +
      'the Restore PartiallyFailed (Velero test TestWaitRestoreExecHook). An expired wait timeout counts as a ' +
      'failure too, even when the hook then runs and succeeds.',
    source:
      'internal/hook/wait_exec_hook_handler.go HandleHooks; internal/hook/hook_tracker.go Record; pkg/controller/restore_finalizer_controller.go WaitRestoreExecHook',
    // Up to 1.12 Continue failures are only logged: the Restore stays Completed (velero#7022).
    appliesTo: (b) => b.returnedErrors === 'all',
    fix: 'Nothing to change if that is what you want. To keep a failing command from failing the Restore, make the command itself succeed (for example `cmd || true` in a shell).',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      return (
        `${d.hook} of ${pods} has onError Continue: after a failure the pod's other hooks still run, ` +
        'but the failure is recorded and the Restore ends PartiallyFailed'
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      for (const hook of [...p.exec.groups.values()].flat()) {
        if (hook.onError !== 'Continue') continue;
        for (const place of execHookPlaces(ctx, p, hook, 'onError')) {
          // Only where Continue is written: an unset onError is a different misunderstanding.
          if (!place.written) continue;
          findings.add(place.at, { hook: place.label, pod: namePod(p.target) });
        }
      }
    }
    for (const { at, data } of findings.list()) report(at, data);
  },
});
