/**
 * Go string helpers. Go strings are UTF-8 bytes; JavaScript strings are UTF-16. These helpers give
 * the answers Go would give for the same text (lengths in bytes, byte-wise ordering, runes).
 */

/** The replacement rune Go decodes invalid UTF-8 to; a lone surrogate can only come from it. */
export const RUNE_ERROR = 0xfffd;

/**
 * The runes (code points) of `s`, as Go's `for _, r := range s` would see them. A lone surrogate
 * becomes U+FFFD, which is what Go's JSON/YAML decoders produce for it.
 */
export function toRunes(s: string): number[] {
  const runes: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? RUNE_ERROR;
    runes.push(cp >= 0xd800 && cp <= 0xdfff ? RUNE_ERROR : cp);
  }
  return runes;
}

/** The UTF-8 byte length of a rune. */
export function countRuneBytes(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/** Go's `len(s)`: the UTF-8 byte length, which Kubernetes' length limits count. */
export function countUtf8Bytes(s: string): number {
  // countRuneBytes over toRunes(s), without the array: checks count every name and annotation.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one rune above U+FFFF
      i++;
    } else n += 3; // the rest of the BMP, and a lone surrogate (U+FFFD)
  }
  return n;
}

/**
 * Go's `a < b` for strings (byte-wise UTF-8 order, which is code point order), as used by
 * `sort.Strings` and `sets.String.List()`. JavaScript's `<` compares UTF-16 units, which differs
 * for characters above U+FFFF.
 */
export function compareGoStrings(a: string, b: string): number {
  const ra = toRunes(a);
  const rb = toRunes(b);
  const n = Math.min(ra.length, rb.length);
  for (let i = 0; i < n; i++) {
    const x = ra[i] ?? 0;
    const y = rb[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}

/** `sets.NewString(items...).List()` from k8s.io/apimachinery: unique and sorted as Go sorts. */
export function sortUniqueStrings(items: readonly string[]): string[] {
  return [...new Set(items)].sort(compareGoStrings);
}
