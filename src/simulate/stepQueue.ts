/**
 * The order in which `simulate.ts` lets the pods of a restore act: always the earliest next step
 * of any pod; at equal times returns first, then starts, then deliveries; then the pod listed
 * first. A binary heap of each pod's next step, recomputed only for the pod that acted (or for
 * all, when the restore-wide context changes), keeps large restores linear-logarithmic.
 */
import type { ContextEnding, NextStep, PodRun } from './podRun.ts';

const PRIORITY: Record<NextStep['kind'], number> = { return: 0, start: 1, deliver: 2 };

interface Entry {
  run: number;
  next: NextStep;
  /** The pod's step version when queued; an entry with an older version is stale. */
  version: number;
}

function before(a: Entry, b: Entry): boolean {
  if (a.next.at !== b.next.at) return a.next.at < b.next.at;
  const pa = PRIORITY[a.next.kind];
  const pb = PRIORITY[b.next.kind];
  return pa !== pb ? pa < pb : a.run < b.run;
}

/** The pods' next steps, earliest first. */
export class StepQueue {
  private readonly heap: Entry[] = [];
  private readonly versions: number[];

  constructor(
    private readonly runs: readonly PodRun[],
    shared: ContextEnding | null,
  ) {
    this.versions = runs.map(() => 0);
    this.refreshAll(shared);
  }

  /** The earliest next step, removed from the queue (null when no pod has one). */
  pop(): { run: PodRun; index: number; next: NextStep } | null {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      const last = this.heap.pop()!;
      if (this.heap.length > 0) {
        this.heap[0] = last;
        this.down(0);
      }
      if (top.version !== this.versions[top.run]) continue;
      this.versions[top.run]!++;
      return { run: this.runs[top.run]!, index: top.run, next: top.next };
    }
    return null;
  }

  /** Queues the next step of the pod that just acted. */
  refresh(index: number, shared: ContextEnding | null): void {
    const version = ++this.versions[index]!;
    const next = this.runs[index]!.next(shared);
    if (next !== null) this.push({ run: index, next, version });
  }

  /** Every pod's next step again (the restore-wide context changed). */
  refreshAll(shared: ContextEnding | null): void {
    this.runs.forEach((_, i) => this.refresh(i, shared));
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
      if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
      if (best === i) return;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  }
}
