import { useEffect, useSyncExternalStore } from 'react';
import type { DesignerInput, DesignerView } from '../../src/index.ts';
import type { EngineRequest } from './engine.worker.ts';
import EngineWorker from './engine.worker.ts?worker';
import { useDesignerStore, type DesignerState } from './store.ts';

/** The latest engine result and whether a newer input is still being computed. */
export interface EngineSnapshot {
  view: DesignerView | null;
  /** Id of the input the view was computed from. */
  inputId: number;
  pending: boolean;
  /** Engine time of the last result, in ms. */
  ms: number;
}

/**
 * Runs the engine off the main thread. Requests are coalesced: while one computes, only the newest
 * input waits, so a burst of keystrokes costs one extra run, not one per key.
 */
class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private busy = false;
  private queued: EngineRequest | null = null;
  private snapshot: EngineSnapshot = { view: null, inputId: 0, pending: false, ms: 0 };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  request(input: DesignerInput): number {
    const req = { id: this.nextId++, input };
    if (!this.snapshot.pending) this.update({ pending: true });
    if (this.busy) this.queued = req;
    else this.post(req);
    return req.id;
  }

  private post(req: EngineRequest) {
    this.busy = true;
    this.ensureWorker().postMessage(req);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new EngineWorker();
    worker.onmessage = (event: MessageEvent<{ id: number; view: DesignerView; ms: number }>) => {
      this.busy = false;
      const next = this.queued;
      this.queued = null;
      if (next) this.post(next);
      this.update({
        view: event.data.view,
        inputId: event.data.id,
        ms: event.data.ms,
        pending: next !== null,
      });
    };
    this.worker = worker;
    return worker;
  }

  private update(patch: Partial<EngineSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }
}

export const engine = new EngineClient();

/** What the engine reads from the store: the authored inputs only. */
export const selectEngineInput = (s: DesignerState): DesignerInput => ({
  manifests: s.manifestsText,
  restore: s.restoreText,
});

/** Keeps the engine fed with the store's inputs; mount once, near the root. */
export function useEngineSync(): void {
  useEffect(() => {
    const send = (s: DesignerState) => engine.request(selectEngineInput(s));
    send(useDesignerStore.getState());
    return useDesignerStore.subscribe((state, prev) => {
      if (state.manifestsText !== prev.manifestsText || state.restoreText !== prev.restoreText)
        send(state);
    });
  }, []);
}

/** The latest engine result (null until the first one arrives). */
export function useDesignerView(): EngineSnapshot {
  return useSyncExternalStore(engine.subscribe, engine.getSnapshot);
}
