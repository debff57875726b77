import type { Duration, ExecHook } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { CancelCause, HookId } from './events.ts';
import { executePodCommand } from './executor.ts';
import type { PodLog } from './podLog.ts';
import type { ContextEnd, Execution, PodSnapshot, SimulationPodInput } from './types.ts';

export interface HookEntry {
  hook: ExecHook;
  /** The hook's position in its container's list (what 1.16.2–1.17.2 record it with). */
  position: number;
  /** What the hook's events name it by (see hookId). */
  id: HookId;
  /** HandleHooks' `executed` flag: set just before the expiry check. */
  executed: boolean;
}

/**
 * A hook's id in its pod: the container key in HandleHooks' input and the hook's 1-based place in
 * that container's list (`postgres#2`). Hooks may share a name; this never repeats in a pod.
 */
export function hookId(container: string, position: number): HookId {
  return `${container}#${position + 1}`;
}

/** A container's hooks still in HandleHooks' byContainer map. */
export interface ContainerEntry {
  key: string;
  hooks: HookEntry[];
}

/** Where one hook's run happens: the pod, its log, the scenario results already used. */
export interface HookRunContext {
  input: SimulationPodInput;
  version: VeleroVersion;
  log: PodLog;
  usedResults: Set<number>;
  stateIndex: number;
  /** Several containers are up in this state (Go map order). */
  unordered: boolean;
}

/** Whether any of the container's hooks waits for Ready (never before 1.13: there is no such field). */
export function waitsForReady(c: ContainerEntry, version: VeleroVersion): boolean {
  return version.behaviours.waitForReady && c.hooks.some((e) => e.hook.waitForReady);
}

/**
 * `isContainerUp` (WEH; `isContainerRunning` before 1.13): Ready if any of the container's hooks
 * waits for ready, else Running; no status = not up.
 */
export function isContainerUp(
  state: PodSnapshot,
  c: ContainerEntry,
  version: VeleroVersion,
): boolean {
  const status = state.containerStatuses.find((s) => s.name === c.key);
  if (status === undefined) return false;
  return waitsForReady(c, version) ? status.ready : status.state === 'running';
}

/** `Hook …` up to 1.10.3, `hook …` after (WEH's error texts). */
function hookWord(version: VeleroVersion): string {
  return version.behaviours.messageCase;
}

/**
 * One iteration of HandleHooks' hook loop (`internal/hook/wait_exec_hook_handler.go`): mark it
 * executed, the per-hook wait-timeout check (an expired hook still runs unless onError is Fail), the
 * executor call, the error and the tracker record. Returns the new time and why the watch is
 * cancelled, if it is.
 */
export function runHook(
  ctx: HookRunContext,
  entry: HookEntry,
  at: Duration,
): { now: Duration; cancel: CancelCause | null } {
  const { input, log, unordered } = ctx;
  entry.executed = true;
  const h = entry.hook;
  const hookId = entry.id;
  const elapsed = at - input.startAt;
  if (h.waitTimeout !== 0n && elapsed > h.waitTimeout) {
    const error = `${hookWord(ctx.version)} ${h.hookName} in container ${h.container} expired before executing`;
    log.fail(error, h.onError, unordered);
    const { hookName, container, waitTimeout, onError } = h;
    log.emit(
      { kind: 'hook-expired', hookId, container, hookName, waitTimeout, elapsed, onError, error },
      at,
      unordered,
    );
    log.record(entry, true, at, unordered);
    if (h.onError === 'Fail') return { now: at, cancel: 'hook-expired' };
  }
  const out = executePodCommand(h, input, ctx.version, input.results, ctx.usedResults);
  const end = at + out.took;
  log.emit(
    {
      kind: 'hook-started',
      hookId,
      container: h.container,
      hookName: h.hookName,
      command: h.command,
      timeout: h.execTimeout,
      effectiveTimeout: out.effectiveTimeout,
    },
    at,
    unordered,
  );
  log.executions.push(execution(ctx, h, at, end, out.error));
  const { ran, timedOut, took } = out;
  const finished = { hookId, container: h.container, hookName: h.hookName, onError: h.onError };
  log.emit(
    { kind: 'hook-finished', ...finished, error: out.error, ran, timedOut, took },
    end,
    unordered,
  );
  if (out.error !== null) {
    const error = ctx.version.behaviours.execErrorWrapped
      ? `hook ${h.hookName} in container ${h.container} failed to execute, err: ${out.error}`
      : out.error;
    log.fail(error, h.onError, unordered);
  }
  log.record(entry, out.error !== null, end, unordered);
  const cancel = out.error !== null && h.onError === 'Fail' ? 'hook-failed' : null;
  return { now: end, cancel };
}

function execution(
  ctx: HookRunContext,
  h: ExecHook,
  at: Duration,
  end: Duration,
  error: string | null,
): Execution {
  const e: Execution = {
    hookName: h.hookName,
    hookSource: h.hookSource,
    hookIndex: h.hookIndex,
    container: h.container,
    command: h.command,
    onError: h.onError,
    timeout: h.execTimeout,
    atState: ctx.stateIndex,
    startedAt: at - ctx.input.startAt,
    endedAt: end - ctx.input.startAt,
  };
  if (error !== null) e.error = error;
  if (ctx.unordered) e.orderNotGuaranteed = true;
  return e;
}

/** The end of HandleHooks: every hook not executed gets `not executed: <ctx.Err()>` and is recorded failed. */
export function reportUnexecuted(
  log: PodLog,
  input: SimulationPodInput,
  version: VeleroVersion,
  remaining: readonly ContainerEntry[],
  reason: ContextEnd,
  at: Duration,
): void {
  const pending = remaining.filter((c) => c.hooks.some((e) => !e.executed));
  const unordered = pending.length > 1;
  const pod = `${input.targetNamespace}/${input.name}`;
  for (const c of pending) {
    for (const entry of c.hooks.filter((e) => !e.executed)) {
      const h = entry.hook;
      const error = `${hookWord(version)} ${h.hookName} in container ${h.container} in pod ${pod} not executed: ${reason}`;
      log.fail(error, h.onError, unordered);
      const data = {
        kind: 'hook-not-executed',
        hookId: entry.id,
        container: h.container,
        hookName: h.hookName,
      } as const;
      log.emit({ ...data, reason, error }, at, unordered);
      log.record(entry, true, at, unordered);
    }
  }
}

/** One line describing a delivered state, for the event log. */
export function summarizeState(state: PodSnapshot): string {
  if (state.deleted) return 'the pod is deleted';
  const statuses = state.containerStatuses.map(
    (s) => `${s.name} ${s.state}${s.ready ? ' ready' : ''}`,
  );
  const phase = state.phase === null ? '' : `phase ${state.phase}; `;
  return `${phase}${statuses.length === 0 ? 'no container statuses' : statuses.join(', ')}`;
}
