import type { StateCreator } from 'zustand';
import { DEFAULT_RELEASE, resolveVeleroVersion } from '../../src/index.ts';
import type { DesignerState } from './store.ts';

/** The Velero release the results predict: a release name (`1.18.2`) or `main`. */
export interface VersionSlice {
  veleroVersion: string;
  setVeleroVersion: (name: string) => void;
}

export const createVersionSlice: StateCreator<DesignerState, [], [], VersionSlice> = (set) => ({
  veleroVersion: DEFAULT_RELEASE,
  setVeleroVersion: (name) => set({ veleroVersion: readVeleroVersion(name) ?? DEFAULT_RELEASE }),
});

/** The supported release a saved or typed name stands for (`v1.12` → `1.12.4`); undefined if none. */
export function readVeleroVersion(value: unknown): string | undefined {
  return typeof value === 'string' ? resolveVeleroVersion(value).version?.name : undefined;
}

export const selectVeleroVersion = (s: DesignerState): string => s.veleroVersion;
