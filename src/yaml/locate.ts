import type { JsonPath } from '../model/types.ts';
import { findPair, resolveAlias, type YNode } from './tree.ts';

/** Which part of a mapping entry a diagnostic points at. */
export type NodePart = 'key' | 'value' | 'entry';

export interface Located {
  start: number;
  end: number;
  /** True when the whole path exists; false when this is the nearest existing ancestor. */
  exact: boolean;
}

/**
 * Finds the source span of a logical path in a YAML tree: the key, the value, or the whole entry.
 * When the path does not exist, the nearest existing ancestor's key is returned (so a diagnostic
 * about a missing field points at its parent).
 */
export function locate(
  root: YNode | null,
  path: JsonPath,
  part: NodePart = 'value',
): Located | null {
  if (!root) return null;
  let node: YNode | undefined = resolveAlias(root);
  let keyNode: YNode | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const current: YNode | undefined = resolveAlias(node);
    let nextKey: YNode | undefined;
    let next: YNode | undefined;
    if (current?.kind === 'map' && typeof step === 'string') {
      const pair = findPair(current, step);
      nextKey = pair?.key;
      next = pair?.value;
    } else if (current?.kind === 'seq' && typeof step === 'number') {
      next = current.items[step];
      nextKey = next;
    }
    if (!next || !current) {
      const anchor = keyNode ?? current ?? root;
      return { start: anchor.start, end: anchor.end, exact: false };
    }
    node = next;
    keyNode = nextKey;
  }
  if (!node) return null;
  if (part === 'key' && keyNode) return { start: keyNode.start, end: keyNode.end, exact: true };
  if (part === 'entry' && keyNode)
    return { start: keyNode.start, end: Math.max(keyNode.end, node.end), exact: true };
  return { start: node.start, end: node.end, exact: true };
}

/** The YAML node at a path, following aliases, or undefined. */
export function findNodeAt(root: YNode | null, path: JsonPath): YNode | undefined {
  let node: YNode | undefined = resolveAlias(root ?? undefined);
  for (const step of path) {
    if (!node) return undefined;
    if (node.kind === 'map' && typeof step === 'string')
      node = resolveAlias(findPair(node, step)?.value);
    else if (node.kind === 'seq' && typeof step === 'number') node = resolveAlias(node.items[step]);
    else return undefined;
  }
  return node;
}
