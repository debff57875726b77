import { getIn, nest, setIn, readValueAt, type JsonPath } from '../../../src/index.ts';

/**
 * The form's one way to change a text: `setIn`, plus two touches so that form edits read like
 * hand-written YAML. Removing the last entry of a collection removes the collection too (down to
 * `floor` path steps, never above), instead of leaving `{}` or `[]`. Writing a list or map into an
 * empty `{}` or `[]` (flow style, which `setIn` keeps) first turns it into null, so the new value is
 * a block. Scalars (what typing writes) go straight to `setIn`: one parse per keystroke.
 * Returns null when the text cannot be edited there (see `setIn`).
 */
export function editText(
  text: string,
  document: number,
  path: JsonPath,
  value: unknown,
  floor = 0,
): string | null {
  // A scalar while typing: one parse, as setIn alone (a `{}` the user wrote stays flow style).
  if (value !== undefined && (value === null || typeof value !== 'object'))
    return setIn(text, document, path, value);
  const root = getIn(text, document, []);
  if (value === undefined) {
    if (readValueAt(root, path) === undefined) return root === undefined ? null : text;
    return setIn(text, document, prunedPath(root, path, floor), undefined);
  }
  const empty = firstEmptyCollection(root, path, value);
  if (empty === null) return setIn(text, document, path, value);
  const cleared = setIn(text, document, path.slice(0, empty), null);
  if (cleared === null) return null;
  return setIn(cleared, document, path.slice(0, empty), nest(path.slice(empty), value));
}

/** The path to remove so that no collection is left empty; never shorter than `floor`. */
function prunedPath(root: unknown, path: JsonPath, floor: number): JsonPath {
  let p = path;
  while (p.length - 1 >= Math.max(floor, 1)) {
    const parent = readValueAt(root, p.slice(0, -1));
    if (sizeOf(parent) !== 1) break;
    p = p.slice(0, -1);
  }
  return p;
}

/** The length of the first prefix of `path` that holds an empty collection to write a block into. */
function firstEmptyCollection(root: unknown, path: JsonPath, value: unknown): number | null {
  for (let i = 1; i <= path.length; i++) {
    const node = readValueAt(root, path.slice(0, i));
    if (node === undefined) return null;
    if (sizeOf(node) !== 0) continue;
    if (i < path.length || sizeOf(value) > 0) return i;
    return null;
  }
  return null;
}

/** Entries of a collection; -1 for anything else. */
function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return -1;
}
