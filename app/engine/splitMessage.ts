/**
 * Sends a large object between threads as several small messages, and sends again only what
 * changed. Deserialising a message happens in one task on the receiving thread: a 2,000-pod engine
 * result in one piece blocks the page for hundreds of milliseconds, in slices of a few hundred
 * items (and long strings in pieces of 256 K characters) each takes a few. And while the user types, most items of a result equal the previous
 * result's, or differ in a field or two (a new line moves every diagnostic below it): those are
 * sent as references to the objects the receiver already holds, or as the fields that changed, so
 * a keystroke does not allocate (and later garbage-collect) megabytes of copies on the page.
 */

type Path = (string | number)[];

export type Part =
  | { kind: 'skeleton'; value: unknown; parts: number }
  /**
   * Items appended to the array at `path`. Where `bases[i]` is not -1, `items[i]` holds only the
   * fields that changed: the others are those of item `bases[i]` of the previous value's array.
   */
  | { kind: 'slice'; path: Path; items: unknown[]; bases?: number[] }
  /** Items `from` to `from + count` of the previous value's array at `path`, appended as they are. */
  | { kind: 'reuse'; path: Path; from: number; count: number }
  /** A piece of the long string at `path`; with `end`, the string is complete. */
  | { kind: 'text'; path: Path; chunk: string; end: boolean }
  /** The long string at `path` is the previous value's string there. */
  | { kind: 'same-text'; path: Path };

/** Arrays longer than this are sent in slices of this many items. */
const SLICE = 250;
/** Strings longer than this (e.g. a full restore's YAML) are sent in pieces of this length. */
const TEXT_CHUNK = 256 * 1024;

/** What was sent of a long array: its items and their JSON texts. */
interface SentArray {
  items: unknown[];
  texts: string[];
}

/**
 * The sending side. The parts of a value: first a skeleton in which each long array and long
 * string is empty, then the items of those arrays in order, each sent whole, as its changed
 * fields, or in a run of the previous value's items, and the strings in pieces (or as "the same as
 * before"). Objects on the way to a long array are copied; nothing else is. Items
 * are compared by their JSON text, so the values sent must be plain JSON data (the engine's are).
 */
export class MessageSplitter {
  /** The long arrays of the previous value, by path. */
  private sent = new Map<string, SentArray>();
  /** The long strings of the previous value, by path. */
  private sentTexts = new Map<string, string>();

  constructor(
    private readonly slice = SLICE,
    private readonly textChunk = TEXT_CHUNK,
  ) {}

  split(value: unknown): Part[] {
    const parts: Part[] = [];
    const sent = new Map<string, SentArray>();
    const sentTexts = new Map<string, string>();

    const walk = (v: unknown, path: Path): unknown => {
      if (typeof v === 'string' && v.length > this.textChunk && path.length > 0) {
        const key = JSON.stringify(path);
        sentTexts.set(key, v);
        if (this.sentTexts.get(key) === v) {
          parts.push({ kind: 'same-text', path });
        } else {
          for (let at = 0; at < v.length; at += this.textChunk) {
            const end = at + this.textChunk >= v.length;
            parts.push({ kind: 'text', path, chunk: v.slice(at, at + this.textChunk), end });
          }
        }
        return '';
      }
      if (Array.isArray(v)) {
        const list = v as unknown[];
        if (list.length > this.slice) {
          const key = JSON.stringify(path);
          const texts = list.map((item) => JSON.stringify(item));
          sent.set(key, { items: list, texts });
          parts.push(...this.arrayParts(path, list, texts, this.sent.get(key)));
          return [];
        }
        let copy: unknown[] | null = null;
        list.forEach((item, i) => {
          const next = walk(item, [...path, i]);
          if (next !== item) (copy ??= [...list])[i] = next;
        });
        return copy ?? list;
      }
      if (isRecord(v)) {
        let copy: Record<string, unknown> | null = null;
        for (const [key, item] of Object.entries(v)) {
          const next = walk(item, [...path, key]);
          if (next !== item) setOwn((copy ??= { ...v }), key, next);
        }
        return copy ?? v;
      }
      return v;
    };

    const skeleton = walk(value, []);
    this.sent = sent;
    this.sentTexts = sentTexts;
    return [{ kind: 'skeleton', value: skeleton, parts: parts.length }, ...parts];
  }

  /** The parts that fill the array at `path` with `list`, given what was sent there before. */
  private arrayParts(
    path: Path,
    list: unknown[],
    texts: string[],
    before: SentArray = { items: [], texts: [] },
  ): Part[] {
    const parts: Part[] = [];
    const firstIndex = new Map<string, number>();
    before.texts.forEach((text, i) => firstIndex.has(text) || firstIndex.set(text, i));

    let items: unknown[] = [];
    let bases: number[] = [];
    let run: { from: number; count: number } | null = null;
    // Previous index minus new index at the last equal item: where the same item's old version is.
    let shift = 0;
    const endSlice = () => {
      if (items.length > 0)
        parts.push({ kind: 'slice', path, items, ...(bases.some((b) => b >= 0) ? { bases } : {}) });
      items = [];
      bases = [];
    };
    const endRun = () => {
      if (run) parts.push({ kind: 'reuse', path, ...run });
      run = null;
    };

    texts.forEach((text, i) => {
      // Prefer the next item of the current run, so unchanged stretches stay one part.
      const next: number = run ? run.from + run.count : -1;
      const from = run && before.texts[next] === text ? next : (firstIndex.get(text) ?? -1);
      if (from < 0) {
        endRun();
        const base = i + shift;
        const changed =
          base < before.items.length ? changedFields(before.items[base], list[i]) : null;
        items.push(changed ?? list[i]);
        bases.push(changed ? base : -1);
        if (items.length === this.slice) endSlice();
        return;
      }
      shift = from - i;
      if (run && from === next) {
        run.count++;
      } else {
        endSlice();
        endRun();
        run = { from, count: 1 };
      }
    });
    endSlice();
    endRun();
    return parts;
  }
}

/**
 * The fields of `next` that differ from `base`, when both are objects with the same keys and the
 * fields that stay make up most of the item (by JSON size); otherwise null.
 */
function changedFields(base: unknown, next: unknown): Record<string, unknown> | null {
  if (!isRecord(base) || !isRecord(next)) return null;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(base).length || !keys.every((k) => Object.hasOwn(base, k)))
    return null;
  const changed: Record<string, unknown> = {};
  let kept = 0;
  let sent = 0;
  for (const key of keys) {
    const before = JSON.stringify(base[key]) ?? '';
    const after = JSON.stringify(next[key]) ?? '';
    if (before === after) {
      kept += before.length;
    } else {
      setOwn(changed, key, next[key]);
      sent += after.length;
    }
  }
  return kept > sent ? changed : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** defineProperty, not `=`: a `__proto__` key from user YAML stays an own property. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * The receiving side: puts parts back together; `add` returns the whole value once its last part
 * has arrived. It keeps that value, whose items the next value's parts may refer to.
 */
export class MessageAssembler {
  private value: unknown = undefined;
  private previous: unknown = undefined;
  private missing = 0;
  /** Pieces of the long strings still arriving, by path. */
  private readonly chunks = new Map<string, string[]>();

  add(part: Part): { done: true; value: unknown } | { done: false } {
    if (part.kind === 'skeleton') {
      this.value = part.value;
      this.missing = part.parts;
    } else if (part.kind === 'text' || part.kind === 'same-text') {
      if (part.kind === 'same-text') {
        setAt(this.value, part.path, readUnchecked(this.previous, part.path));
      } else {
        const key = JSON.stringify(part.path);
        const pieces = [...(this.chunks.get(key) ?? []), part.chunk];
        if (part.end) {
          this.chunks.delete(key);
          setAt(this.value, part.path, pieces.join(''));
        } else {
          this.chunks.set(key, pieces);
        }
      }
      this.missing--;
    } else {
      const target = arrayAt(this.value, part.path);
      if (part.kind === 'reuse') {
        target.push(...arrayAt(this.previous, part.path).slice(part.from, part.from + part.count));
      } else if (!part.bases) {
        target.push(...part.items);
      } else {
        const { bases } = part;
        const previous = arrayAt(this.previous, part.path);
        // Object spread defines own properties, so a `__proto__` field stays one here too.
        target.push(
          ...part.items.map((item, i) =>
            bases[i]! < 0 ? item : { ...(previous[bases[i]!] as object), ...(item as object) },
          ),
        );
      }
      this.missing--;
    }
    if (this.missing > 0) return { done: false };
    this.previous = this.value;
    return { done: true, value: this.value };
  }
}

/** The value at a path this message's own skeleton made: no checks (a missing step throws). */
function readUnchecked(value: unknown, path: Path): unknown {
  let target = value;
  for (const step of path) target = (target as Record<string | number, unknown>)[step];
  return target;
}

function arrayAt(value: unknown, path: Path): unknown[] {
  const target = readUnchecked(value, path);
  if (!Array.isArray(target)) throw new Error(`no array at ${JSON.stringify(path)}`);
  return target;
}

/** Sets the value at a non-empty `path` (the skeleton holds a placeholder there). */
function setAt(value: unknown, path: Path, item: unknown): void {
  const parent = readUnchecked(value, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[last as number] = item;
  else setOwn(parent, String(last), item);
}
