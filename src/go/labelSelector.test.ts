import { describe, it, expect } from 'vitest';
import { convertLabelSelector, type LabelSelector } from './labelSelector.ts';

function convert(sel: unknown): LabelSelector {
  const result = convertLabelSelector(sel);
  if ('error' in result) throw new Error(`unexpected error: ${result.error}`);
  return result.selector;
}

const KEY_NAME_REGEX =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_REGEX =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end " +
  "with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is " +
  "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

const web = { app: 'web', env: 'prod' };

const matchCases: {
  name: string;
  selector: unknown;
  labels: Record<string, string>;
  want: boolean;
}[] = [
  { name: 'empty selector matches everything', selector: {}, labels: {}, want: true },
  {
    name: 'empty lists match everything',
    selector: { matchLabels: {}, matchExpressions: [] },
    labels: web,
    want: true,
  },
  { name: 'null selector matches nothing', selector: null, labels: web, want: false },
  { name: 'matchLabels hit', selector: { matchLabels: { app: 'web' } }, labels: web, want: true },
  {
    name: 'matchLabels wrong value',
    selector: { matchLabels: { app: 'api' } },
    labels: web,
    want: false,
  },
  {
    name: 'matchLabels missing key',
    selector: { matchLabels: { tier: 'db' } },
    labels: web,
    want: false,
  },
  {
    name: 'In hit',
    selector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['qa', 'prod'] }] },
    labels: web,
    want: true,
  },
  {
    name: 'In missing key',
    selector: { matchExpressions: [{ key: 'x', operator: 'In', values: ['a'] }] },
    labels: web,
    want: false,
  },
  {
    name: 'NotIn with value in set',
    selector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] },
    labels: web,
    want: false,
  },
  {
    name: 'NotIn matches an absent key',
    selector: { matchExpressions: [{ key: 'x', operator: 'NotIn', values: ['a'] }] },
    labels: web,
    want: true,
  },
  {
    name: 'Exists',
    selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] },
    labels: web,
    want: true,
  },
  {
    name: 'DoesNotExist with key',
    selector: { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] },
    labels: web,
    want: false,
  },
  {
    name: 'DoesNotExist without key',
    selector: { matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }] },
    labels: web,
    want: true,
  },
  {
    name: 'matchLabels and expressions are ANDed',
    selector: {
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'env', operator: 'In', values: ['qa'] }],
    },
    labels: web,
    want: false,
  },
  {
    name: 'null label value means ""',
    selector: { matchLabels: { app: null } },
    labels: { app: '' },
    want: true,
  },
  {
    name: 'prototype keys are not labels',
    selector: { matchExpressions: [{ key: 'constructor', operator: 'Exists' }] },
    labels: {},
    want: false,
  },
  {
    name: 'unknown fields are ignored',
    selector: { matchlabels: { app: 'x' } },
    labels: web,
    want: true,
  },
];

describe('convertLabelSelector: matching', () => {
  it.each(matchCases)('$name', ({ selector, labels, want }) => {
    expect(convert(selector).matches(labels)).toBe(want);
  });
});

const errorCases: { name: string; selector: unknown; error: string; path: (string | number)[] }[] =
  [
    {
      name: 'unknown operator',
      selector: { matchExpressions: [{ key: 'env', operator: 'Foo', values: ['a'] }] },
      error: '"Foo" is not a valid label selector operator',
      path: ['matchExpressions', 0, 'operator'],
    },
    {
      name: 'operators are case-sensitive',
      selector: { matchExpressions: [{ key: 'env', operator: 'in', values: ['a'] }] },
      error: '"in" is not a valid label selector operator',
      path: ['matchExpressions', 0, 'operator'],
    },
    {
      name: 'missing operator',
      selector: { matchExpressions: [{ key: 'env' }] },
      error: '"" is not a valid label selector operator',
      path: ['matchExpressions', 0, 'operator'],
    },
    {
      name: 'In without values',
      selector: { matchExpressions: [{ key: 'env', operator: 'In' }] },
      error: "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
      path: ['matchExpressions', 0, 'values'],
    },
    {
      name: 'NotIn with an empty list (still a nil slice in Go)',
      selector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: [] }] },
      error: "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
      path: ['matchExpressions', 0, 'values'],
    },
    {
      name: 'Exists with values',
      selector: { matchExpressions: [{ key: 'env', operator: 'Exists', values: ['a', 'b'] }] },
      error:
        'values: Invalid value: ["a","b"]: values set must be empty for exists and does not exist',
      path: ['matchExpressions', 0, 'values'],
    },
    {
      name: 'bad key',
      selector: { matchExpressions: [{ key: 'bad key', operator: 'Exists' }] },
      error: `key: Invalid value: "bad key": name part ${KEY_NAME_REGEX}`,
      path: ['matchExpressions', 0, 'key'],
    },
    {
      name: 'bad key and no values: aggregated',
      selector: { matchExpressions: [{ key: '-x', operator: 'In' }] },
      error:
        `[key: Invalid value: "-x": name part ${KEY_NAME_REGEX}, ` +
        "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty]",
      path: ['matchExpressions', 0, 'key'],
    },
    {
      name: 'bad value in an expression',
      selector: { matchExpressions: [{ key: 'env', operator: 'In', values: ['ok', 'not ok'] }] },
      error: `values[1][env]: Invalid value: "not ok": ${LABEL_VALUE_REGEX}`,
      path: ['matchExpressions', 0, 'values', 1],
    },
    {
      name: 'bad matchLabels value (Go reports it as values[0][key])',
      selector: { matchLabels: { app: 'web!' } },
      error: `values[0][app]: Invalid value: "web!": ${LABEL_VALUE_REGEX}`,
      path: ['matchLabels', 'app'],
    },
    {
      name: 'matchLabels are checked before expressions',
      selector: {
        matchLabels: { 'a b': 'x' },
        matchExpressions: [{ key: 'env', operator: 'Foo' }],
      },
      error: `key: Invalid value: "a b": name part ${KEY_NAME_REGEX}`,
      path: ['matchLabels', 'a b'],
    },
    {
      name: 'second expression',
      selector: {
        matchExpressions: [
          { key: 'a', operator: 'Exists' },
          { key: 'b', operator: 'Bogus' },
        ],
      },
      error: '"Bogus" is not a valid label selector operator',
      path: ['matchExpressions', 1, 'operator'],
    },
    {
      name: 'too long value',
      selector: { matchLabels: { app: 'a'.repeat(64) } },
      error: `values[0][app]: Invalid value: "${'a'.repeat(64)}": must be no more than 63 bytes`,
      path: ['matchLabels', 'app'],
    },
    {
      name: 'operator quoted like Go %q',
      selector: { matchExpressions: [{ key: 'a', operator: 'In\n' }] },
      error: '"In\\n" is not a valid label selector operator',
      path: ['matchExpressions', 0, 'operator'],
    },
    {
      name: 'values of the wrong type',
      selector: { matchExpressions: [{ key: 'a', operator: 'In', values: 'x' }] },
      error: 'matchExpressions[0].values must be an array of strings, not a string',
      path: ['matchExpressions', 0, 'values'],
    },
    {
      name: 'not an object',
      selector: 'app=web',
      error: 'labelSelector must be an object, not a string',
      path: [],
    },
  ];

describe('convertLabelSelector: errors', () => {
  it.each(errorCases)('$name', ({ selector, error, path }) => {
    expect(convertLabelSelector(selector)).toEqual({ error, path });
  });
});

describe('LabelSelector', () => {
  it('explains each failed requirement', () => {
    const selector = convert({
      matchLabels: { app: 'api' },
      matchExpressions: [
        { key: 'env', operator: 'NotIn', values: ['prod'] },
        { key: 'tier', operator: 'In', values: ['db', 'cache'] },
        { key: 'team', operator: 'Exists' },
        { key: 'app', operator: 'DoesNotExist' },
        { key: 'env', operator: 'Exists' },
      ],
    });
    expect(selector.explain(web)).toEqual([
      'label app is "web", matchLabels wants "api"',
      'label app is "web", DoesNotExist',
      'label env is "prod", NotIn [prod]',
      'label team is missing, Exists',
      'label tier is missing, In [db, cache]',
    ]);
  });

  it('explains nothing when the labels match', () => {
    expect(convert({ matchLabels: { app: 'web' } }).explain(web)).toEqual([]);
  });

  it('explains the nil selector', () => {
    expect(convert(null).explain(web)).toEqual([
      'the label selector is nil, which matches nothing',
    ]);
  });

  it.each([
    { name: 'everything', selector: {}, kind: 'everything', text: '' },
    { name: 'nothing', selector: undefined, kind: 'nothing', text: '' },
    {
      name: 'requirements sorted by key',
      selector: {
        matchLabels: { tier: 'web' },
        matchExpressions: [
          { key: 'env', operator: 'NotIn', values: ['qa', 'dev'] },
          { key: 'app', operator: 'Exists' },
          { key: 'old', operator: 'DoesNotExist' },
        ],
      },
      kind: 'requirements',
      text: 'app,env notin (dev,qa),!old,tier=web',
    },
  ])('kind and text: $name', ({ selector, kind, text }) => {
    const s = convert(selector);
    expect({ kind: s.kind, text: s.text }).toEqual({ kind, text });
  });
});
