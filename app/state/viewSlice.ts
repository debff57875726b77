import type { StateCreator } from 'zustand';
import { DEFAULT_RELEASE, type DiffMode } from '../../src/index.ts';
import type { DesignerState } from './store.ts';
import { readVeleroVersion } from './versionSlice.ts';

/**
 * Which results tab is open, which pods its lists show, the diff's mode and which pod the diff
 * shows when the input is too large to show all, which release the Versions tab compares the picked one with, and where the user is in an
 * example's lesson.
 */
export interface ViewSlice {
  resultTab: string;
  /** `namespace/name` of the pod the diff shows; null: the engine picks (all objects when few). */
  diffPod: string | null;
  diffMode: DiffMode;
  /** `namespace/name` of the pod the Export tab shows; null: the first pod. */
  exportPod: string | null;
  /** `namespace/name` of the pod the Timeline's scenario editor shows; null: the first simulated. */
  scenarioPod: string | null;
  /** The release the Versions tab compares `veleroVersion` with (default the newest release). */
  compareTo: string;
  /** The example whose lesson goes with this design (its id), or null. */
  lesson: string | null;
  /** The lesson's current step, from 0. */
  lessonStep: number;
  /** Whether the lesson panel is shown (it can be hidden and brought back). */
  lessonShown: boolean;
  showResultTab: (id: string) => void;
  focusDiffPod: (key: string | null) => void;
  showDiffMode: (mode: DiffMode) => void;
  showExportPod: (key: string) => void;
  showScenarioPod: (key: string) => void;
  setCompareTo: (name: string) => void;
  goToLessonStep: (step: number) => void;
  showLesson: (shown: boolean) => void;
}

export const createViewSlice: StateCreator<DesignerState, [], [], ViewSlice> = (set) => ({
  resultTab: 'design',
  diffPod: null,
  diffMode: 'hooksOnly',
  exportPod: null,
  scenarioPod: null,
  compareTo: DEFAULT_RELEASE,
  lesson: null,
  lessonStep: 0,
  lessonShown: false,
  showResultTab: (resultTab) => set({ resultTab }),
  focusDiffPod: (diffPod) => set({ diffPod }),
  showDiffMode: (diffMode) => set({ diffMode }),
  showExportPod: (exportPod) => set({ exportPod }),
  showScenarioPod: (scenarioPod) => set({ scenarioPod }),
  setCompareTo: (name) => set({ compareTo: readVeleroVersion(name) ?? DEFAULT_RELEASE }),
  goToLessonStep: (lessonStep) => set({ lessonStep: Math.max(0, lessonStep) }),
  showLesson: (lessonShown) => set({ lessonShown }),
});

export const selectResultTab = (s: DesignerState): string => s.resultTab;
export const selectDiffPod = (s: DesignerState): string | null => s.diffPod;
export const selectDiffMode = (s: DesignerState): DiffMode => s.diffMode;
export const selectExportPod = (s: DesignerState): string | null => s.exportPod;
export const selectScenarioPod = (s: DesignerState): string | null => s.scenarioPod;
export const selectCompareTo = (s: DesignerState): string => s.compareTo;
