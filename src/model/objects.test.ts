import { describe, expect, it } from 'vitest';
import { copyWith } from './objects.ts';

describe('copyWith', () => {
  it('gives what a spread gives: the same keys in the same order, extra winning', () => {
    const base = { a: 1, b: 2, c: 3 };
    const copy = copyWith(base, { b: 20, d: 4 });
    expect(copy).toEqual({ ...base, b: 20, d: 4 });
    expect(Object.keys(copy)).toEqual(Object.keys({ ...base, b: 20, d: 4 }));
    expect(JSON.stringify(copy)).toBe('{"a":1,"b":20,"c":3,"d":4}');
  });

  it('leaves the base as it was', () => {
    const base = { a: 1 };
    copyWith(base, { a: 2 });
    expect(base).toEqual({ a: 1 });
  });
});
