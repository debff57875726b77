import { describe, expect, it } from 'vitest';
import { buildPreview } from './preview.ts';

describe('buildPreview', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\nb\n', 2],
  ])('shows a short text whole: %j has %i lines', (text, lines) => {
    expect(buildPreview(text, 5, 100)).toEqual({
      text,
      lines,
      shownLines: lines,
      truncated: false,
    });
  });

  it('keeps the first whole lines within the line budget', () => {
    expect(buildPreview('1\n2\n3\n4\n', 2, 100)).toEqual({
      text: '1\n2\n',
      lines: 4,
      shownLines: 2,
      truncated: true,
    });
  });

  it('keeps whole lines within the character budget', () => {
    expect(buildPreview('aaaa\nbbbb\ncccc\n', 10, 12)).toEqual({
      text: 'aaaa\nbbbb\n',
      lines: 3,
      shownLines: 2,
      truncated: true,
    });
  });

  it('cuts a first line longer than the character budget', () => {
    expect(buildPreview(`${'x'.repeat(30)}\ny\n`, 10, 8)).toEqual({
      text: 'xxxxxxxx',
      lines: 2,
      shownLines: 1,
      truncated: true,
    });
  });

  it('does not count the lines of a long text it does not show whole', () => {
    const text = 'line\n'.repeat(300_000);
    expect(buildPreview(text, 2, 100)).toEqual({
      text: 'line\nline\n',
      lines: null,
      shownLines: 2,
      truncated: true,
    });
  });
});
