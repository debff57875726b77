import type { StateCreator } from 'zustand';
import { upsertScenarioEdit, type ScenarioEdit } from '../../src/index.ts';
import type { DesignerState } from './store.ts';

/**
 * The timeline's scenario as the user edited it: a small list of edits (container timings, hook
 * outcomes, pod deletion) that the engine applies on top of its "everything goes well" default.
 * An example may bring its own scenario.yaml instead (`scenarioText`), which wins while it is set.
 */
export interface ScenarioSlice {
  scenarioEdits: ScenarioEdit[];
  /** A scenario.yaml (conformance format); '' = the edited default. */
  scenarioText: string;
  setScenarioText: (text: string) => void;
  /** Adds an edit, replacing an earlier edit of the same container, hook or pod. */
  setScenarioEdit: (edit: ScenarioEdit) => void;
  /** Drops the edits of one pod (or all of them): back to the default scenario. */
  resetScenarioEdits: (pod?: string) => void;
}

export const createScenarioSlice: StateCreator<DesignerState, [], [], ScenarioSlice> = (set) => ({
  scenarioEdits: [],
  scenarioText: '',
  setScenarioText: (scenarioText) => set({ scenarioText }),
  setScenarioEdit: (edit) =>
    set((s) => ({ scenarioEdits: upsertScenarioEdit(s.scenarioEdits, edit) })),
  resetScenarioEdits: (pod) =>
    set((s) => ({
      scenarioEdits: pod === undefined ? [] : s.scenarioEdits.filter((e) => e.pod !== pod),
    })),
});

export const selectScenarioEdits = (s: DesignerState): ScenarioEdit[] => s.scenarioEdits;
export const selectScenarioText = (s: DesignerState): string => s.scenarioText;
