/**
 * Readers and builders for plain parsed data (what YAML or JSON parsing gives: objects, arrays,
 * scalars), whatever shape the user wrote. Shared by the engine and, through src/index.ts, the app.
 */
import type { JsonPath } from './types.ts';

/** The value as an object, or `{}` for anything else (arrays and null included). */
export function asObject(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}

/** The value as an array, or `[]` for anything else. */
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value as a string, or `''` for anything else. */
export function asString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The strings of an array, skipping other items; `[]` for anything but an array. */
export function asStrings(v: unknown): string[] {
  return asArray(v).filter((x): x is string => typeof x === 'string');
}

/**
 * The value at `path` below `root` (object keys, array indexes), or undefined when a step is
 * missing. Reads own properties only, so a `__proto__` or `constructor` key is just a key.
 */
export function readValueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(node) || step < 0 || step >= node.length) return undefined;
      node = node[step] as unknown;
    } else {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(node, step)) return undefined;
      node = (node as Record<string, unknown>)[step];
    }
  }
  return node;
}

/** `{a: {b: value}}` for the path `[a, b]`; a number step makes a one-item array (`[value]`). */
export function nest(path: JsonPath, value: unknown): unknown {
  let v = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i]!;
    v = typeof step === 'number' ? [v] : { [step]: v };
  }
  return v;
}
