import type { Duration, HookSource } from '../model/types.ts';
import type { ExecHook } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { SimulationPodInput, TrackerStat } from './types.ts';

/** A restore hook's tracker key (`internal/hook/hook_tracker.go` hookKey; the phase is always empty). */
export interface HookKey {
  namespace: string;
  pod: string;
  container: string;
  source: HookSource;
  hookName: string;
  hookIndex: number;
}

/** What a Record call did: counted, overwrote an earlier record, ignored as a duplicate, or unknown key. */
export type RecordEffect = 'counted' | 'overwritten' | 'already-recorded' | 'unknown-key';

interface KeyStatus {
  executed: boolean;
  failed: boolean;
}

/**
 * Velero's per-restore `HookTracker` (`internal/hook/hook_tracker.go`) as the chosen release has it:
 * the key carries the hook index from 1.16.2; on 1.13 every Record overwrites and "attempted"
 * counts recorded keys; from 1.14 the first Record wins and "attempted" counts added keys. A Record
 * of an unknown key is only a warning. Before 1.13 there is no tracker (`stat()` is null).
 */
export class HookTracker {
  private readonly status = new Map<string, KeyStatus>();
  /** Keys recorded at least once, and those of them whose record counts as failed. */
  private recorded = 0;
  private failed = 0;
  /** When the last still-missing key was first recorded; null while some key never was. */
  private lastFirstRecordAt: Duration = 0n;

  constructor(private readonly version: VeleroVersion) {}

  /** `HookTracker.Add`. Returns true when the key was new. */
  add(key: HookKey): boolean {
    const k = this.keyString(key);
    if (this.status.has(k)) return false;
    this.status.set(k, { executed: false, failed: false });
    return true;
  }

  /** `HookTracker.Record` at virtual time `at`. */
  record(key: HookKey, failed: boolean, at: Duration): RecordEffect {
    const s = this.status.get(this.keyString(key));
    if (!s) return 'unknown-key';
    const lastWins = this.version.behaviours.hookTracker === 'last-record-wins';
    if (s.executed && !lastWins) return 'already-recorded';
    const effect = s.executed ? 'overwritten' : 'counted';
    if (!s.executed && at > this.lastFirstRecordAt) this.lastFirstRecordAt = at;
    if (!s.executed) this.recorded++;
    if (s.failed !== failed) this.failed += failed ? 1 : -1;
    s.executed = true;
    s.failed = failed;
    return effect;
  }

  /** `HookTracker.Stat` + `IsComplete`; null on releases without a tracker. */
  stat(): TrackerStat | null {
    const mode = this.version.behaviours.hookTracker;
    if (mode === 'none') return null;
    const added = this.status.size;
    return {
      hooksAttempted: mode === 'last-record-wins' ? this.recorded : added,
      hooksFailed: this.failed,
      complete: this.recorded === added,
    };
  }

  /** When the tracker became complete (every added key recorded); null if it never does. */
  completedAt(): Duration | null {
    const all = [...this.status.values()];
    return all.every((s) => s.executed) ? this.lastFirstRecordAt : null;
  }

  private keyString(k: HookKey): string {
    const parts: (string | number)[] = [k.namespace, k.pod, k.container, k.source, k.hookName];
    if (this.version.behaviours.trackerKeyHasHookIndex) parts.push(k.hookIndex);
    return JSON.stringify(parts);
  }
}

/**
 * The tracker key of a hook of a created pod (`hookKey` in HT): the target namespace, and the
 * index given (Record passes the list position on 1.16.2–1.17.2, see PodLog.record).
 */
export function buildHookTrackerKey(
  pod: SimulationPodInput,
  h: ExecHook,
  hookIndex: number,
): HookKey {
  return {
    namespace: pod.targetNamespace,
    pod: pod.name,
    container: h.container,
    source: h.hookSource,
    hookName: h.hookName,
    hookIndex,
  };
}

/**
 * The key HandleHooks records a hook under (`HookTracker.Record` in WEH): on 1.16.2–1.17.2 it passes
 * the hook's 0-based position in its container's list instead of its index (velero#9359).
 */
export function recordKeyOf(
  pod: SimulationPodInput,
  h: ExecHook,
  position: number,
  version: VeleroVersion,
): HookKey {
  const byPosition = version.behaviours.recordIndex === 'list-position';
  return buildHookTrackerKey(pod, h, byPosition ? position : h.hookIndex);
}

/**
 * What `GroupRestoreExecHooks` (`internal/hook/item_hook_handler.go`) does for a created pod:
 * `HookTracker.Add` for every grouped hook. A pod Velero does not create adds nothing.
 */
export function addPodHooks(tracker: HookTracker, pod: SimulationPodInput): void {
  if (pod.notRestored !== null) return;
  for (const hooks of pod.byContainer.values()) {
    for (const h of hooks) tracker.add(buildHookTrackerKey(pod, h, h.hookIndex));
  }
}
