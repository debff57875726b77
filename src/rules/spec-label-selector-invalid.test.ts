import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, restoreWithResources } from '../testing/rules.ts';

const pod = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod, labels: {app: db}}',
  'spec:',
  '  containers: [{name: app, image: postgres}]',
);
const restore = restoreWithResources;

describe('spec-label-selector-invalid', () => {
  it.each([
    [
      'an unknown operator: points at the operator value',
      restore(
        '    - name: sel',
        '      labelSelector:',
        '        matchExpressions:',
        '        - key: app',
        '          operator: Equals',
        '          values: [db]',
        '      postHooks: []',
      ),
      [
        {
          line: 12,
          column: 21,
          endLine: 12,
          endColumn: 27,
          data: {
            hook: 'hook "sel"',
            error: '"Equals" is not a valid label selector operator',
            stage: 'validation',
          },
        },
      ],
    ],
    [
      'In without values, and an invalid matchLabels key: both hooks reported',
      restore(
        '    - name: first',
        '      labelSelector: {matchExpressions: [{key: app, operator: In}]}',
        '    - name: second',
        '      labelSelector:',
        '        matchLabels: {"bad key": x}',
      ),
      [
        {
          line: 9,
          column: 42,
          endLine: 9,
          endColumn: 66,
          data: { hook: 'hook "first"', stage: 'validation' },
        },
        { line: 12, column: 23, endLine: 12, endColumn: 32, data: { hook: 'hook "second"' } },
      ],
    ],
    [
      'a number as a label value: the CRD schema refuses it',
      restore('    - name: sel', '      labelSelector: {matchLabels: {tier: 1}}'),
      [{ line: 9, column: 43, endLine: 9, endColumn: 44, data: { stage: 'schema' } }],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-label-selector-invalid', pod, text)).toMatchObject(expected);
  });

  it('carries the apimachinery message for values of In', () => {
    const text = restore(
      '    - name: sel',
      '      labelSelector: {matchExpressions: [{key: app, operator: In, values: []}]}',
    );
    const [found] = findDiagnostics('spec-label-selector-invalid', pod, text);
    expect(found?.data?.['error']).toBe(
      "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty",
    );
  });

  it.each([
    [
      'valid selectors',
      restore(
        '    - name: a',
        '      labelSelector: {matchLabels: {app: db}, matchExpressions: [{key: tier, operator: Exists}]}',
      ),
    ],
    ['a null selector (no label filtering)', restore('    - name: a', '      labelSelector: null')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-label-selector-invalid', pod, text)).toEqual([]);
  });
});
