/**
 * The composite matchers of gobwas/glob v0.2.3 (`match/row.go`, `every_of.go`, `any_of.go`,
 * `btree.go`), ported line by line. Their quirks decide many of gobwas's surprising answers:
 *  - `Row` gives each part `Len()` runes but slices only one byte of the last rune, so a part
 *    ending in a non-ASCII rune fails (`?b` does not match "éb"), and a zero-length part
 *    (`Nothing`, from `{}`) swallows the rest or, at the end of the input, panics;
 *  - `Row.Index` reports `Len()` runes as a byte length;
 *  - `EveryOf.Len()` is always -1 (it starts from 0 and returns at the first matcher);
 *  - `BTree` uses rune lengths as byte offsets, never tries its value at the very end of its
 *    input (so it never matches ""), and `BTree.Index` always says "not found" (a TODO in Go),
 *    so a BTree used as another BTree's value, directly or in an `AnyOf`, never matches.
 * `BTree.Match` recurses into its left and right matchers for every candidate split, which is
 * polynomial only in the nesting depth; as the answer depends only on the bytes, results are
 * memoised per input substring, which keeps every pattern polynomial without changing answers.
 */
import { type Bytes, GoPanic, decodeRune, rangeRunes, slice } from './gobwasBytes.ts';
import { type Matcher, NOT_FOUND, indexIn, matchOf } from './gobwasMatch.ts';

const list = (matchers: readonly Matcher[]): string => matchers.map(String).join(',');

export class Row implements Matcher {
  constructor(
    readonly runesLength: number,
    readonly matchers: readonly Matcher[],
  ) {}

  private matchAll(s: Bytes): boolean {
    let idx = 0;
    for (const m of this.matchers) {
      const length = m.len();
      let next = 0;
      let i = 0;
      rangeRunes(slice(s, idx), (at) => {
        next = at;
        return ++i === length;
      });
      if (i < length || !matchOf(m, slice(s, idx, idx + next + 1))) return false;
      idx += next + 1;
    }
    return true;
  }

  private lenOk(s: Bytes): boolean {
    let i = 0;
    let tooLong = false;
    rangeRunes(s, () => (tooLong = ++i > this.runesLength));
    return !tooLong && this.runesLength === i;
  }

  match(s: Bytes): boolean {
    return this.lenOk(s) && this.matchAll(s);
  }

  len(): number {
    return this.runesLength;
  }

  index(s: Bytes): [number, number[]] {
    let found = NOT_FOUND;
    rangeRunes(s, (i) => {
      if (s.length - i < this.runesLength) return true;
      if (!this.matchAll(slice(s, i))) return false;
      found = [i, [this.runesLength]];
      return true;
    });
    return found;
  }

  toString(): string {
    return `<row_${this.runesLength}:[${list(this.matchers)}]>`;
  }
}

export class EveryOf implements Matcher {
  constructor(readonly matchers: readonly Matcher[]) {}

  /** As in Go: -1 whenever there is a matcher (l starts at 0, and only l > 0 adds). */
  len(): number {
    let l = 0;
    for (const m of this.matchers) {
      const ml = m.len();
      if (l > 0) l += ml;
      else return -1;
    }
    return l;
  }

  index(s: Bytes): [number, number[]] {
    let index = 0;
    let offset = 0;
    let current: number[] = [];
    let sub = s;
    for (const [i, m] of this.matchers.entries()) {
      const [idx, seg] = indexIn(m, sub);
      if (idx === -1) return NOT_FOUND;
      if (i === 0) current = [...seg];
      else {
        const delta = index - (idx + offset);
        const next: number[] = [];
        for (const ex of current) for (const n of seg) if (ex + delta === n) next.push(n);
        if (next.length === 0) return NOT_FOUND;
        current = next;
      }
      index = idx + offset;
      sub = slice(s, index);
      offset += idx;
    }
    return [index, current];
  }

  match(s: Bytes): boolean {
    return this.matchers.every((m) => matchOf(m, s));
  }

  toString(): string {
    return `<every_of:[${list(this.matchers)}]>`;
  }
}

/** `appendMerge`: merges two sorted, duplicate-free segment lists. */
function appendMerge(target: readonly number[], sub: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < target.length || y < sub.length) {
    const a = target[x];
    const b = sub[y];
    if (a === undefined) return out.concat(sub.slice(y));
    if (b === undefined) return out.concat(target.slice(x));
    out.push(Math.min(a, b));
    if (a <= b) x++;
    if (b <= a) y++;
  }
  return out;
}

export class AnyOf implements Matcher {
  constructor(readonly matchers: readonly Matcher[]) {}

  match(s: Bytes): boolean {
    return this.matchers.some((m) => matchOf(m, s));
  }

  index(s: Bytes): [number, number[]] {
    let index = -1;
    let segments: number[] = [];
    for (const m of this.matchers) {
      const [idx, seg] = indexIn(m, s);
      if (idx === -1) continue;
      if (index === -1 || idx < index) {
        index = idx;
        segments = [...seg];
        continue;
      }
      if (idx > index) continue;
      segments = appendMerge(segments, seg);
    }
    return index === -1 ? NOT_FOUND : [index, segments];
  }

  len(): number {
    let l = -1;
    for (const m of this.matchers) {
      const ml = m.len();
      if (l === -1) l = ml;
      else if (ml === -1 || l !== ml) return -1;
    }
    return l;
  }

  toString(): string {
    return `<any_of:[${list(this.matchers)}]>`;
  }
}

export class BTree implements Matcher {
  readonly valueLength: number;
  readonly leftLength: number;
  readonly rightLength: number;
  readonly lengthRunes: number;
  private memoOf: ArrayBufferLike | null = null;
  private readonly memo = new Map<number, boolean>();

  /** `NewBTree`; `lengths` copies a tree's lengths, as Go's optimizer does with its copies. */
  constructor(
    readonly value: Matcher,
    readonly left: Matcher | null,
    readonly right: Matcher | null,
    lengths?: BTree,
  ) {
    this.valueLength = lengths?.valueLength ?? value.len();
    this.leftLength = lengths?.leftLength ?? left?.len() ?? 0;
    this.rightLength = lengths?.rightLength ?? right?.len() ?? 0;
    const parts = [this.valueLength, this.leftLength, this.rightLength];
    const sum = this.valueLength + this.leftLength + this.rightLength;
    this.lengthRunes = lengths?.lengthRunes ?? (parts.includes(-1) ? -1 : sum);
  }

  len(): number {
    return this.lengthRunes;
  }

  /** A TODO in Go: always "not found". */
  index(): [number, number[]] {
    return NOT_FOUND;
  }

  match(s: Bytes): boolean {
    if (s.buffer !== this.memoOf) {
      this.memoOf = s.buffer;
      this.memo.clear();
    }
    const key = s.byteOffset * (s.buffer.byteLength + 1) + s.length;
    let result = this.memo.get(key);
    if (result === undefined) {
      result = this.matchOnce(s);
      this.memo.set(key, result);
    }
    return result;
  }

  private matchOnce(s: Bytes): boolean {
    const inputLen = s.length;
    if (this.lengthRunes !== -1 && this.lengthRunes > inputLen) return false;
    let offset = this.leftLength >= 0 ? this.leftLength : 0;
    const limit = this.rightLength >= 0 ? inputLen - this.rightLength : inputLen;
    while (offset < limit) {
      const [index, segments] = indexIn(this.value, slice(s, offset, limit));
      if (index === -1) return false;
      const l = slice(s, 0, offset + index);
      const left = this.left ? matchOf(this.left, l) : l.length === 0;
      if (left) {
        for (let i = segments.length - 1; i >= 0; i--) {
          const end = offset + index + (segments[i] ?? 0);
          const r = inputLen <= end ? s.subarray(inputLen) : slice(s, end);
          if (this.right ? matchOf(this.right, r) : r.length === 0) return true;
        }
      }
      const [, step] = decodeRune(s, offset + index);
      if (step === 0) throw new GoPanic('gobwas would loop forever here');
      offset += index + step;
    }
    return false;
  }

  toString(): string {
    const l = this.left ? String(this.left) : '<nil>';
    const r = this.right ? String(this.right) : '<nil>';
    return `<btree:[${l}<-${String(this.value)}->${r}]>`;
  }
}
