import { useSyncExternalStore } from 'react';
import type { DesignerView } from '../../src/index.ts';
import { engine, type EngineSnapshot } from './client.ts';

const selectView = () => engine.getSnapshot().view;
const selectPending = () => engine.getSnapshot().pending;

/**
 * The latest engine view alone: unlike useDesignerView, a form does not render again when only
 * the pending flag flips (twice per keystroke).
 */
export function useEngineView(): DesignerView | null {
  return useSyncExternalStore(engine.subscribe, selectView);
}

/** True while a newer input than the view's is being computed. */
export function useEnginePending(): boolean {
  return useSyncExternalStore(engine.subscribe, selectPending);
}

/** The latest engine result (null until the first one arrives). */
export function useDesignerView(): EngineSnapshot {
  return useSyncExternalStore(engine.subscribe, engine.getSnapshot);
}
