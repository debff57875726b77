/**
 * Go's two ways of printing a string inside an error message: `%q` (strconv.Quote) and
 * `json.Marshal`. Kubernetes field errors use both, so messages only match byte for byte when the
 * quoting does too.
 */
import { toRunes } from './strings.ts';

/** `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

function isGoPrint(cp: number): boolean {
  return cp === 0x20 || printable.test(String.fromCodePoint(cp));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

const shortEscapes: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

/** Go's `strconv.Quote` (what `fmt.Sprintf("%q", s)` prints), from Go's `strconv/quote.go`. */
export function quoteGoString(s: string): string {
  let out = '"';
  for (const cp of toRunes(s)) {
    if (cp === 0x22 || cp === 0x5c) out += '\\' + String.fromCodePoint(cp);
    else if (isGoPrint(cp)) out += String.fromCodePoint(cp);
    else if (shortEscapes[cp] !== undefined) out += shortEscapes[cp];
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

const jsonShortEscapes: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
};

/**
 * Go's `json.Marshal` of a string (`encoding/json` appendString with HTML escaping on): `<`, `>`,
 * `&`, control characters, U+2028 and U+2029 become `\uXXXX` escapes.
 */
export function marshalJsonString(s: string): string {
  let out = '"';
  for (const cp of toRunes(s)) {
    const short = jsonShortEscapes[cp];
    if (short !== undefined) out += short;
    else if (cp < 0x20 || cp === 0x3c || cp === 0x3e || cp === 0x26) out += '\\u' + hex(cp, 4);
    else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + hex(cp, 4);
    else out += String.fromCodePoint(cp);
  }
  return out + '"';
}

/** Go's `json.Marshal` of a `[]string`; a nil slice (here `null`) prints as `null`. */
export function marshalJsonStrings(values: readonly string[] | null): string {
  if (values === null) return 'null';
  return '[' + values.map(marshalJsonString).join(',') + ']';
}
