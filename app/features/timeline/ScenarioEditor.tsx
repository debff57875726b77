import { useId } from 'react';
import type { PodListItem, PodView, ScenarioEdit } from '../../../src/index.ts';
import { PodOptions } from '../../components/PodOptions.tsx';
import { useDesignerStore } from '../../state/store.ts';
import { ContainerTimingRow } from './ContainerTimingRow.tsx';
import { HookOutcomeRow } from './HookOutcomeRow.tsx';
import { DurationInput } from './DurationInput.tsx';

interface ScenarioEditorProps {
  /** The simulated pods, in order. */
  pods: readonly PodListItem[];
  /** The pod picked (or the first): undefined while the engine has not sent it yet. */
  pod: PodView | null | undefined;
  /** True while an example's scenario.yaml drives the timeline. */
  fromText: boolean;
}

/** Edits the simulated scenario of one pod: container timings, hook outcomes, deletion. */
export function ScenarioEditor({ pods, pod, fromText }: ScenarioEditorProps) {
  const pickerId = useId();
  const setPicked = useDesignerStore((s) => s.showScenarioPod);
  const edits = useDesignerStore((s) => s.scenarioEdits);
  const setEdit = useDesignerStore((s) => s.setScenarioEdit);
  const reset = useDesignerStore((s) => s.resetScenarioEdits);
  const setScenarioText = useDesignerStore((s) => s.setScenarioText);
  if (pod === null) return null;
  if (pod === undefined)
    return (
      <section className="scenario-editor" aria-label="Scenario">
        <h3 className="timeline-section-title">Scenario</h3>
        <p className="timeline-muted" role="status">
          Reading the pod…
        </p>
      </section>
    );
  const mine = edits.filter((e) => e.pod === pod.key);
  const deletion = mine.find((e): e is Extract<ScenarioEdit, { kind: 'pod' }> => e.kind === 'pod');
  const hooks = pod.containers.flatMap((c) => pod.execHooks[c] ?? []);
  return (
    <section className="scenario-editor" aria-label="Scenario">
      <h3 className="timeline-section-title">Scenario</h3>
      {fromText ? (
        <p className="scenario-editor__notice">
          The example’s <code>scenario.yaml</code> drives this timeline, so these controls are off.{' '}
          <button type="button" className="timeline-button" onClick={() => setScenarioText('')}>
            Use the editable scenario
          </button>
        </p>
      ) : (
        <p className="timeline-muted scenario-editor__intro">
          By default everything goes well: containers run at 2s and are Ready at 5s, every hook
          succeeds in 1s. Change that here.
        </p>
      )}
      <fieldset className="scenario-editor__fields" disabled={fromText}>
        <legend className="visually-hidden">Scenario of pod {pod.key}</legend>
        <div className="scenario-editor__toolbar">
          {pods.length > 1 ? (
            <span className="scenario-editor__picker">
              <label htmlFor={pickerId}>Pod</label>
              <select id={pickerId} value={pod.key} onChange={(e) => setPicked(e.target.value)}>
                <PodOptions pods={pods} label={keyOf} />
              </select>
            </span>
          ) : (
            <span>
              Pod <code>{pod.key}</code>
            </span>
          )}
          <DurationInput
            label="Deleted at"
            value={deletion?.deletedAt ?? ''}
            allowEmpty
            placeholder="never"
            onCommit={(text) =>
              setEdit({ kind: 'pod', pod: pod.key, deletedAt: text === '' ? null : text })
            }
          />
          <button
            type="button"
            className="timeline-button"
            onClick={() => reset(pod.key)}
            disabled={mine.length === 0}
          >
            Reset this pod
          </button>
          {edits.length > mine.length ? (
            <button type="button" className="timeline-button" onClick={() => reset()}>
              Reset all pods
            </button>
          ) : null}
        </div>
        <h4 className="scenario-editor__heading">Containers</h4>
        {pod.containers.map((c) => (
          <ContainerTimingRow key={c} pod={pod.key} container={c} edits={mine} onEdit={setEdit} />
        ))}
        <h4 className="scenario-editor__heading">Exec hooks</h4>
        {hooks.length === 0 ? <p className="timeline-muted">This pod has no exec hooks.</p> : null}
        {pod.containers.flatMap((c) =>
          (pod.execHooks[c] ?? []).map((h, i) => (
            <HookOutcomeRow
              key={`${c}#${i}`}
              pod={pod.key}
              hook={h}
              position={i + 1}
              edits={mine}
              onEdit={setEdit}
            />
          )),
        )}
      </fieldset>
    </section>
  );
}

const keyOf = (p: PodListItem) => p.key;
