import { useState } from 'react';
import { useEngineView } from '../../engine/index.ts';
import { findChosenPod, type TimelineEvent } from '../../../src/index.ts';
import { selectScenarioPod } from '../../state/viewSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { RestoreTotals } from './RestoreTotals.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { TimelinePlayer } from './TimelinePlayer.tsx';
import { useEventPlayer } from './useEventPlayer.ts';
import './timeline.css';

const NO_EVENTS: readonly TimelineEvent[] = [];

/**
 * The exec-hook timeline: what Velero's wait-and-execute handler does with the restored pods under
 * the simulated scenario, step by step, and the Restore's hook totals at the current event.
 */
export function TimelineTab() {
  const view = useEngineView();
  // Built by the engine worker; unchanged pods arrive as the objects the page already holds.
  const model = view?.timeline ?? null;
  const [speed, setSpeed] = useState(1);
  const scenarioPod = useDesignerStore(selectScenarioPod);
  const player = useEventPlayer(model?.events ?? NO_EVENTS, speed);
  // No scenario: the result was computed for another tab, the timeline's own is on its way.
  const scenario = view?.scenario;
  if (!view || !scenario) return <p className="results-empty">Waiting for the engine…</p>;
  const simulated = new Set(scenario.pods.map((s) => s.key));
  const simulatedPods = view.podList.filter((p) => simulated.has(p.key));
  const editor = (
    <ScenarioEditor
      pods={simulatedPods}
      pod={findChosenPod(view, scenarioPod, 'first-simulated')}
      fromText={scenario.source === 'text'}
    />
  );
  const current = model?.events[player.index];
  const now = model?.totalsAt[player.index];
  return (
    <div className="timeline">
      {model ? (
        <RestoreTotals
          restoreName={model.restoreName}
          veleroVersion={model.veleroVersion}
          totals={model.totals}
          at={
            current && now
              ? { index: player.index, count: model.events.length, time: current.data.at, now }
              : undefined
          }
        />
      ) : (
        <div className="timeline-notice" role="status">
          <p>Nothing to simulate:</p>
          <ul>
            {view.simulationErrors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {model && model.warnings.length > 0 ? (
        <ul className="timeline-warnings" aria-label="Simulation notes">
          {model.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      {model ? (
        <TimelinePlayer model={model} player={player} speed={speed} onSpeed={setSpeed}>
          {editor}
        </TimelinePlayer>
      ) : (
        editor
      )}
    </div>
  );
}
