import { useEffect } from 'react';
import type { DesignerInput, ViewInclude } from '../../src/index.ts';
import { engine } from '../engine/index.ts';
import { useDesignerStore, type DesignerState } from './store.ts';

/** Turns the store's view choices (open tab, diff pod) into what the engine computes. */
export type IncludeFor = (state: DesignerState) => ViewInclude;

/** What the engine reads from the store: the authored inputs, and what the open view needs. */
export const selectEngineInput = (s: DesignerState, includeFor?: IncludeFor): DesignerInput => ({
  manifests: s.manifestsText,
  restore: s.restoreText,
  scenarioText: s.scenarioText,
  scenarioEdits: s.scenarioEdits,
  veleroVersion: s.veleroVersion,
  ...(includeFor ? { include: includeFor(s) } : {}),
});

/** Keeps the engine fed with the store's inputs; mount once, near the root. */
export function useEngineSync(includeFor?: IncludeFor): void {
  useEffect(() => {
    const send = (s: DesignerState) => engine.request(selectEngineInput(s, includeFor));
    send(useDesignerStore.getState());
    return useDesignerStore.subscribe((state, prev) => {
      if (
        state.manifestsText !== prev.manifestsText ||
        state.restoreText !== prev.restoreText ||
        state.scenarioText !== prev.scenarioText ||
        state.scenarioEdits !== prev.scenarioEdits ||
        state.veleroVersion !== prev.veleroVersion ||
        (includeFor && !sameInclude(includeFor(state), includeFor(prev)))
      )
        send(state);
    });
  }, [includeFor]);
}

function sameInclude(a: ViewInclude, b: ViewInclude): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
