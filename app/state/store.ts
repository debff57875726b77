import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { autosaveOptions } from './autosave.ts';
import { createInputSlice, type InputSlice } from './inputSlice.ts';

/** Everything the user authored. Engine results are derived from it, never stored here. */
export type DesignerState = InputSlice;

export const useDesignerStore = create<DesignerState>()(
  persist((...args) => ({ ...createInputSlice(...args) }), autosaveOptions),
);
