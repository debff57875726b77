import { describe, it, expect } from 'vitest';
import { marshalJsonStrings, quoteGoString } from './quote.ts';

describe('quoteGoString (Go %q)', () => {
  it.each([
    { name: 'plain', input: 'Foo', want: '"Foo"' },
    { name: 'empty', input: '', want: '""' },
    { name: 'quote and backslash', input: 'a"b\\c', want: '"a\\"b\\\\c"' },
    { name: 'newline and tab', input: 'a\nb\tc', want: '"a\\nb\\tc"' },
    { name: 'other control', input: '\u0001', want: '"\\x01"' },
    { name: 'DEL', input: '\u007f', want: '"\\x7f"' },
    { name: 'printable unicode kept', input: 'µs 日本', want: '"µs 日本"' },
    { name: 'no-break space escaped', input: '\u00a0', want: '"\\u00a0"' },
    { name: 'zero width space escaped', input: '\u200b', want: '"\\u200b"' },
    { name: 'astral non-printable', input: '\u{E0001}', want: '"\\U000e0001"' },
  ])('$name', ({ input, want }) => {
    expect(quoteGoString(input)).toBe(want);
  });
});

describe('marshalJsonStrings (Go json.Marshal of []string)', () => {
  it.each([
    { name: 'nil slice', input: null, want: 'null' },
    { name: 'empty slice', input: [], want: '[]' },
    { name: 'two values', input: ['a', 'b'], want: '["a","b"]' },
    { name: 'HTML characters escaped', input: ['<a&b>'], want: '["\\u003ca\\u0026b\\u003e"]' },
    { name: 'control characters', input: ['\n\u0001'], want: '["\\n\\u0001"]' },
    { name: 'line separator', input: ['\u2028'], want: '["\\u2028"]' },
    { name: 'unicode kept', input: ['日本'], want: '["日本"]' },
  ])('$name', ({ input, want }) => {
    expect(marshalJsonStrings(input)).toBe(want);
  });
});
