import type { StateCreator } from 'zustand';
import type { DesignerState } from './store.ts';

/** Which results tab is open, and which pod the diff shows when the input is too large to show all. */
export interface ViewSlice {
  resultTab: string;
  /** `namespace/name` of the pod the diff shows; null: the engine picks (all objects when few). */
  diffPod: string | null;
  showResultTab: (id: string) => void;
  focusDiffPod: (key: string | null) => void;
}

export const createViewSlice: StateCreator<
  DesignerState,
  [['zustand/persist', unknown]],
  [],
  ViewSlice
> = (set) => ({
  resultTab: 'design',
  diffPod: null,
  showResultTab: (resultTab) => set({ resultTab }),
  focusDiffPod: (diffPod) => set({ diffPod }),
});

export const selectResultTab = (s: DesignerState): string => s.resultTab;
export const selectDiffPod = (s: DesignerState): string | null => s.diffPod;
