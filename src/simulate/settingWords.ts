/**
 * A hook's onError, execTimeout and waitTimeout in words, Go zero values included: what each acts as
 * in Velero on the chosen release (`pkg/podexec/pod_command_executor.go` ExecutePodCommand,
 * `internal/hook/wait_exec_hook_handler.go` HandleHooks), for the timeline and its explanations.
 */
import { formatDuration } from '../go/duration.ts';
import type { ExecHook } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { resolveTimeout } from './executor.ts';

/** Each setting as a phrase that starts with its name: `execTimeout unset (acts as 30s)`. */
export interface HookSettingWords {
  onError: string;
  execTimeout: string;
  waitTimeout: string;
}

/**
 * `onError` in words: only exactly `Fail` stops the pod's other hooks; `''` (unset, or any other
 * annotation value) acts as Continue (HandleHooks), though the executor logs it as Fail.
 */
export function describeOnError(onError: string): string {
  return onError === '' ? 'onError unset (acts as Continue)' : `onError ${onError}`;
}

/**
 * `execTimeout` in words, as ExecutePodCommand applies it on `version`: 0 is its 30s default; a
 * negative one starts no timer on releases, and is the default on main, which also cuts it to 4h.
 */
export function describeExecTimeout(timeout: bigint, version: VeleroVersion): string {
  return execTimeoutWords(timeout, resolveTimeout(timeout, version));
}

/** `execTimeout` in words, given the timeout the executor applies for it (`resolveTimeout`). */
export function execTimeoutWords(timeout: bigint, applied: bigint): string {
  const fmt = formatDuration;
  if (timeout === 0n) return `execTimeout unset (acts as ${fmt(applied)})`;
  if (applied < 0n) return `execTimeout ${fmt(timeout)} (no timer: the command may run for ever)`;
  if (applied !== timeout) return `execTimeout ${fmt(timeout)} (acts as ${fmt(applied)})`;
  return `execTimeout ${fmt(timeout)}`;
}

/**
 * `waitTimeout` in words (HandleHooks, maxHookWait): 0 never expires and leaves the pod's watch with
 * no deadline of its own, so it waits as long as the restore's hooks wait; a negative one has no
 * deadline either, but the hook is always expired, so it is recorded as failed.
 */
export function describeWaitTimeout(timeout: bigint): string {
  if (timeout === 0n)
    return "waitTimeout unset (never expires: waits as long as the restore's hooks wait)";
  if (timeout < 0n)
    return `waitTimeout ${formatDuration(timeout)} (always expired: recorded as failed, and the pod's watch has no deadline)`;
  return `waitTimeout ${formatDuration(timeout)}`;
}

/** The three settings of `hook` in words, as Velero `version` acts on them. */
export function describeHookSettings(
  hook: Pick<ExecHook, 'onError' | 'execTimeout' | 'waitTimeout'>,
  version: VeleroVersion,
): HookSettingWords {
  return {
    onError: describeOnError(hook.onError),
    execTimeout: describeExecTimeout(hook.execTimeout, version),
    waitTimeout: describeWaitTimeout(hook.waitTimeout),
  };
}
