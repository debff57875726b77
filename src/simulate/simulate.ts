/**
 * The exec-hook simulation of a whole restore under a virtual clock: every pod's
 * `DefaultWaitExecHookHandler.HandleHooks` (`internal/hook/wait_exec_hook_handler.go`), the shared
 * hooks context of `pkg/restore/restore.go` hooksWaitExecutor, and the restore's hook tracker as
 * `pkg/controller/restore_finalizer_controller.go` WaitRestoreExecHook reads it.
 */
import type { Duration } from '../model/types.ts';
import { formatDuration } from '../go/duration.ts';
import { makeEvent, type SimulationEvent } from './events.ts';
import { PodRun, type ContextEnding } from './podRun.ts';
import { StepQueue } from './stepQueue.ts';
import { addPodHooks, HookTracker } from './hookTracker.ts';
import type {
  HookStatus,
  PodSimulation,
  RestoreOutcome,
  SharedContextInput,
  SimulationInput,
  SimulationResult,
} from './types.ts';

export type * from './types.ts';
export type { SimulationEvent, SimulationEventKind } from './events.ts';

/**
 * Simulates every pod's HandleHooks in one restore, deterministically. Pods interact only through
 * the restore-wide hooks context: when a pod's HandleHooks returns errors, `hooksWaitExecutor.exec`
 * cancels it for every other pod (`pkg/restore/restore.go`). Never throws.
 */
export function simulateRestore(input: SimulationInput): SimulationResult {
  const tracker = new HookTracker(input.version);
  const runs = input.pods.map((p) => new PodRun(p, tracker, input.version));
  if (input.preAdded === 'all') for (const p of input.pods) addPodHooks(tracker, p);
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
  const neverReturns = runs.find((r) => r.status !== 'returned');
  const outcome = finalizeRestore(input, tracker, pods, neverReturns?.input ?? null);
  const end = pods.flatMap((p) => p.events).reduce<Duration>((m, e) => (e.at > m ? e.at : m), 0n);
  const finalEvent = makeEvent({ kind: 'restore-finalized', ...outcome }, end, null);
  return {
    restoreName: input.restoreName,
    veleroVersion: input.version.name,
    pods,
    tracker: tracker.stat(),
    hookStatus: outcome.hookStatus,
    restoreOutcome: outcome.outcome,
    outcomeReason: outcome.reason,
    events: mergeEvents(pods, finalEvent),
  };
}

interface Finalized {
  outcome: RestoreOutcome;
  hookStatus: HookStatus | null;
  reason: string;
}

const STUCK_BLOCKS_OTHERS = 'and while it does, no later restore starts (velero-io/velero#9744)';

/**
 * The Restore's fate from the hooks alone, where the chosen release waits for them: inside the
 * restore with no deadline (≤1.13: `hooksWaitGroup`), in Finalizing with no deadline (1.14–1.18.2:
 * `WaitRestoreExecHook` polls `IsComplete`), or in Finalizing until `--resource-timeout` (main).
 */
function finalizeRestore(
  input: SimulationInput,
  tracker: HookTracker,
  pods: readonly PodSimulation[],
  neverReturns: { namespace: string; name: string } | null,
): Finalized {
  const stat = tracker.stat();
  const status = stat && { hooksAttempted: stat.hooksAttempted, hooksFailed: stat.hooksFailed };
  const wait = input.version.behaviours.hooksWait;
  if (wait === 'in-progress') {
    if (neverReturns !== null) {
      const pod = `${neverReturns.namespace}/${neverReturns.name}`;
      const reason = `the hooks of pod ${pod} never finish and Velero waits for them inside the restore with no deadline: the Restore stays InProgress for ever`;
      return { outcome: 'StuckInProgress', hookStatus: null, reason };
    }
    const failed = pods.some((p) => p.errors.length > 0);
    if (failed)
      return {
        outcome: 'PartiallyFailed',
        hookStatus: status,
        reason: 'the errors HandleHooks returned become restore errors: PartiallyFailed',
      };
    const logged = pods.some((p) => p.executions.some((e) => e.error !== undefined));
    const reason = logged
      ? `the Restore completes: on Velero ${input.version.name} a failure of a hook without onError: Fail is only logged (velero-io/velero#7022 changed that in 1.13.0)`
      : 'the Restore completes';
    return { outcome: 'Completed', hookStatus: status, reason };
  }
  if (stat === null || !stat.complete) {
    if (wait === 'finalizing') {
      const reason = `the hook tracker never completes: the Restore stays in Finalizing for ever, ${STUCK_BLOCKS_OTHERS}`;
      return { outcome: 'StuckInFinalizing', hookStatus: null, reason };
    }
  }
  if (wait === 'finalizing-bounded') {
    const lastStart = input.pods.reduce<Duration>((m, p) => (p.startAt > m ? p.startAt : m), 0n);
    const deadline = lastStart + input.resourceTimeout;
    const completedAt = tracker.completedAt();
    if (completedAt === null || completedAt > deadline) {
      const reason = `the hook tracker is not complete ${formatDuration(input.resourceTimeout)} (--resource-timeout) after the last pod was created: the finalizer gives up with "context deadline exceeded", the Restore is PartiallyFailed and hookStatus is not written`;
      return { outcome: 'PartiallyFailed', hookStatus: null, reason };
    }
  }
  if (status !== null && status.hooksFailed > 0) {
    const reason = 'every failed hook becomes a restore error, so the Restore is PartiallyFailed';
    return { outcome: 'PartiallyFailed', hookStatus: status, reason };
  }
  return { outcome: 'Completed', hookStatus: status, reason: 'the Restore completes' };
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
