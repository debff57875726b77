import type { Duration, HookSource } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { TrackerStat } from './types.ts';

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
    s.executed = true;
    s.failed = failed;
    return effect;
  }

  /** `HookTracker.Stat` + `IsComplete`; null on releases without a tracker. */
  stat(): TrackerStat | null {
    const mode = this.version.behaviours.hookTracker;
    if (mode === 'none') return null;
    const all = [...this.status.values()];
    const recorded = all.filter((s) => s.executed);
    return {
      hooksAttempted: mode === 'last-record-wins' ? recorded.length : all.length,
      hooksFailed: recorded.filter((s) => s.failed).length,
      complete: recorded.length === all.length,
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
