import { describe, expect, it } from 'vitest';
import { asText, formatListText, parseList, makeShellCommand, readShellLine } from './values.ts';

describe('form values', () => {
  it('shows scalars as text and other shapes as empty', () => {
    expect([asText('a'), asText(5), asText(true), asText(null), asText({})]).toEqual([
      'a',
      '5',
      'true',
      '',
      '',
    ]);
  });

  it('round-trips comma-separated lists', () => {
    expect(formatListText(['a', 'b-*'])).toBe('a, b-*');
    expect(parseList(' a, ,b-* ,')).toEqual(['a', 'b-*']);
    expect(parseList(' , ')).toBeUndefined();
  });

  it('recognises a shell line', () => {
    expect(readShellLine(makeShellCommand('echo hi'))).toBe('echo hi');
    expect(readShellLine(['/bin/sh', '-c'])).toBeNull();
    expect(readShellLine(['bash', '-c', 'x'])).toBeNull();
  });
});
