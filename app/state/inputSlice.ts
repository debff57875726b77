import type { StateCreator } from 'zustand';
import { defaultManifestsText, defaultRestoreText } from './defaults.ts';
import type { DesignerState } from './store.ts';
import { recordTextChange, type TextEdit } from '../engine/index.ts';

/** What the user typed: the manifests (any number of YAML documents) and the Restore object. */
export interface InputSlice {
  manifestsText: string;
  restoreText: string;
  /** `edits`: what turned the current text into `text`, when the editor knows (see textSync.ts). */
  setManifestsText: (text: string, edits?: readonly TextEdit[]) => void;
  setRestoreText: (text: string, edits?: readonly TextEdit[]) => void;
}

export const createInputSlice: StateCreator<DesignerState, [], [], InputSlice> = (set, get) => ({
  manifestsText: defaultManifestsText,
  restoreText: defaultRestoreText,
  setManifestsText: (manifestsText, edits) => {
    recordTextChange('manifestsText', get().manifestsText, manifestsText, edits);
    set({ manifestsText });
  },
  setRestoreText: (restoreText, edits) => {
    recordTextChange('restoreText', get().restoreText, restoreText, edits);
    set({ restoreText });
  },
});

export const selectManifestsText = (state: DesignerState): string => state.manifestsText;
export const selectRestoreText = (state: DesignerState): string => state.restoreText;
