import { useId } from 'react';
import {
  DEFAULT_HOOK_DURATION,
  DEFAULT_HOOK_ERROR,
  describeOnError,
  type HookEdit,
  type PodView,
  type ScenarioEdit,
} from '../../../src/index.ts';
import { DurationInput } from './DurationInput.tsx';

type HookSpec = PodView['execHooks'][string][number];

interface HookOutcomeRowProps {
  pod: string;
  hook: HookSpec;
  /** 1-based position in its container. */
  position: number;
  edits: readonly ScenarioEdit[];
  onEdit: (edit: ScenarioEdit) => void;
}

/** How long one hook's command takes and whether it fails (with the executor's message). */
export function HookOutcomeRow({ pod, hook, position, edits, onEdit }: HookOutcomeRowProps) {
  const messageId = useId();
  const ref = {
    pod,
    container: hook.container,
    hookName: hook.hookName,
    hookIndex: hook.hookIndex,
  };
  const edit = edits.find(
    (e): e is HookEdit =>
      e.kind === 'hook' &&
      e.container === ref.container &&
      e.hookName === ref.hookName &&
      e.hookIndex === ref.hookIndex,
  );
  const duration = edit?.duration ?? DEFAULT_HOOK_DURATION;
  const error = edit?.error ?? null;
  const save = (patch: Partial<Pick<HookEdit, 'duration' | 'error'>>) =>
    onEdit({ kind: 'hook', ...ref, duration, error, ...patch });
  return (
    <fieldset className="scenario-row">
      <legend className="scenario-row__legend">
        Hook #{position} <code>{hook.hookName}</code> [{hook.hookIndex}] in{' '}
        <code>{hook.container}</code>
        <span className="timeline-muted"> · {describeOnError(hook.onError)}</span>
      </legend>
      <DurationInput label="takes" value={duration} onCommit={(text) => save({ duration: text })} />
      <label className="scenario-row__check">
        <input
          type="checkbox"
          checked={error !== null}
          onChange={(e) => save({ error: e.target.checked ? DEFAULT_HOOK_ERROR : null })}
        />
        fails
      </label>
      {error !== null ? (
        <span className="scenario-row__message">
          <label htmlFor={messageId}>with</label>
          <input
            id={messageId}
            type="text"
            value={error}
            spellCheck={false}
            onChange={(e) => save({ error: e.target.value })}
          />
        </span>
      ) : null}
    </fieldset>
  );
}
