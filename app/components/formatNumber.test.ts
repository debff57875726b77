import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber.ts';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [3601, '3,601'],
    [1234567, '1,234,567'],
  ])('%d → %s', (n, text) => expect(formatNumber(n)).toBe(text));
});
