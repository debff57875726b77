import {
  BEHAVIOURS,
  changeAt,
  DEFAULT_RELEASE,
  type Behaviour,
  type BehaviourId,
} from '../../../src/index.ts';

/**
 * One line per rule of the project's Velero semantics notes (exec hooks, rules 26 to 38), in plain
 * words for the timeline's explanations, as the default release (DEFAULT_RELEASE) does it. The
 * notes themselves are not shipped with the app.
 */
export const ruleSummaries: Readonly<Record<number, string>> = {
  26: 'Every grouped exec hook is added to the restore’s hook tracker; identical keys count once.',
  27: 'Hooks for a container missing from spec.containers are dropped and never recorded, so the Restore waits in Finalizing for ever.',
  28: 'A pod’s watch deadline is the largest wait timeout of its hooks, or none when any hook has no wait timeout.',
  29: 'A container is up when Running, or when Ready if any of its hooks waits for ready.',
  30: 'When a container is first up, all its hooks run one after another; containers up together run in no fixed order.',
  31: 'Deleting the pod, or its phase turning Succeeded or Failed, cancels the watch.',
  32: 'Just before a hook runs, a passed wait timeout makes it expired and failed; it still runs unless onError is Fail.',
  33: 'The executor runs the command with the exec timeout (0 means 30s); on timeout the command is not killed.',
  34: 'A failed hook is recorded as failed; only onError Fail stops the pod’s other hooks.',
  35: 'When the watch ends, hooks that never ran fail as “not executed” with the context’s reason.',
  36: 'A pod whose hooks return errors cancels the restore-wide hooks context for every other pod.',
  37: 'HooksAttempted and HooksFailed come from the tracker; any failed hook makes the Restore PartiallyFailed.',
  38: 'Exec hooks only run for pods Velero creates; a pod it does not create never runs them.',
};

/** The summary of a rule, or a neutral line for a number without one. */
export function ruleSummary(rule: number): string {
  return ruleSummaries[rule] ?? 'See the Velero restore-hook semantics notes.';
}

/** The version behaviours (src/versions/behaviours.ts) that change what a rule says. */
const ruleBehaviours: Readonly<Record<number, readonly BehaviourId[]>> = {
  26: ['hookTracker'],
  27: ['hooksWait'],
  29: ['waitForReady'],
  33: ['execTimeouts'],
  34: ['returnedErrors'],
  36: ['returnedErrors'],
  37: ['hookTracker', 'returnedErrors'],
};

/** What a rule does differently at `veleroVersion` than in its summary: one line per behaviour. */
export function ruleDifferences(rule: number, veleroVersion: string): string[] {
  return (ruleBehaviours[rule] ?? []).flatMap((id) => {
    const behaviour = BEHAVIOURS[id] as Behaviour<unknown>;
    const here = changeAt(behaviour, veleroVersion);
    return here === changeAt(behaviour, DEFAULT_RELEASE) ? [] : [here.meaning];
  });
}
