/**
 * The text change that merges a duplicated block mapping into its first occurrence: what a user
 * wants after pasting an exported `annotations:` block under a `metadata:` that already had one.
 */
import type { TextChange } from './edit.ts';
import { parseYamlStream, type ParsedDocument } from './parse.ts';
import { column, lineEnd, lineStart } from './textLines.ts';
import { stringifyKey, type YMap, type YNode, type YPair } from './tree.ts';

/** One duplicate key's merge: the single change, and the first mapping's keys the later one sets. */
export interface DuplicateMerge {
  /** The duplicated key. */
  key: string;
  /** Keys both mappings have: the later mapping's value is kept (the one parsers read today). */
  overridden: string[];
  change: TextChange;
}

/**
 * At most this many merges are offered per document: each is checked by parsing the merged
 * document again, and a document with more duplicates than this was not made by one paste.
 */
export const MERGE_FIX_LIMIT = 20;

/**
 * For each `duplicate-key` problem of `doc` (by the offset of the later key) whose two values are
 * non-empty block mappings: the change that moves the later mapping's entries into the first (at
 * the first one's indentation, replacing the first one's entries of the same key, so every value
 * the last-wins reading gives today stays) and deletes the later key. A key that appears three
 * times, values that are scalars, sequences, flow mappings, aliases or carry an anchor or tag, and
 * lines shared with other content get no merge: which value was meant cannot be told from the text.
 */
export function findDuplicateKeyMerges(
  text: string,
  doc: ParsedDocument,
): Map<number, DuplicateMerge> {
  const out = new Map<number, DuplicateMerge>();
  const starts = new Set(
    doc.problems.filter((p) => p.kind === 'duplicate-key').map((p) => p.start),
  );
  if (starts.size === 0 || starts.size > MERGE_FIX_LIMIT || !doc.root) return out;
  for (const { map, index } of pairsAt(doc.root, starts)) {
    const merge = mergeAt(text, map, index);
    if (merge && parsesBetter(text, doc, merge.change)) out.set(map.pairs[index]!.key.start, merge);
  }
  return out;
}

/** The pairs whose key starts at one of `starts`, with their mapping (aliases are not followed). */
function pairsAt(root: YNode, starts: ReadonlySet<number>): { map: YMap; index: number }[] {
  const found: { map: YMap; index: number }[] = [];
  const stack: YNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'seq') stack.push(...node.items);
    if (node.kind !== 'map') continue;
    node.pairs.forEach((pair, index) => {
      if (starts.has(pair.key.start)) found.push({ map: node, index });
      stack.push(pair.value);
    });
  }
  return found;
}

function mergeAt(text: string, map: YMap, index: number): DuplicateMerge | null {
  const later = map.pairs[index]!;
  const key = stringifyKey(later.key);
  const same = map.pairs.filter((p) => stringifyKey(p.key) === key);
  const earlier = same[0]!;
  if (map.flow || same.length !== 2 || same[1] !== later) return null;
  const first = mergeable(earlier.value);
  const second = mergeable(later.value);
  if (!first || !second || !ownsKeyLine(text, later)) return null;
  const moved = reindent(text, later, second, column(text, first.pairs[0]!.key.start));
  if (moved === null) return null;
  const laterKeys = new Set(second.pairs.map((p) => stringifyKey(p.key)));
  const replaced = first.pairs.filter((p) => laterKeys.has(stringifyKey(p.key)));
  const removals: { start: number; end: number }[] = [];
  for (const pair of replaced) {
    const span = ownLines(text, pair);
    if (!span) return null;
    removals.push(span);
  }
  // Everything from the first removed line (or the line after the first mapping) to the end of
  // the later pair is rewritten as one change, so the edits can never overlap.
  const insertAt = lineEnd(text, lastOffset(first)) + 1;
  const laterEnd = Math.min(text.length, lineEnd(text, lastOffset(second)) + 1);
  const laterStart = lineStart(text, later.key.start);
  const start = Math.min(insertAt, ...removals.map((r) => r.start));
  let region = '';
  let at = start;
  for (const r of removals) {
    region += text.slice(at, r.start);
    at = r.end;
  }
  region += text.slice(at, insertAt) + moved + text.slice(insertAt, laterStart);
  return {
    key,
    overridden: replaced.map((p) => stringifyKey(p.key)),
    change: { start, end: laterEnd, text: region },
  };
}

/** A non-empty block mapping without anchor or tag (an anchored one may be aliased elsewhere). */
function mergeable(node: YNode): YMap | null {
  if (node.kind !== 'map' || node.flow || node.pairs.length === 0) return null;
  return node.anchor === undefined && node.tag === undefined ? node : null;
}

/** The later key alone on its line: indentation, the key, `:` and at most a comment. */
function ownsKeyLine(text: string, pair: YPair): boolean {
  const before = text.slice(lineStart(text, pair.key.start), pair.key.start);
  const after = text.slice(pair.key.end, lineEnd(text, pair.key.end));
  return before.trim() === '' && /^[ \t]*:[ \t]*(#.*)?\r?$/.test(after);
}

/**
 * The lines of a block mapping's entries (from the line after its key to its last value line,
 * comments included), moved from their column to `indent`; null when a line that is not blank or
 * a comment starts left of the entries.
 */
function reindent(text: string, pair: YPair, map: YMap, indent: number): string | null {
  const from = column(text, map.pairs[0]!.key.start);
  const start = lineEnd(text, pair.key.end) + 1;
  const end = lineEnd(text, lastOffset(map));
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const line of text.slice(start, end).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') out.push(line.endsWith('\r') ? '\r' : '');
    else if (line.startsWith(' '.repeat(from))) out.push(pad + line.slice(from));
    else if (trimmed.startsWith('#')) out.push(pad + line.trimStart());
    else return null;
  }
  return out.join('\n') + '\n';
}

/** The whole lines of a pair (from its line's start through its last line's break), or null when shared. */
function ownLines(text: string, pair: YPair): { start: number; end: number } | null {
  const start = lineStart(text, pair.key.start);
  const last = Math.max(pair.value.end - 1, pair.key.end);
  const end = lineEnd(text, last);
  const after = text.slice(Math.max(pair.value.end, pair.key.end), end).trim();
  if (text.slice(start, pair.key.start).trim() !== '' || (after !== '' && !after.startsWith('#')))
    return null;
  return { start, end: Math.min(text.length, end + 1) };
}

/** An offset on a mapping's last line. */
function lastOffset(map: YMap): number {
  const last = map.pairs[map.pairs.length - 1]!;
  return Math.max(map.end - 1, last.value.end - 1, last.key.end);
}

/**
 * The merged document reads without any new problem and with one duplicate key fewer (a guard for
 * what the line-based rewrite cannot see, such as an alias moved above its anchor).
 */
function parsesBetter(text: string, doc: ParsedDocument, change: TextChange): boolean {
  const source =
    text.slice(doc.start, change.start) + change.text + text.slice(change.end, doc.end);
  const { documents } = parseYamlStream(source);
  const merged = documents[0];
  if (documents.length !== 1 || !merged?.root) return false;
  const kinds = (d: ParsedDocument) =>
    d.problems.map((p) => p.kind).filter((k) => k !== 'duplicate-key');
  const duplicates = (d: ParsedDocument) =>
    d.problems.filter((p) => p.kind === 'duplicate-key').length;
  return kinds(merged).length <= kinds(doc).length && duplicates(merged) === duplicates(doc) - 1;
}
