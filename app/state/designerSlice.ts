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
  /** The annotation hook the user picked; null: the kind the target already has (see the form). */
  designerAnnotationHook: AnnotationHookKind | null;
  selectDesignerTarget: (key: string) => void;
  chooseHookPlace: (place: HookPlace) => void;
  openAnnotationHook: (kind: AnnotationHookKind) => void;
}

export const createDesignerSlice: StateCreator<DesignerState, [], [], DesignerSlice> = (set) => ({
  designerTarget: null,
  designerPlace: 'annotations',
  designerAnnotationHook: null,
  // Another target: the form opens on the hook kind that target has, not on the last one's pick.
  selectDesignerTarget: (designerTarget) => set({ designerTarget, designerAnnotationHook: null }),
  chooseHookPlace: (designerPlace) => set({ designerPlace }),
  openAnnotationHook: (designerAnnotationHook) => set({ designerAnnotationHook }),
});

export const selectDesignerTarget = (s: DesignerState): string | null => s.designerTarget;
export const selectHookPlace = (s: DesignerState): HookPlace => s.designerPlace;
export const selectAnnotationHook = (s: DesignerState): AnnotationHookKind | null =>
  s.designerAnnotationHook;
