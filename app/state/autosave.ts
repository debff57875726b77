import { decodeShareFragment } from '../../src/index.ts';
import {
  AUTHORED_STATE_VERSION,
  migrateAuthoredState,
  sanitizeAuthoredState,
  selectAuthoredState,
  type AuthoredState,
} from './authoredState.ts';
import { engine } from '../engine/index.ts';
import { showNotice } from './notices.ts';

const AUTOSAVE_DELAY_MS = 400;
/** Designs with more text than this are saved compressed, encoded in a worker. */
const COMPRESS_ABOVE_CHARS = 256 * 1024;
/** A compressed save is trusted (this browser wrote it), so it may expand far beyond a link. */
const MAX_SAVED_BYTES = 64 * 1024 * 1024;

/** A save as it is stored: the authored state and the version of its shape. */
export interface Saved {
  state: AuthoredState;
  version?: number;
}

/** Debounced storage of designs, keyed by localStorage key. */
export interface DesignStorage {
  /** What is stored (or waiting to be) under `name`; null when nothing readable is. */
  getItem(name: string): Saved | null;
  /** Saves after the delay; a later call for the same name replaces the value. */
  setItem(name: string, value: Saved): void;
  removeItem(name: string): void;
  /** True while a save of `name` has not landed in localStorage yet. */
  hasPending(name: string): boolean;
  /** Drops a save of `name` that has not landed; what is stored stays. */
  cancel(name: string): void;
  /** Starts every waiting save now; resolves when they have landed (or failed). */
  flush(): Promise<void>;
}

/** Encodes a large save into a compact string (the link codec's format). */
export type SaveEncoder = (value: Saved) => Promise<string>;

/** The engine worker holds the texts already: only the rest of the design is sent to it. */
const encodeInEngineWorker: SaveEncoder = async (value) =>
  (await engine.encode('autosave', value.state, value.version ?? AUTHORED_STATE_VERSION)).fragment;

/** A `{ state, version }` object as zustand persist stores it, or null. */
function readSaved(value: unknown): Saved | null {
  if (typeof value !== 'object' || value === null || !('state' in value)) return null;
  const version = 'version' in value && typeof value.version === 'number' ? value.version : 0;
  return { state: value.state as AuthoredState, version };
}

/** Reads a save: plain JSON, or the link codec's format for a large design. */
function parseSaved(raw: string | null): Saved | null {
  if (raw === null) return null;
  if (/^v\d+\./.test(raw)) {
    const decoded = decodeShareFragment(raw, {
      version: AUTHORED_STATE_VERSION,
      // Older saves are upgraded by zustand's `migrate` below, from the version inside the payload.
      migrate: (payload) => payload,
      maxInflatedBytes: MAX_SAVED_BYTES,
    });
    return decoded.kind === 'ok' ? readSaved(decoded.payload) : null;
  }
  try {
    return readSaved(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** How many characters of text a value holds (stops counting past `limit`). */
function textSize(value: unknown, limit: number): number {
  let size = 0;
  const walk = (v: unknown): void => {
    if (size > limit) return;
    if (typeof v === 'string') size += v.length;
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return size;
}

/** Reads a save's text as stored in localStorage (plain JSON or compressed); null if unreadable. */
export function parseStoredDesign(raw: string | null): Saved | null {
  try {
    return parseSaved(raw);
  } catch {
    return null;
  }
}

/**
 * `current` with a save's authored state over it: the save is upgraded and checked field by field
 * against `current`, so what it lacks, has in the wrong shape or cannot be read keeps the value
 * (and every action) of `current`.
 */
export function mergeSavedDesign<T extends AuthoredState>(saved: Saved | null, current: T): T {
  if (saved === null) return current;
  const migrated = migrateAuthoredState(saved.state, saved.version ?? 0);
  return migrated === undefined
    ? current
    : { ...current, ...sanitizeAuthoredState(migrated, selectAuthoredState(current)) };
}

function reportFailure(error: unknown): void {
  const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
  showNotice({
    kind: 'error',
    message: quota
      ? 'Autosave failed: this design is larger than the browser lets a page store. Keep this tab open, or copy your texts somewhere safe.'
      : 'Autosave failed: this browser does not let the page store data. Your work stays only while this tab is open.',
  });
}

/**
 * localStorage with debounced writes. The state is serialised at the write, not at every keystroke,
 * and a large design is compressed in the engine worker first: writing 4 MB of text into
 * localStorage blocks the page for half a second, and could pass the browser's quota. When the page
 * is hidden the write starts at once; when it unloads, whatever is still pending is written as
 * plain JSON.
 */
export function createDebouncedStorage(
  delayMs = AUTOSAVE_DELAY_MS,
  onError: (error: unknown) => void = reportFailure,
  encode: SaveEncoder = encodeInEngineWorker,
  onWritten: (name: string) => void = () => undefined,
): DesignStorage {
  const pending = new Map<string, Saved>();
  /** Saves being compressed, until their write lands. */
  const encoding = new Map<string, { value: Saved; generation: number }>();
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failed = false;

  /** Resolvers of `flush()` calls waiting for compressed saves to land. */
  let settled: (() => void)[] = [];
  const settleIfIdle = (): void => {
    if (encoding.size > 0 || pending.size > 0) return;
    const waiting = settled;
    settled = [];
    waiting.forEach((resolve) => resolve());
  };

  const write = (name: string, raw: string): void => {
    try {
      localStorage.setItem(name, raw);
      failed = false;
      onWritten(name);
    } catch (error) {
      // Best effort: the page keeps working. Say so once, not at every pause in typing.
      if (!failed) onError(error);
      failed = true;
    }
  };

  const startWrite = (name: string, value: Saved, unloading: boolean): void => {
    const current = ++generation;
    if (unloading || textSize(value, COMPRESS_ABOVE_CHARS) <= COMPRESS_ABOVE_CHARS) {
      encoding.delete(name);
      write(name, JSON.stringify(value));
      return;
    }
    encoding.set(name, { value, generation: current });
    encode(value).then(
      (raw) => {
        if (encoding.get(name)?.generation !== current) return; // a newer write won
        encoding.delete(name);
        write(name, raw);
        settleIfIdle();
      },
      () => {
        if (encoding.get(name)?.generation !== current) return;
        encoding.delete(name);
        write(name, JSON.stringify(value));
        settleIfIdle();
      },
    );
  };

  const flush = (unloading: boolean): void => {
    clearTimeout(timer);
    timer = undefined;
    if (unloading)
      for (const [name, { value }] of encoding) pending.set(name, pending.get(name) ?? value);
    for (const [name, value] of pending) startWrite(name, value, unloading);
    pending.clear();
  };

  addEventListener('pagehide', () => flush(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush(false);
  });

  return {
    getItem: (name) => {
      const waiting = pending.get(name) ?? encoding.get(name)?.value;
      if (waiting) return waiting;
      try {
        return parseSaved(localStorage.getItem(name));
      } catch {
        return null;
      }
    },
    setItem: (name, value) => {
      pending.set(name, value);
      clearTimeout(timer);
      timer = setTimeout(() => flush(false), delayMs);
    },
    removeItem: (name) => {
      pending.delete(name);
      encoding.delete(name);
      try {
        localStorage.removeItem(name);
      } catch {
        // Nothing stored, nothing to remove.
      }
      settleIfIdle();
    },
    hasPending: (name) => pending.has(name) || encoding.has(name),
    cancel: (name) => {
      pending.delete(name);
      encoding.delete(name);
      settleIfIdle();
    },
    flush: () =>
      new Promise<void>((resolve) => {
        settled.push(resolve);
        flush(false);
        settleIfIdle();
      }),
  };
}
