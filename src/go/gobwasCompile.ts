/**
 * gobwas/glob v0.2.3's optimising compiler (`compiler/compiler.go`), ported line by line for the
 * no-separator case Velero uses. It turns the syntax tree (globSyntax.ts) into a tree of matchers
 * (gobwasMatch.ts, gobwasTree.ts):
 *  - `minimizeTreeAnyOf` (gobwasMinimize.ts) factors the parts common to the left and right of
 *    all alternatives out of `{…}` (an alternative that becomes empty turns into `Nothing`);
 *  - `minimizeMatchers` repeatedly glues the best run of neighbouring matchers, either as
 *    `EveryOf`/`Min`/`Super` (runs of `*`, `?` and one repeated `[!…]`) or as a `Row` (runs of
 *    fixed-length matchers);
 *  - `compileMatchers` splits what is left into a `BTree` around the last longest fixed-length
 *    matcher, and `optimizeMatcher` rewrites `BTree`s around a text into `Prefix`, `Suffix`,
 *    `PrefixSuffix` or `Contains`.
 */
import { runesToBytes } from './gobwasBytes.ts';
import {
  Contains,
  List,
  type Matcher,
  Max,
  Min,
  Nothing,
  Prefix,
  PrefixSuffix,
  Range,
  Single,
  Suffix,
  Super,
  Text,
} from './gobwasMatch.ts';
import { AnyOf, BTree, EveryOf, Row } from './gobwasTree.ts';
import type { GlobNode } from './globSyntax.ts';
import { type AstNode, minimizeTreeAnyOf } from './gobwasMinimize.ts';
import { toRunes } from './strings.ts';

type Node = AstNode;

/** For diagnostics: the part of the pattern each compiled matcher stands for. */
const meanings = new WeakMap<Matcher, Node>();

/** The part of its pattern a compiled matcher stands for (for diagnostics). */
export function meaningOf(m: Matcher): AstNode | undefined {
  return meanings.get(m);
}

function mean<M extends Matcher>(m: M, node: Node | undefined): M {
  if (node !== undefined && !meanings.has(m)) meanings.set(m, node);
  return m;
}

const sequence = (matchers: readonly Matcher[]): Node => ({
  kind: 'pattern',
  children: matchers.map((m) => meanings.get(m) ?? { kind: 'nothing' }),
});

function optimizeMatcher(m: Matcher): Matcher {
  if (m instanceof AnyOf) return m.matchers.length === 1 ? (m.matchers[0] ?? m) : m;
  if (m instanceof List) return !m.not && m.list.length === 1 ? new Text(m.list) : m;
  if (!(m instanceof BTree)) return m;
  const left = m.left && optimize(m.left);
  const right = m.right && optimize(m.right);
  const tree = new BTree(m.value, left, right, m);
  if (!(m.value instanceof Text)) return tree;
  const str = m.value.str;
  if (left === null && right === null) return m.value;
  if (left instanceof Super && right instanceof Super) return new Contains(str, false);
  if (left instanceof Super && right === null) return new Suffix(str);
  if (right instanceof Super && left === null) return new Prefix(str);
  if (left === null && right instanceof Suffix) return new PrefixSuffix(str, right.suffix);
  if (right === null && left instanceof Prefix) return new PrefixSuffix(left.prefix, str);
  return tree;
}

/** `optimizeMatcher`; the result stands for what `m` stood for (say `{}` rather than ""). */
function optimize(m: Matcher): Matcher {
  const optimized = optimizeMatcher(m);
  const meaning = meanings.get(m);
  if (optimized !== m && meaning !== undefined) meanings.set(optimized, meaning);
  return optimized;
}

function compileMatchers(matchers: readonly Matcher[]): Matcher {
  const [first] = matchers;
  if (first === undefined) throw new Error('compile error: need at least one matcher');
  if (matchers.length === 1) return first;
  const glued = glueMatchers(matchers);
  if (glued) return glued;
  let idx = -1;
  let maxLen = -1;
  matchers.forEach((m, i) => {
    const l = m.len();
    if (l !== -1 && l >= maxLen) [maxLen, idx] = [l, i];
  });
  const value = matchers[idx];
  if (value === undefined) {
    const tree = new BTree(first, null, compileMatchers(matchers.slice(1)));
    return mean(tree, sequence(matchers));
  }
  const left = matchers.slice(0, idx);
  const right = matchers.slice(idx + 1);
  const tree = new BTree(
    value,
    left.length > 0 ? compileMatchers(left) : null,
    right.length > 0 ? compileMatchers(right) : null,
  );
  return mean(tree, sequence(matchers));
}

function glueMatchers(matchers: readonly Matcher[]): Matcher | null {
  const glued = glueMatchersAsEvery(matchers) ?? glueMatchersAsRow(matchers);
  return glued && mean(glued, sequence(matchers));
}

function glueMatchersAsRow(matchers: readonly Matcher[]): Matcher | null {
  if (matchers.length <= 1) return null;
  let l = 0;
  for (const m of matchers) {
    const ml = m.len();
    if (ml === -1) return null;
    l += ml;
  }
  return new Row(l, matchers);
}

const sameRunes = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((r, i) => r === b[i]);

function glueMatchersAsEvery(matchers: readonly Matcher[]): Matcher | null {
  if (matchers.length <= 1) return null;
  let hasSuper = false;
  let hasSingle = false;
  let min = 0;
  let separator: readonly number[] = [];
  for (const [i, m] of matchers.entries()) {
    let sep: readonly number[];
    if (m instanceof Super) {
      sep = [];
      hasSuper = true;
    } else if (m instanceof Single) {
      sep = [];
      hasSingle = true;
      min++;
    } else if (m instanceof List && m.not) {
      sep = m.list;
      hasSingle = true;
      min++;
    } else return null;
    if (i === 0) separator = sep;
    if (!sameRunes(sep, separator)) return null;
  }
  if (hasSuper && !hasSingle) return new Super();
  if (hasSuper && min > 0 && separator.length === 0) return new Min(min);
  const every: Matcher[] = [];
  if (min > 0) {
    every.push(new Min(min));
    if (!hasSuper) every.push(new Max(min));
  }
  if (separator.length > 0) every.push(new Contains(runesToBytes(separator), true));
  return new EveryOf(every);
}

function minimizeMatchers(matchers: readonly Matcher[]): readonly Matcher[] {
  let done: Matcher | null = null;
  let left = 0;
  let right = 0;
  let count = 0;
  for (let l = 0; l < matchers.length; l++) {
    for (let r = matchers.length; r > l; r--) {
      const glued = glueMatchers(matchers.slice(l, r));
      if (glued === null) continue;
      let swap = true;
      if (done !== null) {
        const [cl, gl] = [done.len(), glued.len()];
        swap = (cl > -1 && gl > -1 && gl > cl) || count < r - l;
      }
      if (swap) [done, left, right, count] = [glued, l, r, r - l];
    }
  }
  if (done === null) return matchers;
  const next = [...matchers.slice(0, left), done, ...matchers.slice(right)];
  return next.length === matchers.length ? next : minimizeMatchers(next);
}

function compileTreeChildren(tree: { children: readonly Node[] }): Matcher[] {
  return tree.children.map((child) => optimize(compile(child)));
}

function compile(tree: Node): Matcher {
  let m: Matcher;
  switch (tree.kind) {
    case 'anyOf': {
      const minimized = minimizeTreeAnyOf(tree);
      if (minimized !== null) return mean(compile(minimized), tree);
      return mean(new AnyOf(compileTreeChildren(tree)), tree);
    }
    case 'pattern':
      if (tree.children.length === 0) return mean(new Nothing(), tree);
      m = compileMatchers(minimizeMatchers(compileTreeChildren(tree)));
      break;
    case 'any': // `Any` without separators, which optimizeMatcher turns into `Super`
    case 'super':
      m = new Super();
      break;
    case 'single':
      m = new Single();
      break;
    case 'nothing':
      m = new Nothing();
      break;
    case 'list':
      m = new List(toRunes(tree.chars), tree.not);
      break;
    case 'range':
      m = new Range(tree.lo, tree.hi, tree.not);
      break;
    case 'text':
      m = new Text(toRunes(tree.text));
      break;
  }
  return optimize(mean(m, tree));
}

/**
 * `compiler.Compile(tree, nil)`: the matcher gobwas v0.2.3 builds for a parsed pattern. Throws
 * GoPanic where Go's compiler panics.
 */
export function compileGobwas(ast: GlobNode): Matcher {
  return compile(ast);
}
