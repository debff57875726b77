/**
 * Glob matching exactly as Velero does it: `glob.Compile(pattern)` then `Match(s)` from
 * github.com/gobwas/glob v0.2.3 with no separators (`globStringSet.match` in
 * `pkg/util/collections/includes_excludes.go`), bugs included.
 *
 * What is ported, line by line from the v0.2.3 tag:
 *  - the syntax (`syntax/lexer`, `syntax/ast`): globSyntax.ts, so compile errors are Go's;
 *  - the optimising compiler (`compiler/compiler.go`: minimizeTreeAnyOf, minimizeMatchers,
 *    glueMatchersAsEvery/AsRow, compileMatchers, optimizeMatcher): gobwasCompile.ts; `tree`
 *    below prints the chosen matchers exactly as Go's `fmt.Sprint(glob)` does;
 *  - the matchers (`match/*.go`), over UTF-8 bytes with Go's decoding and Go's slice panics:
 *    gobwasMatch.ts (Text, Super, Single, List, Range, Nothing, Prefix, Suffix, PrefixSuffix,
 *    Contains, Min, Max) and gobwasTree.ts (Row, EveryOf, AnyOf, BTree). `Any`, `PrefixAny` and
 *    `SuffixAny` need separators and never arise here.
 *
 * Where gobwas v0.2.3 differs from correct globbing (globReference.ts; findGlobDivergence explains a
 * given case, naming the matcher responsible):
 *  - `a*b` compiled to PrefixSuffix lets prefix and suffix overlap: `app-*-prod` matches
 *    "app-prod", `start*art` matches "start", `a*a` matches "a";
 *  - a one-character matcher (`?`, `[!…]`, a range holding U+FFFD) matches the empty string where
 *    it is tried on "": `?` matches "", `{?,aa}aaaa` matches "aaaa";
 *  - BTree (the split around a fixed-length part) never matches "" and never tries its middle
 *    part at the very end of its input: `{a,}{a,}a` does not match "a", `*{,}` does not match
 *    "x";
 *  - BTree.Index is unimplemented, so an alternative with two or more `*`-separated parts used
 *    as a search target is never found: `{a*b*c,x}*` does not match "abc";
 *  - Suffix.Index reports only the first occurrence: `{*a,*a}{x*,y*}` does not match "aax";
 *  - AnyOf.Len skips leading alternatives of no fixed length, so `{*,aa}` counts as 2 long:
 *    `ba{{*,aa,bc}}` does not match "ba", `{{a,a,?aaa},a}a` does not match "aaaaa";
 *  - a run of one repeated negated class becomes "no substring": `[!ab][!ab]` matches "ba";
 *  - Row (a run of fixed-length parts) counts runes but slices bytes, so a part ending in a
 *    non-ASCII character fails: `?b` does not match "éb", `é?` does not match "éa";
 *  - in a Row, a zero-length part (`{}`, `{,}`) takes all the rest of the input (`a{}b` does not
 *    match "ab") or, at the very end of the input, panics (`a{}` against "a"): `match` then throws
 *    GoPanic, and `outcome` reports it.
 * gobwas v0.2.3 backtracks without memory, which takes exponential time on some inputs (Go needs
 * more than 40 s for `*?a` ×20 + `c` against 300 a's); this port memoises BTree results per substring,
 * which changes no answer and keeps matching polynomial.
 */
import { type Bytes, GoPanic, toBytes } from './gobwasBytes.ts';
import { compileGobwas } from './gobwasCompile.ts';
import type { Matcher } from './gobwasMatch.ts';
import { parseGlob } from './globSyntax.ts';

export { GoPanic } from './gobwasBytes.ts';
export { findGlobDivergence } from './globDivergence.ts';
export { compileGlobReference, matchGlobReference } from './globReference.ts';

/** What gobwas v0.2.3's `Match` does with an input. */
export type GlobOutcome =
  { kind: 'match' } | { kind: 'noMatch' } | { kind: 'panic'; message: string };

export interface GlobMatcher {
  /** gobwas v0.2.3's answer. Throws GoPanic for the inputs on which Go's `Match` panics. */
  match(s: string): boolean;
  /** gobwas v0.2.3's answer, with a panic as a value. */
  outcome(s: string): GlobOutcome;
  /** The compiled matchers as Go prints them, e.g. `<prefix_suffix:[app-,-prod]>`. */
  readonly tree: string;
}

function outcomeOf(matcher: Matcher, input: Bytes): GlobOutcome {
  try {
    return { kind: matcher.match(input) ? 'match' : 'noMatch' };
  } catch (e) {
    if (e instanceof GoPanic) return { kind: 'panic', message: e.message };
    throw e;
  }
}

/**
 * Compiles a glob the way Velero's `globStringSet.match` does (`glob.Compile(item)`, gobwas/glob
 * v0.2.3, no separators). Returns gobwas's error message where Go's Compile fails.
 */
export function compileGlob(pattern: string): GlobMatcher | { error: string } {
  const parsed = parseGlob(pattern);
  if ('error' in parsed) return { error: parsed.error };
  const matcher = compileGobwas(parsed.ast);
  return {
    match: (s: string) => matcher.match(toBytes(s)),
    outcome: (s: string) => outcomeOf(matcher, toBytes(s)),
    tree: String(matcher),
  };
}
