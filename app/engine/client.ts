import type { DesignerInput, DesignerView, VersionComparison } from '../../src/index.ts';
import {
  syncedTextEntries,
  type BackupLoaded,
  type BackupOpened,
  type BackupRefused,
  type CompareRequestInput,
  type EncodePurpose,
  type Encoded,
  type EngineRequest,
  type EngineResponse,
  type SyncedText,
} from './protocol.ts';
import EngineWorker from './engine.worker.ts?worker';
import { MessageAssembler } from './splitMessage.ts';
import { TextSender } from './textSync.ts';

/** The latest engine result and whether a newer input is still being computed. */
export interface EngineSnapshot {
  view: DesignerView | null;
  /** Id of the input the view was computed from. */
  inputId: number;
  pending: boolean;
  /** Engine time of the last result, in ms. */
  ms: number;
}

type ViewRequest = Extract<EngineRequest, { kind: 'view' }>;
type BackupResponse = Extract<
  EngineResponse,
  { kind: 'backup-progress' | 'backup-read' | 'backup-loaded' }
>;

/** Compressed bytes read of the archive's size. */
export interface BackupReadProgress {
  bytesRead: number;
  totalBytes: number;
}

/** The pods loaded, why the label selector is wrong, or null when the worker holds no backup. */
export type LoadAnswer = BackupLoaded | { error: string } | null;

interface PendingBackup {
  onProgress: (progress: BackupReadProgress) => void;
  resolve: (result: BackupOpened | BackupRefused) => void;
}

interface PendingComparison {
  request: CompareRequestInput;
  resolve: (comparison: VersionComparison | null) => void;
}

/**
 * Runs the engine off the main thread. Texts go to the worker at every change, as edits where the
 * editor recorded them; views are coalesced: while one computes, only the newest request waits, so
 * a burst of keystrokes costs one extra run, not one per key.
 */
export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private busy = false;
  private queued: ViewRequest | null = null;
  /** Results of requests before this id were computed from copies that were out of step. */
  private firstTrusted = 0;
  private latestInput: DesignerInput | null = null;
  private readonly texts = new TextSender();
  private readonly encoding = new Map<number, (encoded: Encoded | null) => void>();
  private readonly comparing = new Map<number, PendingComparison>();
  private readonly backups = new Map<number, PendingBackup>();
  private readonly loading = new Map<number, (loaded: LoadAnswer) => void>();
  private snapshot: EngineSnapshot = { view: null, inputId: 0, pending: false, ms: 0 };
  private readonly listeners = new Set<() => void>();

  /** `createWorker`: the engine worker, started at the first request; tests pass their own. */
  constructor(private readonly createWorker: () => Worker = () => new EngineWorker()) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  request(input: DesignerInput): number {
    this.latestInput = input;
    this.syncTexts(input);
    const rest: Record<string, unknown> = { ...input };
    for (const [key] of syncedTextEntries) delete rest[key];
    const req: ViewRequest = { kind: 'view', id: this.nextId++, input: rest };
    if (!this.snapshot.pending) this.update({ pending: true });
    if (this.busy) this.queued = req;
    else this.post(req);
    return req.id;
  }

  /**
   * Encodes a design (the authored state) in the worker: see the `encode` request. The texts of
   * `state` the worker holds a copy of are not sent; it uses its copies. Rejects when it cannot.
   */
  encode(purpose: EncodePurpose, state: object, version: number): Promise<Encoded> {
    const rest: Record<string, unknown> = { ...state };
    const held = syncedTextEntries
      .map(([, name]) => name)
      .filter((name) => typeof rest[name] === 'string' && this.texts.holds(name, rest[name]));
    for (const name of held) delete rest[name];
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.encoding.set(id, (encoded) =>
        encoded === null ? reject(new Error('the engine worker lost a text')) : resolve(encoded),
      );
      this.ensureWorker().postMessage({
        kind: 'encode',
        id,
        purpose,
        state: rest,
        version,
        held,
      } satisfies EngineRequest);
    });
  }

  /**
   * Compares the design at every release from `range.from` to `range.to` in the worker (the texts
   * are the worker's copies, brought in step with `input` first). Null for an unknown release.
   */
  compare(
    input: DesignerInput,
    range: Omit<CompareRequestInput, 'scenarioEdits'>,
  ): Promise<VersionComparison | null> {
    this.syncTexts(input);
    const request: CompareRequestInput = { ...range, scenarioEdits: input.scenarioEdits ?? [] };
    return new Promise((resolve) => this.postCompare({ request, resolve }));
  }

  /**
   * Reads a backup tarball in the worker: `bytes` are transferred (this side can no longer read
   * them), progress comes back as it reads, then the summary or the one reason it cannot be read.
   */
  readBackup(
    fileName: string,
    bytes: ArrayBuffer,
    onProgress: (progress: BackupReadProgress) => void,
  ): Promise<BackupOpened | BackupRefused> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.backups.set(id, { onProgress, resolve });
      const request: EngineRequest = { kind: 'backup', id, fileName, bytes };
      this.ensureWorker().postMessage(request, [bytes]);
    });
  }

  /**
   * The pods of the backup the worker read last, in these namespaces (none: all) and matching the
   * label selector text (blank: any): as YAML, or only counted; null when it holds none.
   */
  loadBackup(
    namespaces: readonly string[],
    labelSelector = '',
    countOnly = false,
  ): Promise<LoadAnswer> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.loading.set(id, resolve);
      this.ensureWorker().postMessage({
        kind: 'backup-load',
        id,
        namespaces: [...namespaces],
        labelSelector,
        countOnly,
      } satisfies EngineRequest);
    });
  }

  private backupMessage(message: BackupResponse): void {
    if (message.kind === 'backup-loaded') {
      this.loading.get(message.id)?.(message.loaded);
      this.loading.delete(message.id);
      return;
    }
    const pending = this.backups.get(message.id);
    if (!pending) return;
    if (message.kind === 'backup-progress') {
      pending.onProgress({ bytesRead: message.bytesRead, totalBytes: message.totalBytes });
      return;
    }
    this.backups.delete(message.id);
    pending.resolve(message.result);
  }

  private postCompare(pending: PendingComparison): void {
    const id = this.nextId++;
    this.comparing.set(id, pending);
    this.ensureWorker().postMessage({
      kind: 'compare',
      id,
      input: pending.request,
    } satisfies EngineRequest);
  }

  private compared(id: number, comparison: VersionComparison | null): void {
    const pending = this.comparing.get(id);
    this.comparing.delete(id);
    if (!pending) return;
    // Computed from copies that were out of step: ask again, after the resync's whole texts.
    if (id < this.firstTrusted) this.postCompare(pending);
    else pending.resolve(comparison);
  }

  private syncTexts(input: DesignerInput): void {
    const updates: Extract<EngineRequest, { kind: 'texts' }>['updates'] = [];
    for (const [key, name] of syncedTextEntries) {
      const update = this.texts.update(name, input[key] ?? '');
      if (update) updates.push([name, update]);
    }
    if (updates.length > 0)
      this.ensureWorker().postMessage({ kind: 'texts', updates } satisfies EngineRequest);
  }

  private post(req: ViewRequest) {
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
    const worker = this.createWorker();
    const assembler = new MessageAssembler();
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const message = event.data;
      if (message.kind === 'encoded') {
        this.encoding.get(message.id)?.(message.encoded);
        this.encoding.delete(message.id);
      } else if (message.kind === 'compared') {
        this.compared(message.id, message.comparison);
      } else if (
        message.kind === 'backup-progress' ||
        message.kind === 'backup-read' ||
        message.kind === 'backup-loaded'
      ) {
        this.backupMessage(message);
      } else if (message.kind === 'out-of-step') {
        this.resync(message.names);
      } else {
        const whole = assembler.add(message);
        if (whole.done)
          this.received(whole.value as { id: number; view: DesignerView; ms: number });
      }
    };
    this.worker = worker;
    return worker;
  }

  private received(data: { id: number; view: DesignerView; ms: number }) {
    const next = this.queued;
    // The waiting request is sent in a task of its own: rendering the result is work enough for
    // one task. Until then it stays queued, so a newer request replaces it.
    this.busy = next !== null;
    if (next) setTimeout(() => this.postQueued());
    if (data.id < this.firstTrusted) return;
    this.update({ view: data.view, inputId: data.id, ms: data.ms, pending: next !== null });
  }

  /** Sends the texts the worker lost whole, and asks again for the latest view. */
  private resync(names: SyncedText[]) {
    for (const name of names) this.texts.forget(name);
    this.firstTrusted = this.nextId;
    if (this.latestInput) this.request(this.latestInput);
  }

  private update(patch: Partial<EngineSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const l of this.listeners) l();
  }
}

export const engine = new EngineClient();
