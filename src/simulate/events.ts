/**
 * The simulation's teaching log: one event per thing Velero's `HandleHooks` does, for the timeline
 * UI and the CLI text output. The wording lives here; `simulate*.ts` only decides what happens.
 * Each event names the rule of `velero-semantics.md` it illustrates.
 */
import { formatDuration } from '../go/duration.ts';
import type { Duration, OnError } from '../model/types.ts';
import { describeOnError, execTimeoutWords } from './settingWords.ts';
import type { ContextEnd, HookStatus, RestoreOutcome } from './types.ts';

/** Why a pod's watch was cancelled from inside (the handler or the delete callback). */
export type CancelCause = 'deleted' | 'phase' | 'hook-failed' | 'hook-expired' | 'all-done';

/**
 * Which hook of its pod an event is about: the container key in HandleHooks' input and the hook's
 * 1-based place in that container's list, as `postgres#2` (see hook.ts hookId).
 */
export type HookId = string;

/** The data of each event kind, without the common fields. */
export type SimulationEventData =
  | { kind: 'pod-not-restored'; reason: string }
  | { kind: 'hook-dropped'; hookId: HookId; container: string; hookName: string; sidecar: boolean }
  | {
      kind: 'watch-start';
      maxWait: Duration;
      hooks: number;
      containers: number;
      unboundedBy: string | null;
      alreadyEnded: ContextEnd | null;
    }
  | { kind: 'state-delivered'; stateIndex: number; summary: string }
  | {
      kind: 'container-up';
      container: string;
      stateIndex: number;
      waitForReady: boolean;
      hooks: number;
    }
  | {
      kind: 'hook-expired';
      hookId: HookId;
      container: string;
      hookName: string;
      waitTimeout: Duration;
      elapsed: Duration;
      onError: OnError;
      error: string;
    }
  | {
      kind: 'hook-started';
      hookId: HookId;
      container: string;
      hookName: string;
      command: string[];
      timeout: Duration;
      effectiveTimeout: Duration;
    }
  | {
      kind: 'hook-finished';
      hookId: HookId;
      container: string;
      hookName: string;
      error: string | null;
      ran: boolean;
      timedOut: boolean;
      took: Duration;
      onError: OnError;
    }
  | {
      kind: 'record-ignored';
      hookId: HookId;
      container: string;
      hookName: string;
      effect: 'already-recorded' | 'unknown-key';
    }
  | { kind: 'watch-cancelled'; cause: CancelCause; hookName: string | null; phase: string | null }
  | { kind: 'deadline'; scope: 'pod' | 'restore'; limit: Duration }
  | { kind: 'shared-context-cancelled'; causedBy: string | null }
  | {
      kind: 'hook-not-executed';
      hookId: HookId;
      container: string;
      hookName: string;
      reason: ContextEnd;
      error: string;
    }
  | { kind: 'watch-end'; errors: number; relative: Duration; noHooks: boolean }
  | {
      kind: 'restore-finalized';
      outcome: RestoreOutcome;
      /** What `status.hookStatus` gets; null when Velero never writes it. */
      hookStatus: HookStatus | null;
      reason: string;
    };

export type SimulationEventKind = SimulationEventData['kind'];

interface EventCommon {
  /** Absolute virtual time. */
  at: Duration;
  /** The pod (backup namespace/name); null for restore-wide events. */
  namespace: string | null;
  pod: string | null;
  explanation: string;
  /** Number of the rule in `velero-semantics.md` this event illustrates. */
  rule: number;
  /** Go does this in map order: the position of this event among its siblings is not guaranteed. */
  orderNotGuaranteed?: boolean;
}

export type SimulationEvent = SimulationEventData & EventCommon;

const fmt = formatDuration;

/** Builds an event: picks the rule and writes the one-line explanation for its data. */
export function makeEvent(
  data: SimulationEventData,
  at: Duration,
  pod: { namespace: string; name: string } | null,
  orderNotGuaranteed = false,
): SimulationEvent {
  const [rule, explanation] = describe(data);
  const event: SimulationEvent = {
    ...data,
    at,
    namespace: pod?.namespace ?? null,
    pod: pod?.name ?? null,
    explanation,
    rule,
  };
  if (orderNotGuaranteed) event.orderNotGuaranteed = true;
  return event;
}

function describe(d: SimulationEventData): [number, string] {
  switch (d.kind) {
    case 'pod-not-restored':
      return [38, `the pod is not created (${d.reason}), so HandleHooks never runs for it`];
    case 'hook-dropped':
      return [
        27,
        d.sidecar
          ? `hook ${d.hookName} targets native sidecar ${d.container}: HandleHooks only looks at spec.containers, so it is dropped and never recorded`
          : `hook ${d.hookName} targets container ${d.container}, which is not in spec.containers: dropped and never recorded`,
      ];
    case 'watch-start':
      return [28, watchStart(d)];
    case 'state-delivered':
      return [30, `state ${d.stateIndex} delivered: ${d.summary}`];
    case 'container-up':
      return [
        29,
        `container ${d.container} is up (${d.waitForReady ? 'Ready, because one of its hooks has waitForReady' : 'Running'}) in state ${d.stateIndex}: its ${plural(d.hooks, 'hook')} run now, one after another`,
      ];
    case 'hook-expired':
      return [
        32,
        `hook ${d.hookName}: ${fmt(d.elapsed)} since the watch started is more than its waitTimeout ${fmt(d.waitTimeout)}; recorded as failed` +
          (d.onError === 'Fail'
            ? ' and, with onError Fail, not run'
            : `, and still run: ${describeOnError(d.onError)}`),
      ];
    case 'hook-started':
      return [
        33,
        `exec ${JSON.stringify(d.command)} in ${d.container} (hook ${d.hookName}), ${execTimeoutWords(d.timeout, d.effectiveTimeout)}`,
      ];
    case 'hook-finished':
      return hookFinished(d);
    case 'record-ignored':
      return [
        37,
        d.effect === 'already-recorded'
          ? `hook ${d.hookName}: the tracker already has a record for this key; only the first one counts`
          : `hook ${d.hookName}: its key was never added to the tracker, so the record is only a warning`,
      ];
    case 'watch-cancelled':
      return [cancelRule(d.cause), cancelled(d)];
    case 'deadline':
      return d.scope === 'pod'
        ? [
            28,
            `maxWait ${fmt(d.limit)} reached: the watch context ends with "context deadline exceeded"`,
          ]
        : [
            36,
            `the restore-wide hooks context reached its ${fmt(d.limit)} timeout: "context deadline exceeded"`,
          ];
    case 'shared-context-cancelled':
      return [
        36,
        d.causedBy === null
          ? 'the restore-wide hooks context is cancelled: "context canceled"'
          : `the restore-wide hooks context was cancelled because pod ${d.causedBy} returned errors: "context canceled"`,
      ];
    case 'hook-not-executed':
      return [
        35,
        `hook ${d.hookName} in ${d.container} never ran (${d.reason}): recorded as failed`,
      ];
    case 'watch-end':
      return [d.noHooks ? 27 : 36, watchEnd(d)];
    case 'restore-finalized':
      return [37, finalized(d)];
  }
}

function watchStart(d: Extract<SimulationEventData, { kind: 'watch-start' }>): string {
  const what = `watching the pod for ${plural(d.hooks, 'hook')} in ${plural(d.containers, 'container')}`;
  const limit =
    d.unboundedBy !== null
      ? `no deadline of its own (hook ${d.unboundedBy} has waitTimeout <= 0)`
      : `maxWait ${fmt(d.maxWait)} (the largest waitTimeout)`;
  const ended =
    d.alreadyEnded === null
      ? ''
      : `; the restore-wide context has already ended (${d.alreadyEnded})`;
  return `${what}; ${limit}${ended}`;
}

function hookFinished(
  d: Extract<SimulationEventData, { kind: 'hook-finished' }>,
): [number, string] {
  if (d.error === null) return [33, `hook ${d.hookName} succeeded after ${fmt(d.took)}`];
  const what = !d.ran
    ? `the executor refused hook ${d.hookName} without running anything: ${d.error}`
    : d.timedOut
      ? `hook ${d.hookName} ${d.error} (the command is not killed)`
      : `hook ${d.hookName} failed after ${fmt(d.took)}: ${d.error}`;
  const then =
    d.onError === 'Fail'
      ? 'onError Fail: the watch is cancelled'
      : `${describeOnError(d.onError)}: the next hooks still run, but the failure counts`;
  return [d.timedOut || !d.ran ? 33 : 34, `${what}; ${then}`];
}

function watchEnd(d: Extract<SimulationEventData, { kind: 'watch-end' }>): string {
  if (d.noHooks) return 'HandleHooks returns at once: no hooks are left, nothing is recorded';
  if (d.errors === 0) return `HandleHooks returns after ${fmt(d.relative)} with no errors`;
  return `HandleHooks returns after ${fmt(d.relative)} with ${plural(d.errors, 'error')}: Velero cancels the restore-wide hooks context`;
}

function finalized(d: Extract<SimulationEventData, { kind: 'restore-finalized' }>): string {
  const s = d.hookStatus;
  const counts =
    s === null
      ? 'no hookStatus'
      : `HooksAttempted ${s.hooksAttempted}, HooksFailed ${s.hooksFailed}`;
  return `${counts}: ${d.reason}`;
}

function cancelled(d: Extract<SimulationEventData, { kind: 'watch-cancelled' }>): string {
  switch (d.cause) {
    case 'deleted':
      return 'the pod was deleted: the watch is cancelled';
    case 'phase':
      return `the pod entered phase ${d.phase ?? ''} before the hooks ran: the watch is cancelled`;
    case 'hook-expired':
      return `hook ${d.hookName ?? ''} expired with onError Fail: the watch is cancelled`;
    case 'hook-failed':
      return `hook ${d.hookName ?? ''} failed with onError Fail: the watch is cancelled`;
    case 'all-done':
      return 'every container has run its hooks: the watch ends';
  }
}

function cancelRule(cause: CancelCause): number {
  if (cause === 'deleted' || cause === 'phase') return 31;
  if (cause === 'hook-expired') return 32;
  if (cause === 'hook-failed') return 34;
  return 30;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
