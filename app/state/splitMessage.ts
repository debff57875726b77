/**
 * Sends a large object between threads as several small messages, and sends again only what
 * changed. Deserialising a message happens in one task on the receiving thread: a 2,000-pod engine
 * result in one piece blocks the page for hundreds of milliseconds, in slices of a few hundred
 * items each takes a few. And while the user types, most items of a result are equal to the
 * previous result's: those are not sent again, the receiver reuses the objects it already holds,
 * so a keystroke does not allocate (and later garbage-collect) megabytes of copies on the page.
 */

type Path = (string | number)[];

export type Part =
  | { kind: 'skeleton'; value: unknown; parts: number }
  /** New items, appended to the array at `path`. */
  | { kind: 'slice'; path: Path; items: unknown[] }
  /** Items `from` to `from + count` of the previous value's array at `path`, appended as they are. */
  | { kind: 'reuse'; path: Path; from: number; count: number };

/** Arrays longer than this are sent in slices of this many items. */
const SLICE = 250;

/**
 * The sending side. The parts of a value: first a skeleton in which each long array is empty, then
 * the items of those arrays in order, as new items or as runs of the previous value's items.
 * Objects on the way to a long array are copied; nothing else is. Items are compared by their JSON
 * text, so the values sent must be plain JSON data (the engine's results are).
 */
export class MessageSplitter {
  /** JSON text of each item of each long array of the previous value, by path. */
  private sent = new Map<string, string[]>();

  constructor(private readonly slice = SLICE) {}

  split(value: unknown): Part[] {
    const { slice } = this;
    const parts: Part[] = [];
    const sent = new Map<string, string[]>();

    const sendArray = (list: unknown[], path: Path): void => {
      const key = JSON.stringify(path);
      const texts = list.map((item) => JSON.stringify(item));
      sent.set(key, texts);
      const before = this.sent.get(key) ?? [];
      const firstIndex = new Map<string, number>();
      before.forEach((text, i) => firstIndex.has(text) || firstIndex.set(text, i));

      let fresh: unknown[] = [];
      let run: { from: number; count: number } | null = null;
      const endFresh = () => {
        if (fresh.length > 0) parts.push({ kind: 'slice', path, items: fresh });
        fresh = [];
      };
      const endRun = () => {
        if (run) parts.push({ kind: 'reuse', path, ...run });
        run = null;
      };
      texts.forEach((text, i) => {
        // Prefer the next item of the current run, so unchanged stretches stay one part.
        const next: number = run ? run.from + run.count : -1;
        const from = run && before[next] === text ? next : (firstIndex.get(text) ?? -1);
        if (from < 0) {
          endRun();
          fresh.push(list[i]);
          if (fresh.length === slice) endFresh();
        } else if (run && from === next) {
          run.count++;
        } else {
          endFresh();
          endRun();
          run = { from, count: 1 };
        }
      });
      endFresh();
      endRun();
    };

    const walk = (v: unknown, path: Path): unknown => {
      if (Array.isArray(v)) {
        const list = v as unknown[];
        if (list.length > slice) {
          sendArray(list, path);
          return [];
        }
        let copy: unknown[] | null = null;
        list.forEach((item, i) => {
          const next = walk(item, [...path, i]);
          if (next !== item) (copy ??= [...list])[i] = next;
        });
        return copy ?? list;
      }
      if (v !== null && typeof v === 'object') {
        let copy: Record<string, unknown> | null = null;
        for (const [key, item] of Object.entries(v)) {
          const next = walk(item, [...path, key]);
          // defineProperty, not `=`: a `__proto__` key from user YAML stays an own property.
          if (next !== item)
            Object.defineProperty((copy ??= { ...v }), key, {
              value: next,
              enumerable: true,
              writable: true,
              configurable: true,
            });
        }
        return copy ?? v;
      }
      return v;
    };

    const skeleton = walk(value, []);
    this.sent = sent;
    return [{ kind: 'skeleton', value: skeleton, parts: parts.length }, ...parts];
  }
}

/**
 * The receiving side: puts parts back together; `add` returns the whole value once its last part
 * has arrived. It keeps that value, whose items the next value's `reuse` parts refer to.
 */
export class MessageAssembler {
  private value: unknown = undefined;
  private previous: unknown = undefined;
  private missing = 0;

  add(part: Part): { done: true; value: unknown } | { done: false } {
    if (part.kind === 'skeleton') {
      this.value = part.value;
      this.missing = part.parts;
    } else {
      const target = arrayAt(this.value, part.path);
      if (part.kind === 'slice') target.push(...part.items);
      else
        target.push(...arrayAt(this.previous, part.path).slice(part.from, part.from + part.count));
      this.missing--;
    }
    if (this.missing > 0) return { done: false };
    this.previous = this.value;
    return { done: true, value: this.value };
  }
}

function arrayAt(value: unknown, path: Path): unknown[] {
  let target = value;
  for (const step of path) target = (target as Record<string | number, unknown>)[step];
  if (!Array.isArray(target)) throw new Error(`no array at ${JSON.stringify(path)}`);
  return target;
}
