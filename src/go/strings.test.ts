import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import {
  compareGoStrings,
  countRuneBytes,
  sortUniqueStrings,
  toRunes,
  countUtf8Bytes,
} from './strings.ts';

describe('sortUniqueStrings', () => {
  it.each([
    {
      name: 'ASCII order, duplicates removed',
      input: ['b', 'a', 'b', '*', '[x'],
      want: ['*', '[x', 'a', 'b'],
    },
    { name: 'prefix sorts first', input: ['ab', 'a'], want: ['a', 'ab'] },
    // Go compares UTF-8 bytes: U+FF01 (EF BC 81) < U+1F600 (F0 9F 98 80); UTF-16 order is the reverse.
    {
      name: 'code point order, not UTF-16 order',
      input: ['\u{1F600}', '\uFF01'],
      want: ['\uFF01', '\u{1F600}'],
    },
  ])('$name', ({ input, want }) => {
    expect(sortUniqueStrings(input)).toEqual(want);
  });

  it('compares equal strings as 0', () => {
    expect(compareGoStrings('abc', 'abc')).toBe(0);
  });
});

describe('countUtf8Bytes and toRunes', () => {
  it.each([
    { name: 'ASCII', input: 'abc', bytes: 3, runes: [0x61, 0x62, 0x63] },
    { name: 'two-byte', input: 'é', bytes: 2, runes: [0xe9] },
    { name: 'three-byte', input: '日', bytes: 3, runes: [0x65e5] },
    { name: 'four-byte', input: '\u{1F600}', bytes: 4, runes: [0x1f600] },
    { name: 'lone surrogate reads as U+FFFD', input: '\ud800', bytes: 3, runes: [0xfffd] },
    {
      name: 'a low surrogate before a high one',
      input: '\udc00\ud800x',
      bytes: 7,
      runes: [0xfffd, 0xfffd, 0x78],
    },
  ])('$name', ({ input, bytes, runes }) => {
    expect(countUtf8Bytes(input)).toBe(bytes);
    expect(toRunes(input)).toEqual(runes);
  });

  it('countUtf8Bytes adds up the runes of any UTF-16 text, lone surrogates too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(countUtf8Bytes(s)).toBe(toRunes(s).reduce((n, r) => n + countRuneBytes(r), 0));
      }),
    );
  });
});
