/**
 * The record layout of a packed tree (packedTree.ts reads it, packWriter.ts writes it): STRIDE ints
 * per node in one Int32Array, the nodes in document order.
 */
import type { ScalarStyle } from './tree.ts';

// A node, then its children; each record holds:
export const STRIDE = 8;
export const KIND = 0; // SCALAR, MAP, SEQ or ALIAS
export const START = 1;
export const END = 2;
export const AFTER = 3; // the record after the node's subtree
export const AUX = 4; // map: pairs; seq: items; alias: the target's record or -1; scalar: valueStart
export const VALUE_END = 5; // scalar: the parser's valueEnd
export const INDENT = 6; // scalar: the parser's block indent
export const FLAGS = 7;

export const SCALAR = 0;
export const MAP = 1;
export const SEQ = 2;
export const ALIAS = 3;

export const FLOW = 1;
export const FAST = 2; // the parser's `fast`: the text is the source slice itself
// Bits 4-7: the parser's scalar style; bits 8-9: its chomping mode.

export const STYLE_NUMBER: Record<ScalarStyle, number> = {
  plain: 1,
  single: 2,
  double: 3,
  literal: 4,
  folded: 5,
};
export const STYLE_NAME: Record<number, ScalarStyle> = {
  1: 'plain',
  2: 'single',
  3: 'double',
  4: 'literal',
  5: 'folded',
};

/** What few nodes carry besides positions: an anchor, a tag, an alias's name. */
export interface Extras {
  anchor?: string;
  tag?: string;
  name?: string;
}
