import type { HookSource } from '../model/types.ts';
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

/** What a Record call did: counted (first record of a known key), duplicate, or unknown key. */
export type RecordEffect = 'counted' | 'already-recorded' | 'unknown-key';

/**
 * Velero's per-restore `HookTracker` (`internal/hook/hook_tracker.go`): Add counts new keys only,
 * the first Record of a known key wins, and a Record of an unknown key is only a warning.
 */
export class HookTracker {
  private readonly status = new Map<string, { executed: boolean; failed: boolean }>();
  private attempted = 0;
  private executed = 0;
  private failed = 0;

  /** `HookTracker.Add`. Returns true when the key was new. */
  add(key: HookKey): boolean {
    const k = keyString(key);
    if (this.status.has(k)) return false;
    this.status.set(k, { executed: false, failed: false });
    this.attempted++;
    return true;
  }

  /** `HookTracker.Record`: only the first record of a key that was added counts. */
  record(key: HookKey, failed: boolean): RecordEffect {
    const s = this.status.get(keyString(key));
    if (!s) return 'unknown-key';
    if (s.executed) return 'already-recorded';
    s.executed = true;
    s.failed = failed;
    this.executed++;
    if (failed) this.failed++;
    return 'counted';
  }

  /** `HookTracker.Stat` + `IsComplete`. An empty tracker is complete (MultiHookTracker has no entry). */
  stat(): TrackerStat {
    return {
      hooksAttempted: this.attempted,
      hooksFailed: this.failed,
      complete: this.attempted === this.executed,
    };
  }
}

function keyString(k: HookKey): string {
  return JSON.stringify([k.namespace, k.pod, k.container, k.source, k.hookName, k.hookIndex]);
}
