import type { StateCreator } from 'zustand';
import { defaultManifestsText, defaultRestoreText } from './defaults.ts';
import type { DesignerState } from './store.ts';

/** What the user typed: the manifests (any number of YAML documents) and the Restore object. */
export interface InputSlice {
  manifestsText: string;
  restoreText: string;
  setManifestsText: (text: string) => void;
  setRestoreText: (text: string) => void;
}

export const createInputSlice: StateCreator<DesignerState, [], [], InputSlice> = (set) => ({
  manifestsText: defaultManifestsText,
  restoreText: defaultRestoreText,
  setManifestsText: (manifestsText) => set({ manifestsText }),
  setRestoreText: (restoreText) => set({ restoreText }),
});

export const selectManifestsText = (state: DesignerState): string => state.manifestsText;
export const selectRestoreText = (state: DesignerState): string => state.restoreText;
