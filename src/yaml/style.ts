/**
 * The layout habits of a user's YAML file, so that text the engine writes into it (a fix, an
 * exported block) looks like the rest of the file and pastes in without re-indenting.
 */
import type { JsonPath } from '../model/types.ts';
import { findNodeAt } from './locate.ts';
import type { ParsedDocument } from './parse.ts';
import { findPair, type YNode } from './tree.ts';
import { column } from './textLines.ts';

/** How text the engine writes into a file is laid out (absent fields: the defaults). */
export interface EditStyle {
  /** `key:\n  - a` (the default) rather than `key:\n- a`. */
  sequenceIndent?: boolean;
}

/**
 * Whether the file's block sequences under mapping keys are indented (`key:\n  - a`) rather than
 * written at the key's column (`key:\n- a`, kubectl's and go-yaml's style): what most of them do,
 * indented when the file has none (or as many of each).
 */
export function sequencesIndented(text: string, documents: readonly ParsedDocument[]): boolean {
  let indented = 0;
  let compact = 0;
  const stack: YNode[] = documents.flatMap((d) => (d.root ? [d.root] : []));
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'seq') stack.push(...node.items);
    if (node.kind !== 'map' || node.flow) continue;
    for (const { key, value } of node.pairs) {
      stack.push(value);
      if (value.kind !== 'seq' || value.flow || value.items.length === 0) continue;
      if (text[value.start] !== '-' || lineOf(text, value.start) === lineOf(text, key.start))
        continue;
      if (column(text, value.start) > column(text, key.start)) indented++;
      else compact++;
    }
  }
  return indented >= compact;
}

function lineOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1);
}

/** Where lines pasted under a key holding a block mapping go, as that mapping is laid out. */
export interface BlockLayout {
  /** Offset of the key (a line index turns it into a line). */
  keyStart: number;
  /** 0-based column of the key. */
  keyColumn: number;
  /** 0-based column of the mapping's entries. */
  column: number;
}

/**
 * The layout of the non-empty block mapping at `path` (its key's line and column, its entries'
 * column); null when the path does not end at such a mapping (absent, flow, empty, an alias, or
 * the root), so nothing can be pasted under it as lines.
 */
export function findBlockMappingLayout(
  text: string,
  root: YNode | null,
  path: JsonPath,
): BlockLayout | null {
  const parent = findNodeAt(root, path.slice(0, -1));
  const name = path[path.length - 1];
  if (parent?.kind !== 'map' || typeof name !== 'string') return null;
  const pair = findPair(parent, name);
  const value = pair?.value;
  if (!pair || value?.kind !== 'map' || value.flow || value.pairs.length === 0) return null;
  const keyColumn = column(text, pair.key.start);
  const entries = column(text, value.pairs[0]!.key.start);
  if (entries <= keyColumn) return null;
  return { keyStart: pair.key.start, keyColumn, column: entries };
}
