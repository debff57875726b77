import { createJSONStorage, type PersistOptions, type StateStorage } from 'zustand/middleware';
import type { DesignerState } from './store.ts';

/** What autosave keeps: only what the user authored. */
export interface SavedDesign {
  manifestsText: string;
  restoreText: string;
}

export const AUTOSAVE_KEY = 'restore-hook-designer:design';
export const AUTOSAVE_VERSION = 1;
const AUTOSAVE_DELAY_MS = 400;

function readSavedDesign(value: unknown): Partial<SavedDesign> {
  if (typeof value !== 'object' || value === null) return {};
  const saved: Partial<SavedDesign> = {};
  if ('manifestsText' in value && typeof value.manifestsText === 'string') {
    saved.manifestsText = value.manifestsText;
  }
  if ('restoreText' in value && typeof value.restoreText === 'string') {
    saved.restoreText = value.restoreText;
  }
  return saved;
}

/**
 * Upgrades a saved design from an older version. Version 1 is the first; a later version adds a case here.
 * Anything unreadable falls back to the defaults field by field.
 */
export function migrateSavedDesign(saved: unknown, _version: number): Partial<SavedDesign> {
  return readSavedDesign(saved);
}

/** localStorage with debounced writes, flushed when the page is hidden or unloaded. */
export function createDebouncedStorage(delayMs = AUTOSAVE_DELAY_MS): StateStorage {
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    for (const [name, value] of pending) {
      try {
        localStorage.setItem(name, value);
      } catch {
        // Storage full or blocked: autosave is best effort, the page keeps working.
      }
    }
    pending.clear();
  };

  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  return {
    getItem: (name) => pending.get(name) ?? localStorage.getItem(name),
    setItem: (name, value) => {
      pending.set(name, value);
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    removeItem: (name) => {
      pending.delete(name);
      localStorage.removeItem(name);
    },
  };
}

export const autosaveOptions: PersistOptions<DesignerState, SavedDesign> = {
  name: AUTOSAVE_KEY,
  version: AUTOSAVE_VERSION,
  storage: createJSONStorage(() => createDebouncedStorage()),
  partialize: ({ manifestsText, restoreText }) => ({ manifestsText, restoreText }),
  migrate: (saved, version) => migrateSavedDesign(saved, version) as SavedDesign,
  merge: (saved, current) => ({ ...current, ...readSavedDesign(saved) }),
};
