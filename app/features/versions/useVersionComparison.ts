import { useEffect, useState } from 'react';
import type { VersionComparison } from '../../../src/index.ts';
import { engine } from '../../engine/index.ts';
import { useDesignerStore, type DesignerState } from '../../state/store.ts';
import { selectEngineInput } from '../../state/engineSync.ts';

/** Typing pauses this long before the releases are compared again. */
const DELAY_MS = 300;

export interface ComparisonState {
  /** The latest comparison (kept while a newer one computes); null before the first. */
  comparison: VersionComparison | null;
  /** The releases `comparison` is for. */
  range: { from: string; to: string } | null;
  pending: boolean;
}

const compared = (s: DesignerState, prev: DesignerState) =>
  s.manifestsText !== prev.manifestsText ||
  s.restoreText !== prev.restoreText ||
  s.scenarioText !== prev.scenarioText ||
  s.scenarioEdits !== prev.scenarioEdits;

/**
 * Compares the design at every release from `from` to `to` in the engine worker, while the calling
 * component is mounted: again after each pause in editing, one comparison at a time.
 */
export function useVersionComparison(from: string, to: string): ComparisonState {
  const [state, setState] = useState<ComparisonState>({
    comparison: null,
    range: null,
    pending: true,
  });

  useEffect(() => {
    let stopped = false;
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      again = false;
      setState((s) => (s.pending ? s : { ...s, pending: true }));
      void engine
        .compare(selectEngineInput(useDesignerStore.getState()), { from, to })
        .then((comparison) => {
          running = false;
          if (stopped) return;
          if (again) run();
          else setState({ comparison, range: { from, to }, pending: false });
        });
    };
    run();
    const unsubscribe = useDesignerStore.subscribe((s, prev) => {
      if (!compared(s, prev)) return;
      clearTimeout(timer);
      setState((current) => (current.pending ? current : { ...current, pending: true }));
      timer = setTimeout(run, DELAY_MS);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [from, to]);

  return state;
}
