/**
 * Go string primitives over UTF-8 bytes, for the port of gobwas/glob v0.2.3's matchers
 * (gobwasMatch.ts, gobwasTree.ts). gobwas indexes Go strings by byte while counting lengths in
 * runes, and slices strings mid-rune in places; reproducing its answers needs the bytes, Go's
 * decoding of invalid UTF-8 (one byte at a time, as U+FFFD) and Go's slice-bounds panics.
 */
import { toRunes } from './strings.ts';

/** A Go string: UTF-8 bytes. Substrings are `subarray` views of one buffer, as in Go. */
export type Bytes = Uint8Array;

const RUNE_ERROR = 0xfffd;

/** A Go runtime panic that gobwas v0.2.3 would raise (a slice out of range). */
export class GoPanic extends Error {
  constructor(message: string) {
    super(`runtime error: ${message}`);
    this.name = 'GoPanic';
  }
}

/** UTF-8 encoding of runes, as Go's `string([]rune)` (invalid runes become U+FFFD). */
export function runesToBytes(runes: readonly number[]): Bytes {
  const out: number[] = [];
  for (let r of runes) {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = RUNE_ERROR;
    if (r < 0x80) out.push(r);
    else if (r < 0x800) out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
    else if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
    else
      out.push(
        0xf0 | (r >> 18),
        0x80 | ((r >> 12) & 0x3f),
        0x80 | ((r >> 6) & 0x3f),
        0x80 | (r & 0x3f),
      );
  }
  return Uint8Array.from(out);
}

/** The Go string a JavaScript string stands for (a lone surrogate is U+FFFD, see toRunes). */
export function toBytes(s: string): Bytes {
  return runesToBytes(toRunes(s));
}

const cont = (b: number | undefined, lo = 0x80, hi = 0xbf): boolean =>
  b !== undefined && b >= lo && b <= hi;

/** `utf8.DecodeRuneInString(s[i:])`: [rune, width]; invalid is [U+FFFD, 1], empty [U+FFFD, 0]. */
export function decodeRune(s: Bytes, i = 0): [rune: number, width: number] {
  const b0 = s[i];
  if (b0 === undefined) return [RUNE_ERROR, 0];
  if (b0 < 0x80) return [b0, 1];
  const b1 = s[i + 1];
  const b2 = s[i + 2];
  const b3 = s[i + 3];
  if (b0 >= 0xc2 && b0 <= 0xdf && cont(b1)) return [((b0 & 0x1f) << 6) | ((b1 ?? 0) & 0x3f), 2];
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const ok1 = b0 === 0xe0 ? cont(b1, 0xa0) : b0 === 0xed ? cont(b1, 0x80, 0x9f) : cont(b1);
    if (ok1 && cont(b2))
      return [((b0 & 0x0f) << 12) | (((b1 ?? 0) & 0x3f) << 6) | ((b2 ?? 0) & 0x3f), 3];
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const ok1 = b0 === 0xf0 ? cont(b1, 0x90) : b0 === 0xf4 ? cont(b1, 0x80, 0x8f) : cont(b1);
    if (ok1 && cont(b2) && cont(b3)) {
      const r =
        ((b0 & 0x07) << 18) |
        (((b1 ?? 0) & 0x3f) << 12) |
        (((b2 ?? 0) & 0x3f) << 6) |
        ((b3 ?? 0) & 0x3f);
      return [r, 4];
    }
  }
  return [RUNE_ERROR, 1];
}

/** `utf8.RuneLen`: note U+FFFD decoded from one invalid byte still counts 3. */
export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  return r <= 0x10ffff ? 4 : -1;
}

/** `for i, r := range s`: calls `f(i, r)` for each rune; `f` returns true to break. */
export function rangeRunes(s: Bytes, f: (i: number, r: number) => boolean | void): void {
  for (let i = 0; i < s.length;) {
    const [r, w] = decodeRune(s, i);
    if (f(i, r) === true) return;
    i += w;
  }
}

/** `utf8.RuneCountInString(s)`. */
export function runeCount(s: Bytes): number {
  let n = 0;
  rangeRunes(s, () => {
    n++;
  });
  return n;
}

/** Go's `s[lo:hi]`, panicking where Go panics. */
export function slice(s: Bytes, lo: number, hi: number = s.length): Bytes {
  if (hi < 0 || hi > s.length)
    throw new GoPanic(`slice bounds out of range [:${hi}] with length ${s.length}`);
  if (lo < 0 || lo > hi) throw new GoPanic(`slice bounds out of range [${lo}:${hi}]`);
  return s.subarray(lo, hi);
}

function matchesAt(s: Bytes, sep: Bytes, at: number): boolean {
  for (let k = 0; k < sep.length; k++) if (s[at + k] !== sep[k]) return false;
  return true;
}

/** `strings.Index`. */
export function indexOf(s: Bytes, sep: Bytes): number {
  for (let i = 0; i + sep.length <= s.length; i++) if (matchesAt(s, sep, i)) return i;
  return -1;
}

/** `strings.LastIndex`. */
export function lastIndexOf(s: Bytes, sep: Bytes): number {
  for (let i = s.length - sep.length; i >= 0; i--) if (matchesAt(s, sep, i)) return i;
  return -1;
}

/** `strings.HasPrefix`. */
export function hasPrefix(s: Bytes, prefix: Bytes): boolean {
  return prefix.length <= s.length && matchesAt(s, prefix, 0);
}

/** `strings.HasSuffix`. */
export function hasSuffix(s: Bytes, suffix: Bytes): boolean {
  return suffix.length <= s.length && matchesAt(s, suffix, s.length - suffix.length);
}

/** Go's `a == b` for strings. */
export function bytesEqual(a: Bytes, b: Bytes): boolean {
  return a.length === b.length && matchesAt(a, b, 0);
}

/** Go's `%s` of a string, for matcher descriptions. */
export function bytesToString(s: Bytes): string {
  const runes: number[] = [];
  rangeRunes(s, (_, r) => {
    runes.push(r);
  });
  return String.fromCodePoint(...runes);
}
