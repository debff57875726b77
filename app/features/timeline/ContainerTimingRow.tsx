import {
  DEFAULT_READY_AT,
  DEFAULT_RUNNING_AT,
  type ContainerEdit,
  type ScenarioEdit,
} from '../../../src/index.ts';
import { DurationInput } from './DurationInput.tsx';

interface ContainerTimingRowProps {
  pod: string;
  container: string;
  edits: readonly ScenarioEdit[];
  onEdit: (edit: ScenarioEdit) => void;
}

/** When one container runs and becomes Ready (or never does). */
export function ContainerTimingRow({ pod, container, edits, onEdit }: ContainerTimingRowProps) {
  const edit = edits.find(
    (e): e is ContainerEdit => e.kind === 'container' && e.container === container,
  );
  const runningAt = edit ? edit.runningAt : DEFAULT_RUNNING_AT;
  const readyAt = edit ? edit.readyAt : DEFAULT_READY_AT;
  const save = (patch: Partial<Pick<ContainerEdit, 'runningAt' | 'readyAt'>>) =>
    onEdit({ kind: 'container', pod, container, runningAt, readyAt, ...patch });
  return (
    <fieldset className="scenario-row">
      <legend className="scenario-row__legend">
        Container <code>{container}</code>
      </legend>
      <DurationInput
        label="running at"
        value={runningAt ?? ''}
        disabled={runningAt === null}
        placeholder="never"
        onCommit={(text) => save({ runningAt: text })}
      />
      <label className="scenario-row__check">
        <input
          type="checkbox"
          checked={runningAt === null}
          onChange={(e) => save({ runningAt: e.target.checked ? null : DEFAULT_RUNNING_AT })}
        />
        never runs
      </label>
      <DurationInput
        label="Ready at"
        value={readyAt ?? ''}
        disabled={readyAt === null || runningAt === null}
        placeholder="never"
        onCommit={(text) => save({ readyAt: text })}
      />
      <label className="scenario-row__check">
        <input
          type="checkbox"
          checked={readyAt === null || runningAt === null}
          disabled={runningAt === null}
          onChange={(e) => save({ readyAt: e.target.checked ? null : DEFAULT_READY_AT })}
        />
        never Ready
      </label>
    </fieldset>
  );
}
