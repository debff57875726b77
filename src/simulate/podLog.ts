import type { Duration, ExecHook } from '../model/types.ts';
import { makeEvent, type SimulationEvent, type SimulationEventData } from './events.ts';
import type { HookTracker } from './hookTracker.ts';
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
  ) {}

  /** Adds an error HandleHooks will return. */
  fail(error: string, unordered: boolean): void {
    this.errors.push(error);
    if (unordered) this.errorsUnordered = true;
  }

  /** `multiHookTracker.Record` with the created pod's namespace; a record that does not count is logged. */
  record(h: ExecHook, failed: boolean, at: Duration, unordered: boolean): void {
    const key = {
      namespace: this.input.targetNamespace,
      pod: this.input.name,
      container: h.container,
      source: h.hookSource,
      hookName: h.hookName,
      hookIndex: h.hookIndex,
    };
    const effect = this.tracker.record(key, failed);
    if (effect === 'counted') return;
    const data = {
      kind: 'record-ignored',
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
