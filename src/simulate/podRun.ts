/**
 * One pod's `DefaultWaitExecHookHandler.HandleHooks` (`internal/hook/wait_exec_hook_handler.go`) as a
 * state machine driven by `simulate.ts`: start (drop hooks, maxHookWait), one handler call per
 * delivered state, and the return (unexecuted hooks). Containers are visited in spec.containers
 * order where Go uses map order; such events are marked `orderNotGuaranteed`.
 */
import type { Duration } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { CancelCause } from './events.ts';
import {
  hookId,
  isContainerUp,
  waitsForReady,
  reportUnexecuted,
  runHook,
  summarizeState,
  type ContainerEntry,
} from './hook.ts';
import { PodLog } from './podLog.ts';
import type { HookTracker } from './hookTracker.ts';
import type { ContextEnd, PodSimulation, SimulationPodInput } from './types.ts';

/** The end of a context: when, `ctx.Err()`, and what ended it. */
export interface ContextEnding {
  at: Duration;
  reason: ContextEnd;
  source: 'pod-deadline' | 'shared-deadline' | 'shared-cancel' | 'local';
  /** For a shared cancel caused by a pod's errors: that pod (namespace/name). */
  causedBy: string | null;
}

/** What the driver should do next for this pod. */
export interface NextStep {
  at: Duration;
  kind: 'return' | 'start' | 'deliver';
}

const max = (a: Duration, b: Duration): Duration => (a > b ? a : b);

/** The simulated HandleHooks call of one pod. */
export class PodRun {
  status: 'pending' | 'watching' | 'returned' = 'pending';
  private remaining: ContainerEntry[] = [];
  private maxWait: Duration | null = null;
  private nextState = 0;
  /** When the handler is free again (it runs synchronously, taking virtual time). */
  private readyAt: Duration;
  private localCancelAt: Duration | null = null;
  private returnedAt: Duration | null = null;
  private contextEnd: ContextEnd | null = null;
  private readonly log: PodLog;
  private readonly usedResults = new Set<number>();

  constructor(
    readonly input: SimulationPodInput,
    tracker: HookTracker,
    private readonly version: VeleroVersion,
  ) {
    this.readyAt = input.startAt;
    this.log = new PodLog(input, tracker, version);
  }

  private get start(): Duration {
    return this.input.startAt;
  }

  /** The next thing that happens to this pod, given the shared context's end (null: it waits). */
  next(shared: ContextEnding | null): NextStep | null {
    if (this.status === 'returned') return null;
    if (this.status === 'pending') return { at: this.start, kind: 'start' };
    if (this.localCancelAt !== null) return { at: this.readyAt, kind: 'return' };
    const end = this.endOfContext(shared);
    const state = this.input.timeline[this.nextState];
    const delivery = state === undefined ? null : max(this.start + state.at, this.readyAt);
    if (end !== null && (delivery === null || end.at <= delivery)) {
      return { at: max(end.at, this.readyAt), kind: 'return' };
    }
    return delivery === null ? null : { at: delivery, kind: 'deliver' };
  }

  /** HandleHooks starts: drop hooks for missing containers (podHasContainer), then maxHookWait. */
  begin(shared: ContextEnding | null): void {
    const p = this.input;
    if (p.notRestored !== null) {
      this.log.emit({ kind: 'pod-not-restored', reason: p.notRestored }, this.start);
      this.status = 'returned';
      return;
    }
    for (const [key, hooks] of p.byContainer) {
      if (p.containers.includes(key)) {
        const entries = hooks.map((hook, position) => ({
          hook,
          position,
          id: hookId(key, position),
          executed: false,
        }));
        this.remaining.push({ key, hooks: entries });
        continue;
      }
      const sidecar = p.sidecars.includes(key);
      hooks.forEach((h, position) => {
        const id = hookId(key, position);
        this.log.emit(
          { kind: 'hook-dropped', hookId: id, container: key, hookName: h.hookName, sidecar },
          this.start,
        );
      });
    }
    this.remaining.sort((a, b) => p.containers.indexOf(a.key) - p.containers.indexOf(b.key));
    if (this.remaining.length === 0) {
      this.log.emit({ kind: 'watch-end', errors: 0, relative: 0n, noHooks: true }, this.start);
      this.status = 'returned';
      this.returnedAt = this.start;
      return;
    }
    const hooks = this.remaining.flatMap((c) => c.hooks.map((e) => e.hook));
    const unbounded = hooks.find((h) => h.waitTimeout <= 0n);
    this.maxWait = unbounded ? 0n : hooks.reduce((m, h) => max(m, h.waitTimeout), 0n);
    this.status = 'watching';
    this.log.emit(
      {
        kind: 'watch-start',
        maxWait: this.maxWait,
        hooks: hooks.length,
        containers: this.remaining.length,
        unboundedBy: unbounded?.hookName ?? null,
        alreadyEnded: shared !== null && shared.at <= this.start ? shared.reason : null,
      },
      this.start,
    );
  }

  /** The informer delivers the next state and the handler runs. */
  deliver(at: Duration): void {
    const stateIndex = this.nextState++;
    const state = this.input.timeline[stateIndex];
    if (state === undefined) return;
    this.log.emit({ kind: 'state-delivered', stateIndex, summary: summarizeState(state) }, at);
    if (state.deleted) return this.cancel(at, 'deleted');
    if (state.phase === 'Succeeded' || state.phase === 'Failed')
      return this.cancel(at, 'phase', null, state.phase);
    let now = at;
    const up = this.remaining.filter((c) => isContainerUp(state, c, this.version));
    const unordered = up.length > 1;
    const ctx = {
      input: this.input,
      version: this.version,
      log: this.log,
      usedResults: this.usedResults,
      stateIndex,
      unordered,
    };
    for (const c of up) {
      const hooks = c.hooks.map((e) => e.hook);
      const waitForReady = waitsForReady(c, this.version);
      const data = {
        kind: 'container-up',
        container: c.key,
        stateIndex,
        waitForReady,
        hooks: hooks.length,
      } as const;
      this.log.emit(data, now, unordered);
      for (const entry of c.hooks) {
        const ran = runHook(ctx, entry, now);
        now = ran.now;
        if (ran.cancel !== null) return this.cancel(now, ran.cancel, entry.hook.hookName);
      }
      this.remaining = this.remaining.filter((r) => r !== c);
    }
    this.readyAt = now;
    if (this.remaining.length === 0) this.cancel(now, 'all-done');
  }

  /** The watch returns: every hook not executed is reported with `ctx.Err()` and recorded as failed. */
  finish(at: Duration, shared: ContextEnding | null): void {
    const end = this.endOfContext(shared);
    if (end !== null) this.contextEnd = end.reason;
    // A context that had ended before the watch started is told by the watch-start event.
    if (end !== null && end.at > this.start) {
      if (end.source === 'pod-deadline') {
        this.log.emit({ kind: 'deadline', scope: 'pod', limit: this.maxWait ?? 0n }, end.at);
      } else if (end.source === 'shared-deadline') {
        this.log.emit({ kind: 'deadline', scope: 'restore', limit: end.at }, end.at);
      } else if (end.source === 'shared-cancel') {
        this.log.emit({ kind: 'shared-context-cancelled', causedBy: end.causedBy }, end.at);
      }
    }
    const reason = end?.reason ?? 'context canceled';
    reportUnexecuted(this.log, this.input, this.version, this.remaining, reason, at);
    this.status = 'returned';
    this.returnedAt = at;
    const errors = this.log.errors.length;
    this.log.emit({ kind: 'watch-end', errors, relative: at - this.start, noHooks: false }, at);
  }

  /** Earliest of: the pod's maxWait deadline, the shared context's end, a local cancel (ties: that order). */
  private endOfContext(shared: ContextEnding | null): ContextEnding | null {
    const ends: ContextEnding[] = [];
    if (this.maxWait !== null && this.maxWait > 0n) {
      const at = this.start + this.maxWait;
      ends.push({
        at,
        reason: 'context deadline exceeded',
        source: 'pod-deadline',
        causedBy: null,
      });
    }
    if (shared !== null) ends.push(shared);
    if (this.localCancelAt !== null) {
      ends.push({
        at: this.localCancelAt,
        reason: 'context canceled',
        source: 'local',
        causedBy: null,
      });
    }
    return ends.reduce<ContextEnding | null>(
      (best, e) => (best === null || e.at < best.at ? e : best),
      null,
    );
  }

  /** Whether HandleHooks returned errors (Velero then cancels the restore-wide context). */
  hasErrors(): boolean {
    return this.status === 'returned' && this.log.errors.length > 0;
  }

  /** The pod's result, with its events in time order. */
  result(): PodSimulation {
    const p = this.input;
    const returnedAt = this.status === 'returned' ? this.returnedAt : null;
    return {
      namespace: p.namespace,
      name: p.name,
      restored: p.notRestored === null,
      targetNamespace: p.targetNamespace,
      startAt: p.startAt,
      maxWait: this.maxWait,
      executions: this.log.executions,
      errors: this.log.errors,
      errorsOrderNotGuaranteed: this.log.errorsUnordered,
      watchEndsAt: returnedAt === null ? null : returnedAt - p.startAt,
      contextEnd: this.contextEnd,
      sharedContextCanceled: returnedAt !== null && this.log.errors.length > 0,
      events: this.log.sortedEvents(),
    };
  }

  private cancel(
    at: Duration,
    cause: CancelCause,
    hookName: string | null = null,
    phase: string | null = null,
  ): void {
    this.localCancelAt = at;
    this.readyAt = max(this.readyAt, at);
    this.log.emit({ kind: 'watch-cancelled', cause, hookName, phase }, at);
  }
}
