/**
 * The Restore's hook totals as they stand at each event of a simulation run, for the Timeline's
 * player: the hook tracker replayed over the event log (`internal/hook/hook_tracker.go` Add and
 * Record), and the phase the Restore is in then.
 */
import type { ExecHook } from '../model/types.ts';
import { hookId } from '../simulate/hook.ts';
import { addPodHooks, HookTracker, recordKeyOf, type HookKey } from '../simulate/hookTracker.ts';
import type { SimulationEvent } from '../simulate/events.ts';
import type { HookStatus, RestoreOutcome, SimulationPodInput } from '../simulate/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { RestorePhase, SimulationRun, TotalsAtEvent } from './timelineTypes.ts';

/** The phase `velero restore describe` prints for a simulated outcome. */
export function getRestorePhase(outcome: RestoreOutcome): RestorePhase {
  if (outcome === 'StuckInFinalizing') return 'Finalizing';
  if (outcome === 'StuckInProgress') return 'InProgress';
  return outcome;
}

/** The events at which HandleHooks records a hook in the tracker (`hook.ts` runHook, reportUnexecuted). */
const RECORDS: Partial<Record<SimulationEvent['kind'], true>> = {
  'hook-expired': true,
  'hook-finished': true,
  'hook-not-executed': true,
};

/**
 * The totals after each event of `run`: HooksAttempted and HooksFailed as the tracker holds them
 * (hooks are added when their pod is created, at its start; each record as the event log has it),
 * and the phase: InProgress, then Finalizing once every pod is created where the release waits for
 * hooks there (`hooksWait`). The last event (the restore's end) carries the final totals.
 */
export function buildRunningTotals(run: SimulationRun): TotalsAtEvent[] {
  const { input, result } = run;
  const { version } = input;
  const tracker = new HookTracker(version);
  const pods = podsByKey(input.pods, version);
  const toAdd = input.preAdded === 'all' ? [...input.pods].sort(byStart) : [];
  const lastStart = input.pods.reduce((m, p) => (p.startAt > m ? p.startAt : m), 0n);
  let added = 0;
  const last = result.events.length - 1;
  return result.events.map((e, i) => {
    while (added < toAdd.length && toAdd[added]!.startAt <= e.at)
      addPodHooks(tracker, toAdd[added++]!);
    if (i === last) {
      const phase = getRestorePhase(result.restoreOutcome);
      return { phase, hookStatus: result.hookStatus, reason: result.outcomeReason, final: true };
    }
    const key = RECORDS[e.kind] && 'hookId' in e ? pods.get(podKey(e))?.get(e.hookId) : undefined;
    if (key) tracker.record(key, recordsFailure(e), e.at);
    return running(version, e.at > lastStart, statusOf(tracker));
  });
}

function running(version: VeleroVersion, allCreated: boolean, hookStatus: HookStatus | null) {
  const wait = version.behaviours.hooksWait;
  if (wait === 'in-progress') {
    const reason = `Velero ${version.name} waits for the exec hooks inside the restore: the Restore is InProgress until they are done`;
    return { phase: 'InProgress' as const, hookStatus, reason, final: false };
  }
  if (!allCreated) {
    const reason = 'Velero is still creating the restored items; the exec hooks run beside it';
    return { phase: 'InProgress' as const, hookStatus, reason, final: false };
  }
  const until =
    wait === 'finalizing-bounded'
      ? 'until the hook tracker has a record of every hook, or --resource-timeout passes'
      : 'until the hook tracker has a record of every hook';
  const reason = `every item is restored: the Restore waits in Finalizing ${until}`;
  return { phase: 'Finalizing' as const, hookStatus, reason, final: false };
}

function statusOf(tracker: HookTracker): HookStatus | null {
  const stat = tracker.stat();
  return stat && { hooksAttempted: stat.hooksAttempted, hooksFailed: stat.hooksFailed };
}

/** An expiry and a hook that never ran are recorded as failed; a finished hook when it failed. */
function recordsFailure(e: SimulationEvent): boolean {
  return e.kind === 'hook-finished' ? e.error !== null : true;
}

const byStart = (a: SimulationPodInput, b: SimulationPodInput) =>
  a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : 0;

const podKey = (e: { namespace: string | null; pod: string | null }) =>
  `${e.namespace ?? ''}/${e.pod ?? ''}`;

/** Per pod (backup namespace/name), the key each hook id is recorded under. */
function podsByKey(
  pods: readonly SimulationPodInput[],
  version: VeleroVersion,
): Map<string, Map<string, HookKey>> {
  const out = new Map<string, Map<string, HookKey>>();
  for (const p of pods) {
    const keys = new Map<string, HookKey>();
    for (const [container, hooks] of p.byContainer) {
      hooks.forEach((h: ExecHook, position) => {
        keys.set(hookId(container, position), recordKeyOf(p, h, position, version));
      });
    }
    out.set(`${p.namespace}/${p.name}`, keys);
  }
  return out;
}
