/**
 * Explains where gobwas/glob v0.2.3 (glob.ts) and correct glob semantics (globReference.ts) part
 * ways, for the designer's diagnostics. gobwas's `Match` is run with every matcher-to-matcher call
 * traced; each compiled matcher knows which part of the pattern it stands for (gobwasCompile.ts),
 * so each traced call can be checked against the correct answer for that part. The culprit is the
 * innermost call that answers wrongly although the calls it made answered rightly; its kind of
 * matcher, and the input it saw, name the bug.
 */
import { type Bytes, GoPanic, bytesToString, rangeRunes, toBytes } from './gobwasBytes.ts';
import { compileGobwas, meaningOf } from './gobwasCompile.ts';
import type { AstNode } from './gobwasMinimize.ts';
import {
  Contains,
  List,
  Suffix,
  type Matcher,
  PrefixSuffix,
  Range,
  Single,
  tracing,
} from './gobwasMatch.ts';
import { AnyOf, BTree, EveryOf, Row } from './gobwasTree.ts';
import { buildReferenceMatcher, type ReferenceGlob } from './globReference.ts';
import { parseGlob } from './globSyntax.ts';

type Answer = boolean | [index: number, segments: number[]];

/** One traced call: `Match` (a boolean answer) or `Index` (first index and segment lengths). */
interface Frame {
  readonly kind: 'match' | 'index';
  readonly m: Matcher;
  readonly s: Bytes;
  answer: Answer | null;
  readonly calls: Frame[];
}

/** Traced calls beyond this are not recorded (the answer is still computed in full). */
const MAX_FRAMES = 20_000;

const escapeText = (s: string): string => s.replace(/[\\*?[\]{},]/g, (c) => `\\${c}`);

/** Glob text for a part of a pattern. */
export function formatGlob(node: AstNode): string {
  switch (node.kind) {
    case 'nothing':
      return '';
    case 'pattern':
      return node.children.map(formatGlob).join('');
    case 'anyOf':
      return `{${node.children.map(formatGlob).join(',')}}`;
    case 'text':
      return escapeText(node.text);
    case 'any':
      return '*';
    case 'super':
      return '**';
    case 'single':
      return '?';
    case 'list':
      return `[${node.not ? '!' : ''}${node.chars.replace(/[\\\]-]|^!/g, (c) => `\\${c}`)}]`;
    case 'range':
      return `[${node.not ? '!' : ''}${String.fromCodePoint(node.lo)}-${String.fromCodePoint(node.hi)}]`;
  }
}

/** Runs `root` on `input` recording every call; returns the root frame and, on panic, the stack. */
function trace(
  root: Matcher,
  input: Bytes,
): { top: Frame; panicked: { stack: Frame[]; message: string } | null } {
  const seen = new Map<string, Frame>();
  const top: Frame = { kind: 'match', m: root, s: input, answer: null, calls: [] };
  const stack: Frame[] = [top];
  const ids = new Map<Matcher, number>();
  let stackAtPanic: Frame[] | null = null;
  const call = <A extends Answer>(kind: Frame['kind'], m: Matcher, s: Bytes, run: () => A): A => {
    const id = ids.get(m) ?? ids.size;
    ids.set(m, id);
    const key = `${kind}:${id}:${s.byteOffset}:${s.length}`;
    const parent = stack[stack.length - 1];
    const known = seen.get(key);
    if (known && known.answer !== null) {
      parent?.calls.push(known);
      return known.answer as A;
    }
    const frame: Frame = { kind, m, s, answer: null, calls: [] };
    if (seen.size < MAX_FRAMES) {
      seen.set(key, frame);
      parent?.calls.push(frame);
    }
    stack.push(frame);
    try {
      const answer = run();
      frame.answer = answer;
      return answer;
    } catch (e) {
      stackAtPanic ??= [...stack];
      throw e;
    } finally {
      stack.pop();
    }
  };
  tracing.match = (m, s) => call('match', m, s, () => m.match(s));
  tracing.index = (m, s) => call('index', m, s, () => m.index(s));
  try {
    top.answer = root.match(input);
    return { top, panicked: null };
  } catch (e) {
    if (!(e instanceof GoPanic)) throw e;
    return { top, panicked: { stack: stackAtPanic ?? [top], message: e.message } };
  } finally {
    tracing.match = null;
    tracing.index = null;
  }
}

/** The runes of a Go string (invalid bytes as U+FFFD) with their byte offsets, and the end. */
function runesWithOffsets(s: Bytes): { runes: number[]; offsets: number[] } {
  const runes: number[] = [];
  const offsets: number[] = [];
  rangeRunes(s, (i, r) => {
    runes.push(r);
    offsets.push(i);
  });
  offsets.push(s.length);
  return { runes, offsets };
}

/** The correct `Index`: the first start at which the part matches, and every matching length. */
function correctIndex(ref: ReferenceGlob, s: Bytes): [number, number[]] {
  const { runes, offsets } = runesWithOffsets(s);
  for (let p = 0; p <= runes.length; p++) {
    const ends = ref.ends(runes.slice(p));
    const at = offsets[p] ?? 0;
    if (ends.length > 0) return [at, ends.map((k) => (offsets[p + k] ?? 0) - at)];
  }
  return [-1, []];
}

function sameAnswer(a: Answer, b: Answer): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  const [ai, as] = a;
  const [bi, bs] = b;
  if (ai !== bi) return false;
  if (ai === -1) return true;
  const set = new Set(as);
  return set.size === new Set(bs).size && bs.every((x) => set.has(x));
}

/** Whether a traced call answered differently from correct glob semantics for its part. */
function makeJudge(): (f: Frame) => boolean {
  const refs = new Map<Matcher, ReferenceGlob | null>();
  const verdicts = new Map<Frame, boolean>();
  return (f) => {
    if (!refs.has(f.m)) {
      const meaning = meaningOf(f.m);
      refs.set(f.m, meaning ? buildReferenceMatcher(meaning) : null);
    }
    const ref = refs.get(f.m);
    if (ref == null || f.answer === null) return false;
    let verdict = verdicts.get(f);
    if (verdict === undefined) {
      const want = f.kind === 'match' ? ref.match(bytesToString(f.s)) : correctIndex(ref, f.s);
      verdict = !sameAnswer(f.answer, want);
      verdicts.set(f, verdict);
    }
    return verdict;
  };
}

/** The innermost wrong call under a wrong one (a `Match` under a `Match`: wrong the same way). */
function culprit(f: Frame, wrong: (f: Frame) => boolean, depth = 0): Frame {
  const sameWay = (c: Frame): boolean =>
    f.kind === 'index' || c.kind === 'index' || c.answer === f.answer;
  const next = f.calls.find((c) => sameWay(c) && wrong(c));
  return next && depth < 64 ? culprit(next, wrong, depth + 1) : f;
}

const quote = (s: string): string => JSON.stringify(s);
const nonAscii = (s: Bytes): boolean => s.some((b) => b >= 0x80);
const partOf = (m: Matcher): string => {
  const meaning = meaningOf(m);
  return meaning ? quote(formatGlob(meaning)) : String(m);
};

/** The length in runes every match of a part has, or null. */
function fixedLength(node: AstNode): number | null {
  switch (node.kind) {
    case 'nothing':
      return 0;
    case 'text':
      return [...node.text].length;
    case 'single':
    case 'list':
    case 'range':
      return 1;
    case 'any':
    case 'super':
      return null;
    case 'pattern':
    case 'anyOf': {
      const lengths = node.children.map(fixedLength);
      if (lengths.includes(null)) return null;
      if (node.kind === 'anyOf') return new Set(lengths).size === 1 ? (lengths[0] ?? null) : null;
      return lengths.reduce<number>((a, b) => a + (b ?? 0), 0);
    }
  }
}

/** An `AnyOf` under `m` that claims a fixed length its alternatives do not have. */
function wrongLength(m: Matcher | null): AnyOf | null {
  if (m === null) return null;
  const meaning = meaningOf(m);
  if (m instanceof AnyOf && m.len() !== -1 && meaning && fixedLength(meaning) !== m.len()) return m;
  const parts =
    m instanceof Row || m instanceof AnyOf
      ? m.matchers
      : m instanceof BTree
        ? [m.value, m.left, m.right]
        : [];
  for (const part of parts) {
    const found = wrongLength(part);
    if (found) return found;
  }
  return null;
}

/** Whether `s` matches `tree` with its value matching "" at the very end (never tried). */
function endsEmpty(tree: BTree, s: Bytes): boolean {
  const matches = (m: Matcher | null, text: string): boolean => {
    const meaning = m ? meaningOf(m) : undefined;
    return m === null
      ? text === ''
      : meaning !== undefined && buildReferenceMatcher(meaning).match(text);
  };
  return matches(tree.left, bytesToString(s)) && matches(tree.value, '') && matches(tree.right, '');
}

/** One clause on why the culprit call answered as it did. */
function explainCall(f: Frame, panicked = false): string {
  const { m } = f;
  const part = partOf(m);
  const sub = quote(bytesToString(f.s));
  const zeroPart = m instanceof Row && m.matchers.some((c) => c.len() === 0);
  if (panicked && zeroPart)
    return `its fixed-length matcher for ${part} slices past the end of the input for a zero-length part ({} or {,})`;
  if (m instanceof PrefixSuffix)
    return `its prefix/suffix matcher for ${part} lets the prefix and the suffix overlap`;
  if ((m instanceof Single || m instanceof List || m instanceof Range) && f.s.length === 0)
    return `its one-character matcher for ${part} accepts the empty string`;
  const needle = m instanceof EveryOf ? m.matchers.find((c) => c instanceof Contains) : undefined;
  if (needle instanceof Contains)
    return `its matcher for ${part} only rejects the substring ${quote(bytesToString(needle.needle))}, not each of its characters`;
  if (zeroPart)
    return `its fixed-length matcher for ${part}, matching ${sub}, hands a zero-length part ({} or {,}) all the rest of the input instead of nothing`;
  const bogus = m instanceof Row || m instanceof BTree ? wrongLength(m) : null;
  if (bogus)
    return `it takes ${partOf(bogus)} to be always ${bogus.len()} character${bogus.len() === 1 ? '' : 's'} long (AnyOf.Len skips leading alternatives of no fixed length)`;
  if (m instanceof Row && nonAscii(f.s))
    return `its fixed-length matcher for ${part} counts characters but cuts ${sub} at byte offsets, splitting non-ASCII characters`;
  if (f.kind === 'index' && m instanceof BTree)
    return `gobwas never implemented searching for a compound part such as ${part} (BTree.Index), so it is never found`;
  if (f.kind === 'index' && m instanceof Suffix)
    return `its suffix matcher for ${part}, searching ${sub}, reports only the first occurrence of the suffix`;
  if (m instanceof BTree && f.kind === 'match') {
    if (f.s.length === 0) return `its split matcher for ${part} never matches the empty string`;
    if (endsEmpty(m, f.s))
      return `its split matcher for ${part} never tries ${partOf(m.value)} at the very end of ${sub}`;
    if (nonAscii(f.s))
      return `its split matcher for ${part} uses character counts as byte offsets in ${sub}`;
  }
  const answer = f.kind === 'match' ? String(f.answer) : `Index ${JSON.stringify(f.answer)}`;
  return `its matcher ${String(m)} for ${part} answers ${answer} for ${sub}`;
}

/**
 * A one-line explanation when gobwas/glob v0.2.3 (Velero's `glob.Compile(pattern).Match(s)`)
 * answers differently from correct glob semantics, or panics; null when they agree or the
 * pattern does not compile.
 */
export function findGlobDivergence(pattern: string, s: string): string | null {
  const parsed = parseGlob(pattern);
  if ('error' in parsed) return null;
  const subject = `${quote(s)} against ${quote(pattern)}`;
  const { top, panicked } = trace(compileGobwas(parsed.ast), toBytes(s));
  if (panicked) {
    const where = panicked.stack[panicked.stack.length - 1] ?? top;
    return `gobwas v0.2.3 panics (${panicked.message}) matching ${subject}: ${explainCall(where, true)}`;
  }
  const want = buildReferenceMatcher(parsed.ast).match(s);
  if (top.answer === want) return null;
  const verb = top.answer ? 'matches' : 'does not match';
  return `gobwas v0.2.3 ${verb} ${subject}: ${explainCall(culprit(top, makeJudge()))}`;
}
