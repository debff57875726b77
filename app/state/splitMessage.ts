/**
 * Sends a large object between threads as several small messages. Deserialising a message happens
 * in one task on the receiving thread: a 2,000-pod engine result in one piece blocks the page for
 * hundreds of milliseconds, in slices of a few hundred items each takes a few.
 */

type Path = (string | number)[];

export type Part =
  | { kind: 'skeleton'; value: unknown; slices: number }
  | { kind: 'slice'; path: Path; items: unknown[] };

/** Arrays longer than this are sent in slices of this many items. */
const SLICE = 250;

/**
 * The parts of `value`: first a skeleton in which each long array is empty, then the items of
 * those arrays in order. Objects on the way to a long array are copied; nothing else is.
 */
export function splitMessage(value: unknown, slice = SLICE): Part[] {
  const slices: Part[] = [];
  const walk = (v: unknown, path: Path): unknown => {
    if (Array.isArray(v)) {
      const list = v as unknown[];
      if (list.length > slice) {
        for (let i = 0; i < list.length; i += slice)
          slices.push({ kind: 'slice', path, items: list.slice(i, i + slice) });
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
  return [{ kind: 'skeleton', value: skeleton, slices: slices.length }, ...slices];
}

/** Puts parts back together; `add` returns the whole value once its last part has arrived. */
export class MessageAssembler {
  private value: unknown = undefined;
  private missing = 0;

  add(part: Part): { done: true; value: unknown } | { done: false } {
    if (part.kind === 'skeleton') {
      this.value = part.value;
      this.missing = part.slices;
    } else {
      let target = this.value as Record<string | number, unknown>;
      for (const step of part.path) target = target[step] as Record<string | number, unknown>;
      (target as unknown as unknown[]).push(...part.items);
      this.missing--;
    }
    return this.missing === 0 ? { done: true, value: this.value } : { done: false };
  }
}
