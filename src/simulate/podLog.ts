import type { Duration, OnError } from '../model/types.ts';
import { makeEvent, type SimulationEvent, type SimulationEventData } from './events.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { HookEntry } from './hook.ts';
import { recordKeyOf, type HookTracker } from './hookTracker.ts';
import type { Execution, SimulationPodInput } from './types.ts';

/**
 * What one pod's HandleHooks leaves behind: the errors it returns, the executor calls, the tracker
 * records (`HookTracker.Record` in `internal/hook/wait_exec_hook_handler.go`) and the event log.
 */
export class PodLog {
  readonly errors: string[] = [];
  readonly executions: Execution[] = [];
  readonly events: SimulationEvent[] = [];
  /** True once part of `errors` follows Go map order. */
  errorsUnordered = false;

  constructor(
    private readonly input: SimulationPodInput,
    private readonly tracker: HookTracker,
    private readonly version: VeleroVersion,
  ) {}

  /**
   * Adds an error HandleHooks returns. Up to 1.12 it returns only the errors of `onError: Fail`
   * hooks; the others are only logged (velero#7022).
   */
  fail(error: string, onError: OnError, unordered: boolean): void {
    if (this.version.behaviours.returnedErrors === 'fail-only' && onError !== 'Fail') return;
    this.errors.push(error);
    if (unordered) this.errorsUnordered = true;
  }

  /**
   * `multiHookTracker.Record` with the created pod's namespace; a record that does not count is
   * logged. On 1.16.2–1.17.2 Velero passes the hook's position in its container's list, not its
   * index (velero#9359). Releases before 1.13 have no tracker.
   */
  record(entry: HookEntry, failed: boolean, at: Duration, unordered: boolean): void {
    if (this.version.behaviours.hookTracker === 'none') return;
    const { hook: h, position } = entry;
    const key = recordKeyOf(this.input, h, position, this.version);
    const effect = this.tracker.record(key, failed, at);
    if (effect === 'counted' || effect === 'overwritten') return;
    const data = {
      kind: 'record-ignored',
      hookId: entry.id,
      container: h.container,
      hookName: h.hookName,
      effect,
    } as const;
    this.emit(data, at, unordered);
  }

  emit(data: SimulationEventData, at: Duration, unordered = false): void {
    const pod = { namespace: this.input.namespace, name: this.input.name };
    this.events.push(makeEvent(data, at, pod, unordered));
  }

  /** The events in time order (emission order among equal times). */
  sortedEvents(): SimulationEvent[] {
    return [...this.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
}
