import { create } from 'zustand';
import { createDesignerSlice, type DesignerSlice } from './designerSlice.ts';
import { createInputSlice, type InputSlice } from './inputSlice.ts';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice.ts';
import { createVersionSlice, type VersionSlice } from './versionSlice.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';

/**
 * Everything the user authored. Engine results are derived from it, never stored here; saving it
 * is designSession.ts's job.
 */
export type DesignerState = InputSlice & DesignerSlice & ScenarioSlice & VersionSlice & ViewSlice;

export const useDesignerStore = create<DesignerState>()((...args) => ({
  ...createInputSlice(...args),
  ...createDesignerSlice(...args),
  ...createScenarioSlice(...args),
  ...createVersionSlice(...args),
  ...createViewSlice(...args),
}));
