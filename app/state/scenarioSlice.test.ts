import { beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioEdit } from '../../src/index.ts';
// eslint-disable-next-line no-restricted-imports -- a test kit: the example's scenario edits, shared with the engine's tests
import { failFirstHook } from '../../src/testing/hookOrderingExample.ts';
import { selectAuthoredState } from './authoredState.ts';
import { useDesignerStore } from './store.ts';
import { selectEngineInput } from './engineSync.ts';

const fail: ScenarioEdit = { ...failFirstHook, error: 'boom' };

describe('scenario slice', () => {
  beforeEach(() => useDesignerStore.setState({ scenarioEdits: [], scenarioText: '' }));

  it('keeps one edit per target, and the engine receives them', () => {
    const { setScenarioEdit } = useDesignerStore.getState();
    setScenarioEdit(fail);
    setScenarioEdit({ ...fail, error: null });
    setScenarioEdit({ kind: 'pod', pod: 'app/other', deletedAt: '3s' });
    const state = useDesignerStore.getState();
    expect(state.scenarioEdits).toEqual([
      { ...fail, error: null },
      { kind: 'pod', pod: 'app/other', deletedAt: '3s' },
    ]);
    expect(selectEngineInput(state).scenarioEdits).toBe(state.scenarioEdits);
  });

  it('resets one pod or all of them', () => {
    const { setScenarioEdit, resetScenarioEdits } = useDesignerStore.getState();
    setScenarioEdit(fail);
    setScenarioEdit({ kind: 'pod', pod: 'app/other', deletedAt: '3s' });
    resetScenarioEdits('app/db');
    expect(useDesignerStore.getState().scenarioEdits.map((e) => e.pod)).toEqual(['app/other']);
    resetScenarioEdits();
    expect(useDesignerStore.getState().scenarioEdits).toEqual([]);
  });

  it('is authored state: saved and shared with the texts', () => {
    useDesignerStore.getState().setScenarioText('timeline: []');
    const authored = selectAuthoredState(useDesignerStore.getState());
    expect(authored.scenarioEdits).toEqual([]);
    expect(authored.scenarioText).toBe('timeline: []');
  });
});
