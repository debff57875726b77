import { describe, expect, it } from 'vitest';
import { parseSelectorText } from './selectorText.ts';

function text(input: string): string | null {
  const parsed = parseSelectorText(input);
  if ('error' in parsed) return `error: ${parsed.error}`;
  return parsed.selector?.text ?? null;
}

describe('parseSelectorText', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['app=db', 'app=db'],
    ['app==db, tier!=cache', 'app=db,tier notin (cache)'],
    ['env in (prod, staging),!canary', '!canary,env in (prod,staging)'],
    ['env notin (dev),team', 'env notin (dev),team'],
  ])('%j reads as %j', (input, expected) => expect(text(input)).toBe(expected));

  it.each([
    ['app=(db', 'cannot read "app=(db"'],
    ['a b', 'cannot read "a b"'],
    ['-bad=x', '-bad'],
  ])('%j is an error naming %j', (input, fragment) => expect(text(input)).toContain(fragment));

  it('matches labels as Velero does', () => {
    const parsed = parseSelectorText('tier!=cache,app');
    if ('error' in parsed || !parsed.selector) throw new Error('no selector');
    expect(parsed.selector.matches({ app: 'db' })).toBe(true);
    expect(parsed.selector.matches({ app: 'db', tier: 'cache' })).toBe(false);
    expect(parsed.selector.matches({ tier: 'web' })).toBe(false);
  });
});
