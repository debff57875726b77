import type { StateCreator } from 'zustand';
import type { DesignerState } from './store.ts';

/** Where the designed hook lives: the target's pod annotations, or the Restore's `spec.hooks`. */
export type HookPlace = 'annotations' | 'spec';

/** Which annotation hook the form shows. */
export type AnnotationHookKind = 'init' | 'exec';

/**
 * The hook designer's UI choices only. Hook fields are never stored here: the form reads them from
 * the texts and writes them back there (the texts are the single source of truth).
 */
export interface DesignerSlice {
  /** `namespace/name` of the chosen pod (PodView.key); null or unknown: the first pod. */
  designerTarget: string | null;
  designerPlace: HookPlace;
  designerAnnotationHook: AnnotationHookKind;
  selectDesignerTarget: (key: string) => void;
  chooseHookPlace: (place: HookPlace) => void;
  openAnnotationHook: (kind: AnnotationHookKind) => void;
}

export const createDesignerSlice: StateCreator<DesignerState, [], [], DesignerSlice> = (set) => ({
  designerTarget: null,
  designerPlace: 'annotations',
  designerAnnotationHook: 'init',
  selectDesignerTarget: (designerTarget) => set({ designerTarget }),
  chooseHookPlace: (designerPlace) => set({ designerPlace }),
  openAnnotationHook: (designerAnnotationHook) => set({ designerAnnotationHook }),
});

export const selectDesignerTarget = (s: DesignerState): string | null => s.designerTarget;
export const selectHookPlace = (s: DesignerState): HookPlace => s.designerPlace;
export const selectAnnotationHook = (s: DesignerState): AnnotationHookKind =>
  s.designerAnnotationHook;
