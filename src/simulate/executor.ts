import { formatDuration } from '../go/duration.ts';
import { quoteGoString } from '../go/quote.ts';
import type { Duration, ExecHook } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { ExecResult } from './types.ts';

/** `pkg/podexec/pod_command_executor.go` defaultTimeout. */
export const DEFAULT_EXEC_TIMEOUT: Duration = 30_000_000_000n;

/** The pod as the executor sees it. */
export interface ExecutorPod {
  targetNamespace: string;
  name: string;
  containers: readonly string[];
}

export interface ExecutorOutcome {
  /** The executor's error text, or null on success. */
  error: string | null;
  /** Virtual time the call takes. */
  took: Duration;
  /** False when the executor refused the call before running anything. */
  ran: boolean;
  timedOut: boolean;
  /** The timeout the executor applied (0 or negative execTimeout: see resolveTimeout). */
  effectiveTimeout: Duration;
  /** Index of the scenario result used, or null (default: success, 0s). */
  resultIndex: number | null;
}

/** main's upper bound on an exec timeout (velero#10125). */
export const MAX_EXEC_TIMEOUT: Duration = 4n * 3_600_000_000_000n;

/**
 * The executor's timeout (`ExecutePodCommand`). Releases: 0 means the 30s default and a negative
 * timeout sets no timer at all (the call waits however long the command takes). main: 0 or
 * negative means 30s and anything over 4h is cut to 4h.
 */
export function resolveTimeout(timeout: Duration, version: VeleroVersion): Duration {
  if (version.behaviours.execTimeouts === 'clamped') {
    if (timeout <= 0n) return DEFAULT_EXEC_TIMEOUT;
    return timeout > MAX_EXEC_TIMEOUT ? MAX_EXEC_TIMEOUT : timeout;
  }
  return timeout === 0n ? DEFAULT_EXEC_TIMEOUT : timeout;
}

/**
 * Simulates `ExecutePodCommand` (`pkg/podexec/pod_command_executor.go`): argument checks in Go's
 * order, then the command's simulated result. On timeout the error is `timed out after <Go
 * duration>` and the call takes the timeout (the remote command is not killed).
 */
export function executePodCommand(
  hook: ExecHook,
  pod: ExecutorPod,
  version: VeleroVersion,
  results: readonly ExecResult[],
  used: Set<number>,
): ExecutorOutcome {
  const timeout = resolveTimeout(hook.execTimeout, version);
  const refused = (error: string): ExecutorOutcome => ({
    error,
    took: 0n,
    ran: false,
    timedOut: false,
    effectiveTimeout: timeout,
    resultIndex: null,
  });
  if (pod.targetNamespace === '') return refused('namespace is required');
  if (pod.name === '') return refused('name is required');
  if (hook.hookName === '') return refused('hookName is required');
  if (hook.container === '') {
    if (pod.containers.length === 0) return refused('need at least 1 container');
  } else if (!pod.containers.includes(hook.container)) {
    return refused(`no such container: ${quoteGoString(hook.container)}`);
  }
  if (hook.command.length === 0) return refused('command is required');

  const resultIndex = findResult(hook, results, used);
  const result = resultIndex === null ? undefined : results[resultIndex];
  if (resultIndex !== null) used.add(resultIndex);
  const duration = result?.duration ?? 0n;
  if (timeout > 0n && duration > timeout) {
    return {
      error: `timed out after ${formatDuration(timeout)}`,
      took: timeout,
      ran: true,
      timedOut: true,
      effectiveTimeout: timeout,
      resultIndex,
    };
  }
  return {
    error: result?.error ?? null,
    took: duration,
    ran: true,
    timedOut: false,
    effectiveTimeout: timeout,
    resultIndex,
  };
}

/** First unused scenario result whose given keys all match the hook (README "results"). */
export function findResult(
  hook: ExecHook,
  results: readonly ExecResult[],
  used: ReadonlySet<number>,
): number | null {
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r === undefined || used.has(i)) continue;
    if (r.hookName !== null && r.hookName !== hook.hookName) continue;
    if (r.container !== null && r.container !== hook.container) continue;
    if (r.hookIndex !== null && r.hookIndex !== hook.hookIndex) continue;
    if (r.command !== null && !sameStrings(r.command, hook.command)) continue;
    return i;
  }
  return null;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
