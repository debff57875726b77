import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileGlob, findGlobDivergence } from './glob.ts';
import { compileGlobReference } from './globReference.ts';

/** findGlobDivergence's answer for each kind of gobwas v0.2.3 bug (see the table in glob.test.ts). */
const explained: [pattern: string, input: string, explanation: string][] = [
  [
    'app-*-prod',
    'app-prod',
    'gobwas v0.2.3 matches "app-prod" against "app-*-prod": its prefix/suffix matcher for "app-*-prod" lets the prefix and the suffix overlap',
  ],
  [
    '{?,aa}aaaa',
    'aaaa',
    'gobwas v0.2.3 matches "aaaa" against "{?,aa}aaaa": its one-character matcher for "?" accepts the empty string',
  ],
  [
    '{a,}{a,}a',
    'a',
    'gobwas v0.2.3 does not match "a" against "{a,}{a,}a": its split matcher for "{a,}{a,}" never matches the empty string',
  ],
  [
    '*{,}',
    'x',
    'gobwas v0.2.3 does not match "x" against "*{,}": its split matcher for "*{,}" never tries "{,}" at the very end of "x"',
  ],
  [
    '{*-a,*-b}*',
    'x-b-c',
    'gobwas v0.2.3 does not match "x-b-c" against "{*-a,*-b}*": gobwas never implemented searching for a compound part such as "*{-a,-b}" (BTree.Index), so it is never found',
  ],
  [
    '{*a,*a}{x*,y*}',
    'aax',
    'gobwas v0.2.3 does not match "aax" against "{*a,*a}{x*,y*}": its suffix matcher for "*a", searching "aax", reports only the first occurrence of the suffix',
  ],
  [
    'ba{{*,aa,bc}}',
    'ba',
    'gobwas v0.2.3 does not match "ba" against "ba{{*,aa,bc}}": it takes "{{*,aa,bc}}" to be always 2 characters long (AnyOf.Len skips leading alternatives of no fixed length)',
  ],
  [
    '[!ab][!ab]',
    'ba',
    'gobwas v0.2.3 matches "ba" against "[!ab][!ab]": its matcher for "[!ab][!ab]" only rejects the substring "ab", not each of its characters',
  ],
  [
    '?b',
    'éb',
    'gobwas v0.2.3 does not match "éb" against "?b": its fixed-length matcher for "?b" counts characters but cuts "éb" at byte offsets, splitting non-ASCII characters',
  ],
  [
    'a{}b',
    'ab',
    'gobwas v0.2.3 does not match "ab" against "a{}b": its fixed-length matcher for "a{}b", matching "ab", hands a zero-length part ({} or {,}) all the rest of the input instead of nothing',
  ],
  [
    'prod{}',
    'prod',
    'gobwas v0.2.3 panics (runtime error: slice bounds out of range [:5] with length 4) matching "prod" against "prod{}": its fixed-length matcher for "prod{}" slices past the end of the input for a zero-length part ({} or {,})',
  ],
];

describe('findGlobDivergence', () => {
  it.each(explained)('%j ~ %j', (pattern, input, explanation) => {
    expect(findGlobDivergence(pattern, input)).toBe(explanation);
  });

  it('is null where gobwas is right, and for invalid patterns', () => {
    expect(findGlobDivergence('app-*-prod', 'app-eu-prod')).toBeNull();
    expect(findGlobDivergence('team-{a,b}-*', 'team-c-web')).toBeNull();
    expect(findGlobDivergence('[', 'x')).toBeNull();
  });
});

const patternChar = fc.constantFrom(
  ...['a', 'b', 'é', '-', '*', '?', '[', ']', '!', '{', '}', ',', '\\'],
);
const inputOf = (chars: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...chars), { maxLength }).map((cs) => cs.join(''));

describe('the gobwas port against correct glob semantics', () => {
  it('agrees, or findGlobDivergence names a known gobwas v0.2.3 bug', () => {
    fc.assert(
      fc.property(
        fc.array(patternChar, { maxLength: 10 }).map((cs) => cs.join('')),
        inputOf(['a', 'b', 'é', '-'], 8),
        (pattern, input) => {
          const g = compileGlob(pattern);
          const ref = compileGlobReference(pattern);
          if ('error' in g || 'error' in ref) return 'error' in g && 'error' in ref;
          const outcome = g.outcome(input).kind;
          const why = findGlobDivergence(pattern, input);
          if (outcome === (ref.match(input) ? 'match' : 'noMatch')) return why === null;
          return why !== null && !why.includes('its matcher <');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees on ASCII input for patterns of text, ? and one-character classes', () => {
    const part = fc.constantFrom('a', 'b', 'ab', '-', '?', '[ab]', '[a-b]', '[!a]', '\\*');
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 6 }).map((ps) => ps.join('')),
        inputOf(['a', 'b', '-', '*'], 8).filter((s) => s !== ''),
        (pattern, input) => {
          const g = compileGlob(pattern);
          const ref = compileGlobReference(pattern);
          if ('error' in g || 'error' in ref) return false;
          return g.match(input) === ref.match(input);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
