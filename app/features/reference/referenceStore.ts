import { useSyncExternalStore } from 'react';

/** Whether the diagnostic reference is open, and at which code. Page UI state, not authored. */
export interface ReferenceState {
  open: boolean;
  code: string | null;
  /** Bumped on every request, so opening the same code again scrolls to it again. */
  request: number;
}

let state: ReferenceState = { open: false, code: null, request: 0 };
const listeners = new Set<() => void>();

function update(next: ReferenceState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Opens the reference, at `code`'s entry when given. */
export function openReference(code: string | null = null): void {
  update({ open: true, code, request: state.request + 1 });
}

export function closeReference(): void {
  if (state.open) update({ ...state, open: false });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReferenceState(): ReferenceState {
  return useSyncExternalStore(subscribe, () => state);
}
