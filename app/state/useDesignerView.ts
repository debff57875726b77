import { useEffect, useSyncExternalStore } from 'react';
import type { DesignerInput, DesignerView, ViewInclude } from '../../src/index.ts';
import type { EngineRequest } from './engine.worker.ts';
import EngineWorker from './engine.worker.ts?worker';
import { MessageAssembler, type Part } from './splitMessage.ts';
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
  /** Id of the newest input sent (for the test API and the perf spec). */
  requestedId = 0;
  /** performance.now() after the newest result was rendered (React flushes in a microtask). */
  resultAt = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  request(input: DesignerInput): number {
    const req = { id: this.nextId++, input };
    this.requestedId = req.id;
    if (!this.snapshot.pending) this.update({ pending: true });
    if (this.busy) this.queued = req;
    else this.post(req);
    return req.id;
  }

  private post(req: EngineRequest) {
    this.busy = true;
    this.ensureWorker().postMessage(req);
  }

  private postQueued() {
    const next = this.queued;
    this.queued = null;
    if (next) this.post(next);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new EngineWorker();
    const assembler = new MessageAssembler();
    worker.onmessage = (event: MessageEvent<Part>) => {
      const whole = assembler.add(event.data);
      if (!whole.done) return;
      const data = whole.value as { id: number; view: DesignerView; ms: number };
      const next = this.queued;
      // The waiting input is sent in a task of its own: cloning a 4 MB text and rendering the result
      // in one task would block the page for longer than a frame. Until then it stays queued, so a
      // newer input replaces it.
      this.busy = next !== null;
      if (next) setTimeout(() => this.postQueued());
      this.update({
        view: data.view,
        inputId: data.id,
        ms: data.ms,
        pending: next !== null,
      });
      queueMicrotask(() => (this.resultAt = performance.now()));
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

/** Turns the store's view choices (open tab, diff pod) into what the engine computes. */
export type IncludeFor = (state: DesignerState) => ViewInclude;

/** What the engine reads from the store: the authored inputs, and what the open view needs. */
export const selectEngineInput = (s: DesignerState, includeFor?: IncludeFor): DesignerInput => ({
  manifests: s.manifestsText,
  restore: s.restoreText,
  scenarioText: s.scenarioText,
  scenarioEdits: s.scenarioEdits,
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
        (includeFor && !sameInclude(includeFor(state), includeFor(prev)))
      )
        send(state);
    });
  }, [includeFor]);
}

function sameInclude(a: ViewInclude, b: ViewInclude): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The latest engine result (null until the first one arrives). */
export function useDesignerView(): EngineSnapshot {
  return useSyncExternalStore(engine.subscribe, engine.getSnapshot);
}
