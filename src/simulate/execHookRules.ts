/**
 * The exec-hook rules of the project's Velero semantics notes (`velero-semantics.md`, rules 26 to
 * 38) that the simulation's events cite (`events.ts`): a one-line summary, the rule in plain words,
 * the Velero code it comes from, and the version behaviours that change it. The texts describe the
 * default release (DEFAULT_RELEASE); `listRuleDifferences` says what another release does instead.
 */
import { BEHAVIOURS, type Behaviour, type BehaviourId } from '../versions/behaviours.ts';
import { DEFAULT_RELEASE } from '../versions/releases.ts';
import { changeAt } from '../versions/versionModel.ts';

/** A Velero function and the file it is in, relative to the Velero repository. */
export interface VeleroSource {
  function: string;
  file: string;
}

export interface ExecHookRule {
  rule: number;
  /** One line, for the timeline's current event. */
  summary: string;
  /** Two to five sentences in plain words: what Velero does. */
  text: string;
  sources: readonly VeleroSource[];
  /** The version behaviours (`versions/behaviours.ts`) that change what the rule says. */
  behaviours: readonly BehaviourId[];
}

const IHH = 'internal/hook/item_hook_handler.go';
const WEH = 'internal/hook/wait_exec_hook_handler.go';
const HT = 'internal/hook/hook_tracker.go';
const FINALIZER = 'pkg/controller/restore_finalizer_controller.go';
const RESTORE = 'pkg/restore/restore.go';
const EXECUTOR = 'pkg/podexec/pod_command_executor.go';
const handleHooks = { function: 'DefaultWaitExecHookHandler.HandleHooks', file: WEH };

const rules: readonly ExecHookRule[] = [
  {
    rule: 26,
    summary:
      'Every grouped exec hook is added to the restore’s hook tracker; identical keys count once.',
    text: 'When Velero creates a pod, it groups the pod’s exec hooks and adds each one to the restore’s hook tracker. The key is the namespace, pod, container, hook source, hook name and hook index. Two hooks with the same key collapse into one entry: both still run, but HooksAttempted counts them once. Hooks for a container the pod does not have are added too.',
    sources: [
      { function: 'GroupRestoreExecHooks', file: IHH },
      { function: 'HookTracker.Add', file: HT },
    ],
    behaviours: ['hookTracker', 'trackerKeyHasHookIndex', 'recordIndex'],
  },
  {
    rule: 27,
    summary:
      'Hooks for a container missing from spec.containers are dropped and never recorded, so the Restore waits in Finalizing for ever.',
    text: 'Before it watches the pod, HandleHooks drops every hook whose container is not in spec.containers, with a warning; native sidecars (init containers with restartPolicy: Always) count as missing. A dropped hook is never run and never recorded. It was already added to the tracker, so the tracker never completes and the finalizer, which waits for it with no timeout, keeps the Restore in Finalizing for ever (velero#9749).',
    sources: [
      { function: 'DefaultWaitExecHookHandler.HandleHooks (podHasContainer)', file: WEH },
      { function: 'finalizerContext.WaitRestoreExecHook', file: FINALIZER },
    ],
    behaviours: ['hooksWait'],
  },
  {
    rule: 28,
    summary:
      'A pod’s watch deadline is the largest wait timeout of its hooks, or none when any hook has no wait timeout.',
    text: 'HandleHooks watches the pod from just after it is created. If any remaining hook has a waitTimeout of zero or less, the watch has no deadline of its own. Otherwise it ends at the largest waitTimeout, and hooks still waiting then are not executed (“context deadline exceeded”).',
    sources: [{ function: 'DefaultWaitExecHookHandler.HandleHooks (maxHookWait)', file: WEH }],
    behaviours: [],
  },
  {
    rule: 29,
    summary: 'A container is up when Running, or when Ready if any of its hooks waits for ready.',
    text: 'Each container is checked on its own. If any hook of the container has waitForReady, all its hooks wait until the container is Ready; otherwise Running is enough. A container with no status entry yet is not up.',
    sources: [{ function: 'isContainerUp', file: WEH }],
    behaviours: ['waitForReady'],
  },
  {
    rule: 30,
    summary:
      'When a container is first up, all its hooks run one after another; containers up together run in no fixed order.',
    text: 'In the first pod update in which a container is up, HandleHooks runs all of that container’s hooks, one after another, in the order they were grouped. Containers that come up in the same update are handled in Go map order, which is not fixed, and each container’s hooks run as one block. No two hooks of one pod ever run at the same time.',
    sources: [handleHooks],
    behaviours: [],
  },
  {
    rule: 31,
    summary: 'Deleting the pod, or its phase turning Succeeded or Failed, cancels the watch.',
    text: 'When the pod is deleted, or an update shows its phase as Succeeded or Failed, HandleHooks cancels its watch. The phase is checked before any container, so no hook runs in that update. The hooks that have not run yet are then reported as not executed (“context canceled”).',
    sources: [handleHooks],
    behaviours: [],
  },
  {
    rule: 32,
    summary:
      'Just before a hook runs, a passed wait timeout makes it expired and failed; it still runs unless onError is Fail.',
    text: 'Just before each hook runs, HandleHooks compares the time since the watch started with the hook’s waitTimeout (when it is not zero). If more time has passed, the hook is “expired before executing” and recorded as failed. With onError Fail it does not run and the watch is cancelled; otherwise it still runs. Time spent in earlier hooks counts, and a negative waitTimeout is always expired.',
    sources: [handleHooks],
    behaviours: ['messageCase'],
  },
  {
    rule: 33,
    summary:
      'The executor runs the command with the exec timeout (0 means 30s); on timeout the command is not killed.',
    text: 'The executor runs the hook’s command in its container with the hook’s execTimeout; an unset (zero) timeout means its 30s default. When the timeout passes it returns “timed out after …”, but the command keeps running in the container: nothing kills it. An empty command fails at once with “command is required”.',
    sources: [{ function: 'ExecutePodCommand', file: EXECUTOR }],
    behaviours: ['execTimeouts'],
  },
  {
    rule: 34,
    summary: 'A failed hook is recorded as failed; only onError Fail stops the pod’s other hooks.',
    text: 'When a hook’s command fails, HandleHooks adds the error “hook … failed to execute” and records the hook as failed. Only onError exactly Fail stops the pod: its watch is cancelled and none of its remaining hooks run. An unset onError acts as Continue, although the executor logs it as Fail.',
    sources: [handleHooks],
    behaviours: ['returnedErrors', 'execErrorWrapped'],
  },
  {
    rule: 35,
    summary:
      'When the watch ends, hooks that never ran fail as “not executed” with the context’s reason.',
    text: 'When HandleHooks returns, every hook that has not run yet gets the error “not executed” with the reason its watch ended, and is recorded as failed. “context deadline exceeded” comes from the pod’s own deadline or the restore-wide one. “context canceled” comes from a Fail hook, the pod’s deletion or phase, or a cancelled restore-wide context.',
    sources: [handleHooks],
    behaviours: ['messageCase'],
  },
  {
    rule: 36,
    summary:
      'A pod whose hooks return errors cancels the restore-wide hooks context for every other pod.',
    text: 'All pods of a restore share one hooks context. When any pod’s HandleHooks returns errors, Continue failures included, Velero cancels that context. Every other pod still waiting for its hooks, and every pod restored later in the same restore, then has its hooks not executed (“context canceled”).',
    sources: [{ function: 'newHooksWaitExecutor, hooksWaitExecutor.exec', file: RESTORE }],
    behaviours: ['returnedErrors'],
  },
  {
    rule: 37,
    summary:
      'HooksAttempted and HooksFailed come from the tracker; any failed hook makes the Restore PartiallyFailed.',
    text: 'Only the first record of a hook counts, so a hook that expired and then ran still counts as failed. HooksAttempted is the number of hooks added to the tracker; HooksFailed is the number whose first record failed. The finalizer waits until every added hook has a record, then adds every recorded hook error to the restore’s errors, so any failed exec hook, Continue or Fail, makes the Restore PartiallyFailed.',
    sources: [
      { function: 'HookTracker.Record, Stat, IsComplete', file: HT },
      { function: 'finalizerContext.WaitRestoreExecHook', file: FINALIZER },
    ],
    behaviours: ['hookTracker', 'returnedErrors'],
  },
  {
    rule: 38,
    summary:
      'Exec hooks only run for pods Velero creates; a pod it does not create never runs them.',
    text: 'Exec hooks are grouped and run only for a pod Velero has just created. If the pod already exists in the cluster, restoreItem returns before that, and pods that were Succeeded or Failed in the backup are not restored at all. A pod whose init-hook step fails is not created either, so its exec hooks never run.',
    sources: [{ function: 'restoreItem, isCompleted', file: RESTORE }],
    behaviours: [],
  },
];

/** Every exec-hook rule the simulation cites, by number. */
export const EXEC_HOOK_RULES: Readonly<Record<number, ExecHookRule>> = Object.fromEntries(
  rules.map((r) => [r.rule, r]),
);

/** The summary of a rule, or a neutral line for a number without one. */
export function summarizeRule(rule: number): string {
  return EXEC_HOOK_RULES[rule]?.summary ?? 'See the Velero restore-hook semantics notes.';
}

/**
 * What a rule does differently at `veleroVersion` than its text says (the default release): the
 * meaning of each of its behaviours whose value differs there, one line each (a value that
 * changed and changed back, as recordIndex did, is no difference).
 */
export function listRuleDifferences(rule: number, veleroVersion: string): string[] {
  return (EXEC_HOOK_RULES[rule]?.behaviours ?? []).flatMap((id) => {
    const behaviour = BEHAVIOURS[id] as Behaviour<unknown>;
    const here = changeAt(behaviour, veleroVersion);
    return here.value === changeAt(behaviour, DEFAULT_RELEASE).value ? [] : [here.meaning];
  });
}
