/**
 * Debounced, one-at-a-time re-analysis: each document waits `delayMs` after its last change, then
 * joins a queue that runs one analysis at a time; a document already queued is not queued twice.
 */
export class Scheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly queue: string[] = [];
  private busy = false;

  constructor(
    private readonly delayMs: number,
    private readonly analyse: (uri: string) => Promise<void>,
    private readonly onError: (uri: string, err: unknown) => void,
  ) {}

  /** Analyses `uri` after the debounce delay (or `delayMs` given, 0 for a document just opened). */
  schedule(uri: string, delayMs = this.delayMs): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        if (!this.queue.includes(uri)) this.queue.push(uri);
        this.pump();
      }, delayMs),
    );
  }

  /** Forgets a closed document. */
  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const i = this.queue.indexOf(uri);
    if (i !== -1) this.queue.splice(i, 1);
  }

  private pump(): void {
    if (this.busy) return;
    const uri = this.queue.shift();
    if (uri === undefined) return;
    this.busy = true;
    this.analyse(uri)
      .catch((err: unknown) => this.onError(uri, err))
      .finally(() => {
        this.busy = false;
        this.pump();
      });
  }
}
