/**
 * The syntax-tree half of gobwas/glob v0.2.3's compiler (`compiler/compiler.go`):
 * `minimizeTreeAnyOf` factors the children common to the left and to the right of all the
 * alternatives of a `{…}` out of it; an alternative reduced to nothing becomes `Nothing`, and
 * equal reduced alternatives are kept once. Its quirks (it compares against the alternative with
 * the fewest children, and lets the left and right searches stop independently) are kept.
 */
import { GoPanic } from './gobwasBytes.ts';
import type { GlobNode } from './globSyntax.ts';

/** `ast.Node` as the compiler sees it: the parser's nodes plus `Nothing`. */
export type AstNode =
  | Exclude<GlobNode, { kind: 'pattern' | 'anyOf' }>
  | { kind: 'nothing' }
  | { kind: 'pattern' | 'anyOf'; children: readonly AstNode[] };
type Node = AstNode;

/** `Node.Equal` (and `reflect.DeepEqual`, which here amounts to the same). */
function equal(a: Node, b: Node): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'text':
      return b.kind === 'text' && a.text === b.text;
    case 'list':
      return b.kind === 'list' && a.chars === b.chars && a.not === b.not;
    case 'range':
      return b.kind === 'range' && a.lo === b.lo && a.hi === b.hi && a.not === b.not;
    case 'pattern':
    case 'anyOf': {
      const bc = 'children' in b ? b.children : [];
      return a.children.length === bc.length && a.children.every((c, i) => equal(c, bc[i]!));
    }
    default:
      return true;
  }
}

const childrenOf = (n: Node | undefined): readonly Node[] =>
  n !== undefined && 'children' in n ? n.children : [];

/** `commonChildren`: the children shared on the left and on the right by all the nodes. */
function commonChildren(nodes: readonly Node[]): [Node[], Node[]] {
  if (nodes.length <= 1) return [[], []];
  let idx = -1;
  nodes.forEach((n, i) => {
    if (idx === -1 || childrenOf(n).length < childrenOf(nodes[idx]).length) idx = i;
  });
  const tree = childrenOf(nodes[idx]);
  const treeLength = tree.length;
  const commonLeft: Node[] = [];
  const commonRight: Node[] = [];
  let lastRight = treeLength;
  let breakLeft = false;
  let breakRight = false;
  let commonTotal = 0;
  for (
    let i = 0, j = treeLength - 1;
    commonTotal < treeLength && j >= 0 && !(breakLeft && breakRight);
    i++, j--
  ) {
    const treeLeft = tree[i]!;
    const treeRight = tree[j]!;
    for (let k = 0; k < nodes.length && !(breakLeft && breakRight); k++) {
      if (k === idx) continue;
      const rest = childrenOf(nodes[k]);
      breakLeft = breakLeft || !equal(treeLeft, rest[i]!);
      breakRight = breakRight || (!breakLeft && j <= i);
      breakRight = breakRight || !equal(treeRight, rest[j + rest.length - treeLength]!);
    }
    if (!breakLeft) {
      commonTotal++;
      commonLeft.push(treeLeft);
    }
    if (!breakRight) {
      commonTotal++;
      lastRight = j;
      commonRight[j] = treeRight;
    }
  }
  return [commonLeft, commonRight.slice(lastRight)];
}

/** `minimizeTreeAnyOf`: factors common leading and trailing parts out of `{…}`, or null. */
export function minimizeTreeAnyOf(tree: { children: readonly Node[] }): Node | null {
  if (!tree.children.every((c) => c.kind === 'pattern')) return null;
  const [commonLeft, commonRight] = commonChildren(tree.children);
  if (commonLeft.length === 0 && commonRight.length === 0) return null;
  const result: Node[] = [];
  if (commonLeft.length > 0) result.push({ kind: 'pattern', children: commonLeft });
  const anyOf: Node[] = [];
  for (const child of tree.children) {
    const children = childrenOf(child);
    const [lo, hi] = [commonLeft.length, children.length - commonRight.length];
    if (lo > hi) throw new GoPanic(`slice bounds out of range [${lo}:${hi}]`);
    const reuse = children.slice(lo, hi);
    const node: Node =
      reuse.length === 0 ? { kind: 'nothing' } : { kind: 'pattern', children: reuse };
    if (!anyOf.some((n) => equal(n, node))) anyOf.push(node);
  }
  const [only] = anyOf;
  if (anyOf.length === 1 && only !== undefined && only.kind !== 'nothing') result.push(only);
  else if (anyOf.length > 1) result.push({ kind: 'anyOf', children: anyOf });
  if (commonRight.length > 0) result.push({ kind: 'pattern', children: commonRight });
  return { kind: 'pattern', children: result };
}
