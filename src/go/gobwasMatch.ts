/**
 * The single-purpose matchers of gobwas/glob v0.2.3 (`match/*.go`), ported line by line with no
 * separators (Velero calls `glob.Compile(pattern)`), so `Any`, `PrefixAny` and `SuffixAny` never
 * arise: the compiler turns every `Any` without separators into `Super`. Composite matchers are in
 * gobwasTree.ts. Each keeps Go's quirks, which the composite matchers and so the answers depend on:
 *  - `Len()` counts runes but callers use it as a byte count;
 *  - `Single`, `List` and `Range` match the empty string when U+FFFD would pass their test
 *    (`utf8.DecodeRuneInString("")` is U+FFFD with width 0), so `?` and `[!a]` match "";
 *  - `Index` segments use `utf8.RuneLen` of the decoded rune, 3 for an invalid byte;
 *  - `PrefixSuffix.Match` lets the prefix and the suffix overlap;
 *  - `Min.Index` compares a byte length with a rune count.
 */
import {
  type Bytes,
  bytesEqual,
  bytesToString,
  decodeRune,
  hasPrefix,
  hasSuffix,
  indexOf,
  lastIndexOf,
  rangeRunes,
  runeCount,
  runeLen,
  runesToBytes,
  slice,
} from './gobwasBytes.ts';

/** `match.Matcher`. `index` returns [-1, []] where Go returns (-1, nil). */
export interface Matcher {
  match(s: Bytes): boolean;
  index(s: Bytes): [index: number, segments: number[]];
  len(): number;
  /** Go's `String()`, e.g. `<prefix_suffix:[app-,-prod]>`. */
  toString(): string;
}

export const NOT_FOUND: [number, number[]] = [-1, []];

/** Diagnostics only (globDivergence.ts): sees every call a composite matcher makes. */
export const tracing: {
  match: ((m: Matcher, s: Bytes) => boolean) | null;
  index: ((m: Matcher, s: Bytes) => [number, number[]]) | null;
} = { match: null, index: null };

/** `m.Match(s)`, as composite matchers call it (traced when diagnosing). */
export function matchOf(m: Matcher, s: Bytes): boolean {
  return tracing.match ? tracing.match(m, s) : m.match(s);
}

/** `m.Index(s)`, as composite matchers call it (traced when diagnosing). */
export function indexIn(m: Matcher, s: Bytes): [number, number[]] {
  return tracing.index ? tracing.index(m, s) : m.index(s);
}

/** The segments of `Super.Index`: every rune start, then the length. */
function allSegments(s: Bytes, base = 0): number[] {
  const segments: number[] = [];
  rangeRunes(s, (i) => {
    segments.push(base + i);
  });
  segments.push(base + s.length);
  return segments;
}

/** `Index` of the one-rune matchers: the first rune that passes. */
function indexOneRune(s: Bytes, passes: (r: number) => boolean): [number, number[]] {
  let found = NOT_FOUND;
  rangeRunes(s, (i, r) => {
    if (!passes(r)) return false;
    found = [i, [runeLen(r)]];
    return true;
  });
  return found;
}

/** `Match` of the one-rune matchers: at most one rune, and the empty string decodes as U+FFFD. */
function matchOneRune(s: Bytes, passes: (r: number) => boolean): boolean {
  const [r, w] = decodeRune(s);
  return s.length <= w && passes(r);
}

export class Nothing implements Matcher {
  match = (s: Bytes): boolean => s.length === 0;
  index = (): [number, number[]] => [0, [0]];
  len = (): number => 0;
  toString = (): string => '<nothing>';
}

export class Super implements Matcher {
  match = (): boolean => true;
  index = (s: Bytes): [number, number[]] => [0, allSegments(s)];
  len = (): number => -1;
  toString = (): string => '<super>';
}

/** `?` with no separators: any one rune. */
export class Single implements Matcher {
  private readonly passes = (): boolean => true;
  match = (s: Bytes): boolean => matchOneRune(s, this.passes);
  index = (s: Bytes): [number, number[]] => indexOneRune(s, this.passes);
  len = (): number => 1;
  toString = (): string => '<single:![]>';
}

export class List implements Matcher {
  constructor(
    readonly list: readonly number[],
    readonly not: boolean,
  ) {}
  private readonly passes = (r: number): boolean => this.list.includes(r) !== this.not;
  match = (s: Bytes): boolean => matchOneRune(s, this.passes);
  index = (s: Bytes): [number, number[]] => indexOneRune(s, this.passes);
  len = (): number => 1;
  toString = (): string => `<list:${this.not ? '!' : ''}[${String.fromCodePoint(...this.list)}]>`;
}

export class Range implements Matcher {
  constructor(
    readonly lo: number,
    readonly hi: number,
    readonly not: boolean,
  ) {}
  private readonly passes = (r: number): boolean => (r >= this.lo && r <= this.hi) !== this.not;
  match = (s: Bytes): boolean => matchOneRune(s, this.passes);
  index = (s: Bytes): [number, number[]] => indexOneRune(s, this.passes);
  len = (): number => 1;
  toString = (): string =>
    `<range:${this.not ? '!' : ''}[${String.fromCodePoint(this.lo)},${String.fromCodePoint(this.hi)}]>`;
}

export class Text implements Matcher {
  readonly str: Bytes;
  private readonly runes: number;
  constructor(runes: readonly number[]) {
    this.str = runesToBytes(runes);
    this.runes = runeCount(this.str);
  }
  match = (s: Bytes): boolean => bytesEqual(this.str, s);
  index = (s: Bytes): [number, number[]] => {
    const i = indexOf(s, this.str);
    return i === -1 ? NOT_FOUND : [i, [this.str.length]];
  };
  len = (): number => this.runes;
  toString = (): string => `<text:\`${bytesToString(this.str)}\`>`;
}

export class Contains implements Matcher {
  constructor(
    readonly needle: Bytes,
    readonly not: boolean,
  ) {}
  match = (s: Bytes): boolean => (indexOf(s, this.needle) !== -1) !== this.not;
  index = (s: Bytes): [number, number[]] => {
    let offset = 0;
    const idx = indexOf(s, this.needle);
    if (!this.not) {
      if (idx === -1) return NOT_FOUND;
      offset = idx + this.needle.length;
      if (s.length <= offset) return [0, [offset]];
      s = slice(s, offset);
    } else if (idx !== -1) s = slice(s, 0, idx);
    return [0, allSegments(s, offset)];
  };
  len = (): number => -1;
  toString = (): string => `<contains:${this.not ? '!' : ''}[${bytesToString(this.needle)}]>`;
}

export class Prefix implements Matcher {
  constructor(readonly prefix: Bytes) {}
  match = (s: Bytes): boolean => hasPrefix(s, this.prefix);
  index = (s: Bytes): [number, number[]] => {
    const idx = indexOf(s, this.prefix);
    if (idx === -1) return NOT_FOUND;
    const length = this.prefix.length;
    const sub = s.length > idx + length ? slice(s, idx + length) : new Uint8Array(0);
    const segments = [length];
    rangeRunes(sub, (i, r) => {
      segments.push(length + i + runeLen(r));
    });
    return [idx, segments];
  };
  len = (): number => -1;
  toString = (): string => `<prefix:${bytesToString(this.prefix)}>`;
}

export class Suffix implements Matcher {
  constructor(readonly suffix: Bytes) {}
  match = (s: Bytes): boolean => hasSuffix(s, this.suffix);
  index = (s: Bytes): [number, number[]] => {
    const idx = indexOf(s, this.suffix);
    return idx === -1 ? NOT_FOUND : [0, [idx + this.suffix.length]];
  };
  len = (): number => -1;
  toString = (): string => `<suffix:${bytesToString(this.suffix)}>`;
}

/** BUG kept: `Match` does not require len(s) >= len(prefix) + len(suffix). */
export class PrefixSuffix implements Matcher {
  constructor(
    readonly prefix: Bytes,
    readonly suffix: Bytes,
  ) {}
  match = (s: Bytes): boolean => hasPrefix(s, this.prefix) && hasSuffix(s, this.suffix);
  index = (s: Bytes): [number, number[]] => {
    const prefixIdx = indexOf(s, this.prefix);
    if (prefixIdx === -1) return NOT_FOUND;
    const suffixLen = this.suffix.length;
    if (suffixLen <= 0) return [prefixIdx, [s.length - prefixIdx]];
    if (s.length - prefixIdx <= 0) return NOT_FOUND;
    const segments: number[] = [];
    for (let sub = slice(s, prefixIdx); ;) {
      const suffixIdx = lastIndexOf(sub, this.suffix);
      if (suffixIdx === -1) break;
      segments.push(suffixIdx + suffixLen);
      sub = slice(sub, 0, suffixIdx);
    }
    if (segments.length === 0) return NOT_FOUND;
    return [prefixIdx, segments.reverse()];
  };
  len = (): number => -1;
  toString = (): string =>
    `<prefix_suffix:[${bytesToString(this.prefix)},${bytesToString(this.suffix)}]>`;
}

export class Min implements Matcher {
  constructor(readonly limit: number) {}
  match = (s: Bytes): boolean => s.length > 0 && runeCount(s) >= this.limit;
  index = (s: Bytes): [number, number[]] => {
    if (s.length - this.limit + 1 <= 0) return NOT_FOUND;
    const segments: number[] = [];
    let count = 0;
    rangeRunes(s, (i, r) => {
      if (++count >= this.limit) segments.push(i + runeLen(r));
    });
    return segments.length === 0 ? NOT_FOUND : [0, segments];
  };
  len = (): number => -1;
  toString = (): string => `<min:${this.limit}>`;
}

export class Max implements Matcher {
  constructor(readonly limit: number) {}
  match = (s: Bytes): boolean => runeCount(s) <= this.limit;
  index = (s: Bytes): [number, number[]] => {
    const segments = [0];
    let count = 0;
    rangeRunes(s, (i, r) => {
      if (++count > this.limit) return true;
      segments.push(i + runeLen(r));
      return false;
    });
    return [0, segments];
  };
  len = (): number => -1;
  toString = (): string => `<max:${this.limit}>`;
}
