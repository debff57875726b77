import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getValidName, hashSha256Hex } from './validLabelName.ts';

describe('hashSha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j', (input, hex) => expect(hashSha256Hex(input)).toBe(hex));

  it('agrees with node:crypto on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(hashSha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('getValidName', () => {
  it('keeps names of up to 63 characters', () => {
    expect(getValidName('a'.repeat(63))).toBe('a'.repeat(63));
  });
  it('cuts longer names to 57 characters and 6 hex digits of their SHA-256', () => {
    const long = 'restore-' + 'x'.repeat(70);
    expect(getValidName(long)).toBe(long.slice(0, 57) + hashSha256Hex(long).slice(0, 6));
    expect(getValidName(long)).toHaveLength(63);
  });
});
