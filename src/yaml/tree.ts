/**
 * A YAML node tree that keeps source offsets for every key and value, so every diagnostic can point at
 * the exact text. Offsets are UTF-16 indexes into the whole file, end-exclusive.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

interface NodeBase {
  start: number;
  end: number;
  anchor?: string;
  tag?: string;
}

export interface YScalar extends NodeBase {
  kind: 'scalar';
  /** The decoded text of the scalar, whatever it resolves to. */
  text: string;
  /** The value as the YAML 1.2 core schema resolves it. */
  value: string | number | boolean | null;
  style: ScalarStyle;
}

export interface YPair {
  key: YNode;
  value: YNode;
}

export interface YMap extends NodeBase {
  kind: 'map';
  pairs: YPair[];
  flow: boolean;
}

export interface YSeq extends NodeBase {
  kind: 'seq';
  items: YNode[];
  flow: boolean;
}

export interface YAlias extends NodeBase {
  kind: 'alias';
  name: string;
  /** The anchored node, or undefined when the anchor is unknown. */
  target: YNode | undefined;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

/** Follows aliases to the node they stand for (bounded, so an alias cycle cannot loop). */
export function resolveAlias(node: YNode | undefined): YNode | undefined {
  let n = node;
  for (let i = 0; n && n.kind === 'alias' && i < 64; i++) n = n.target;
  return n?.kind === 'alias' ? undefined : n;
}

/** The string form of a mapping key, as Kubernetes' YAML-to-JSON conversion would use it. */
export function stringifyKey(key: YNode): string {
  const k = resolveAlias(key);
  if (!k) return '';
  if (k.kind === 'scalar') return k.text;
  return k.kind === 'map' ? '[object]' : '[array]';
}

/** The pair whose key is `name` (the last one, as a duplicate key's last value wins). */
export function findPair(map: YMap, name: string): YPair | undefined {
  for (let i = map.pairs.length - 1; i >= 0; i--) {
    const pair = map.pairs[i]!;
    if (stringifyKey(pair.key) === name) return pair;
  }
  return undefined;
}
