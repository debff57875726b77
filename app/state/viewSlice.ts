import type { StateCreator } from 'zustand';
import { DEFAULT_RELEASE } from '../../src/index.ts';
import type { DesignerState } from './store.ts';
import { readVeleroVersion } from './versionSlice.ts';

/**
 * Which results tab is open, which pod the diff shows when the input is too large to show all,
 * which release the Versions tab compares the picked one with, and where the user is in an
 * example's lesson.
 */
export interface ViewSlice {
  resultTab: string;
  /** `namespace/name` of the pod the diff shows; null: the engine picks (all objects when few). */
  diffPod: string | null;
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
  setCompareTo: (name: string) => void;
  goToLessonStep: (step: number) => void;
  showLesson: (shown: boolean) => void;
}

export const createViewSlice: StateCreator<DesignerState, [], [], ViewSlice> = (set) => ({
  resultTab: 'design',
  diffPod: null,
  compareTo: DEFAULT_RELEASE,
  lesson: null,
  lessonStep: 0,
  lessonShown: false,
  showResultTab: (resultTab) => set({ resultTab }),
  focusDiffPod: (diffPod) => set({ diffPod }),
  setCompareTo: (name) => set({ compareTo: readVeleroVersion(name) ?? DEFAULT_RELEASE }),
  goToLessonStep: (lessonStep) => set({ lessonStep: Math.max(0, lessonStep) }),
  showLesson: (lessonShown) => set({ lessonShown }),
});

export const selectResultTab = (s: DesignerState): string => s.resultTab;
export const selectDiffPod = (s: DesignerState): string | null => s.diffPod;
export const selectCompareTo = (s: DesignerState): string => s.compareTo;
