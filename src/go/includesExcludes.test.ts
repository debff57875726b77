import { describe, it, expect } from 'vitest';
import { explainNamespaceMatch, shouldInclude } from './includesExcludes.ts';

const cases: {
  name: string;
  includes: string[];
  excludes: string[];
  value: string;
  want: boolean;
}[] = [
  { name: 'both empty: everything', includes: [], excludes: [], value: 'dev', want: true },
  { name: 'star: everything', includes: ['*'], excludes: [], value: 'dev', want: true },
  { name: 'literal include', includes: ['dev'], excludes: [], value: 'dev', want: true },
  {
    name: 'literal include, other namespace',
    includes: ['dev'],
    excludes: [],
    value: 'prod',
    want: false,
  },
  { name: 'glob include', includes: ['prod*'], excludes: [], value: 'prod-eu', want: true },
  { name: 'brace include', includes: ['{dev,qa}'], excludes: [], value: 'qa', want: true },
  {
    name: 'exclude with empty includes',
    includes: [],
    excludes: ['kube-*'],
    value: 'kube-system',
    want: false,
  },
  {
    name: 'exclude wins over include',
    includes: ['prod'],
    excludes: ['prod'],
    value: 'prod',
    want: false,
  },
  {
    name: 'exclude wins over star',
    includes: ['*'],
    excludes: ['prod*'],
    value: 'prod',
    want: false,
  },
  {
    name: 'exclude does not match',
    includes: ['*'],
    excludes: ['prod*'],
    value: 'dev',
    want: true,
  },
  // "[x" sorts before "apple*" ('[' is 0x5b), so Velero stops before reaching "apple*".
  {
    name: 'broken exclude stops the excludes',
    includes: [],
    excludes: ['apple*', '[x'],
    value: 'apple',
    want: true,
  },
  // "*le" sorts before "[x" ('*' is 0x2a), so it is tried first and matches.
  {
    name: 'exclude sorted before a broken one',
    includes: [],
    excludes: ['[x', '*le'],
    value: 'apple',
    want: false,
  },
  {
    name: 'broken include stops the includes',
    includes: ['dev', '[a'],
    excludes: [],
    value: 'dev',
    want: false,
  },
  {
    name: 'include sorted before a broken one',
    includes: ['[a', '*v'],
    excludes: [],
    value: 'dev',
    want: true,
  },
  // Has("*") is checked before any pattern, so a broken pattern sorting before "*" does not matter…
  {
    name: 'exact "*" short-circuits',
    includes: ['([', '*'],
    excludes: [],
    value: 'dev',
    want: true,
  },
  // …but "**" is not the entry "*": the broken "([" (0x28) is tried first and stops the check.
  { name: '"**" is not "*"', includes: ['([', '**'], excludes: [], value: 'dev', want: false },
  {
    name: 'unclosed brace compiles in gobwas',
    includes: ['{dev,qa'],
    excludes: [],
    value: 'qa',
    want: true,
  },
  { name: 'duplicates collapse', includes: ['dev', 'dev'], excludes: [], value: 'dev', want: true },
  {
    name: 'empty pattern matches nothing real',
    includes: [''],
    excludes: [],
    value: 'dev',
    want: false,
  },
];

describe('shouldInclude', () => {
  it.each(cases)('$name', ({ includes, excludes, value, want }) => {
    expect(shouldInclude(includes, excludes, value)).toBe(want);
  });
});

const explanations: {
  name: string;
  includes: string[];
  excludes: string[];
  value: string;
  included: boolean;
  reason: string;
}[] = [
  {
    name: 'excluded',
    includes: [],
    excludes: ['prod*'],
    value: 'prod',
    included: false,
    reason: 'namespace "prod" is excluded by pattern "prod*"',
  },
  {
    name: 'not in the includes',
    includes: ['b', 'a'],
    excludes: [],
    value: 'dev',
    included: false,
    reason: 'namespace "dev" is not in includedNamespaces [a, b]',
  },
  {
    name: 'included by a pattern',
    includes: ['d*'],
    excludes: [],
    value: 'dev',
    included: true,
    reason: 'namespace "dev" is included by pattern "d*"',
  },
  {
    name: 'empty includes',
    includes: [],
    excludes: [],
    value: 'dev',
    included: true,
    reason: 'namespace "dev" is included: includedNamespaces is empty, so all namespaces are',
  },
  {
    name: 'star',
    includes: ['*'],
    excludes: [],
    value: 'dev',
    included: true,
    reason: 'namespace "dev" is included: includedNamespaces contains "*"',
  },
  {
    name: 'broken include',
    includes: ['dev', '[a'],
    excludes: [],
    value: 'dev',
    included: false,
    reason:
      'pattern "[a" is not a valid glob: unexpected end of input; Velero stops checking here, so namespace "dev" is not included',
  },
  {
    name: 'broken exclude',
    includes: [],
    excludes: ['dev', '[a'],
    value: 'dev',
    included: true,
    reason:
      'namespace "dev" is included: includedNamespaces is empty, so all namespaces are (excludedNamespaces pattern "[a" ' +
      'is not a valid glob: unexpected end of input; Velero stops checking excludes there)',
  },
];

describe('explainNamespaceMatch', () => {
  it.each(explanations)('$name', ({ includes, excludes, value, included, reason }) => {
    expect(explainNamespaceMatch(includes, excludes, value)).toEqual({ included, reason });
  });

  it.each(cases)('agrees with shouldInclude: $name', ({ includes, excludes, value, want }) => {
    expect(explainNamespaceMatch(includes, excludes, value).included).toBe(want);
  });
});
