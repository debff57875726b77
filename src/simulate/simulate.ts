/**
 * The exec-hook simulation of a whole restore under a virtual clock: every pod's
 * `DefaultWaitExecHookHandler.HandleHooks` (`internal/hook/wait_exec_hook_handler.go`), the shared
 * hooks context of `pkg/restore/restore.go` hooksWaitExecutor, and the restore's hook tracker as
 * `pkg/controller/restore_finalizer_controller.go` WaitRestoreExecHook reads it.
 */
import type { Duration } from '../model/types.ts';
import { makeEvent, type SimulationEvent } from './events.ts';
import { PodRun, type ContextEnding } from './podRun.ts';
import { StepQueue } from './stepQueue.ts';
import { HookTracker } from './hookTracker.ts';
import type {
  PodSimulation,
  RestoreOutcome,
  SharedContextInput,
  SimulationInput,
  SimulationResult,
  TrackerStat,
} from './types.ts';

export type * from './types.ts';
export type { SimulationEvent, SimulationEventKind } from './events.ts';

/**
 * Simulates every pod's HandleHooks in one restore, deterministically. Pods interact only through
 * the restore-wide hooks context: when a pod's HandleHooks returns errors, `hooksWaitExecutor.exec`
 * cancels it for every other pod (`pkg/restore/restore.go`). Never throws.
 */
export function simulateRestore(input: SimulationInput): SimulationResult {
  const tracker = new HookTracker();
  const runs = input.pods.map((p) => new PodRun(p, tracker));
  if (input.preAdded === 'all') addHooks(input, tracker);
  let shared = initialSharedEnd(input.sharedContext);
  const limit = input.pods.reduce((n, p) => n + p.timeline.length + 2, 1);
  const queue = new StepQueue(runs, shared);
  for (let step = 0; step < limit; step++) {
    const picked = queue.pop();
    if (picked === null) break;
    const { run, index, next } = picked;
    if (next.kind === 'start') run.begin(shared);
    else if (next.kind === 'deliver') run.deliver(next.at);
    else {
      run.finish(next.at, shared);
      if (run.hasErrors() && (shared === null || next.at < shared.at)) {
        shared = {
          at: next.at,
          reason: 'context canceled',
          source: 'shared-cancel',
          causedBy: `${run.input.namespace}/${run.input.name}`,
        };
        queue.refreshAll(shared);
        continue;
      }
    }
    queue.refresh(index, shared);
  }
  const pods = runs.map((r) => r.result());
  const stat = tracker.stat();
  const restoreOutcome = outcomeOf(stat);
  const end = pods.flatMap((p) => p.events).reduce<Duration>((m, e) => (e.at > m ? e.at : m), 0n);
  const finalEvent = makeEvent(
    {
      kind: 'restore-finalized',
      outcome: restoreOutcome,
      hooksAttempted: stat.hooksAttempted,
      hooksFailed: stat.hooksFailed,
    },
    end,
    null,
  );
  return {
    restoreName: input.restoreName,
    pods,
    tracker: stat,
    restoreOutcome,
    events: mergeEvents(pods, finalEvent),
  };
}

/** The Restore's fate from the hooks alone: WaitRestoreExecHook polls IsComplete with no timeout. */
export function outcomeOf(stat: TrackerStat): RestoreOutcome {
  if (!stat.complete) return 'StuckInFinalizing';
  return stat.hooksFailed > 0 ? 'PartiallyFailed' : 'Completed';
}

/** GroupRestoreExecHooks adds every grouped hook, before any HandleHooks runs (`HookTracker.Add`). */
function addHooks(input: SimulationInput, tracker: HookTracker): void {
  for (const p of input.pods) {
    if (p.notRestored !== null) continue;
    for (const hooks of p.byContainer.values()) {
      for (const h of hooks) {
        tracker.add({
          namespace: p.targetNamespace,
          pod: p.name,
          container: h.container,
          source: h.hookSource,
          hookName: h.hookName,
          hookIndex: h.hookIndex,
        });
      }
    }
  }
}

/** The restore-wide context's own end: its deadline (Go WithTimeout) or an explicit cancel, earliest first. */
function initialSharedEnd(s: SharedContextInput): ContextEnding | null {
  const deadline: ContextEnding | null =
    s.timeout === null
      ? null
      : {
          at: s.timeout,
          reason: 'context deadline exceeded',
          source: 'shared-deadline',
          causedBy: null,
        };
  const cancel: ContextEnding | null =
    s.cancelAt === null
      ? null
      : { at: s.cancelAt, reason: 'context canceled', source: 'shared-cancel', causedBy: null };
  if (deadline === null) return cancel;
  if (cancel === null) return deadline;
  return cancel.at < deadline.at ? cancel : deadline;
}

function mergeEvents(pods: PodSimulation[], finalEvent: SimulationEvent): SimulationEvent[] {
  const all = pods.flatMap((p) => p.events);
  all.push(finalEvent);
  return all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
