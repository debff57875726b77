import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, buildRestore } from '../testing/rules.ts';

const code = 'restore-filter-invalid';
const pod = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod, labels: {app: db}}',
  'spec: {containers: [{name: app, image: postgres}]}',
);
const restore = (...spec: string[]) => buildRestore('{name: r1}', ...spec);

describe(code, () => {
  it.each([
    [
      'a non-restorable resource, at the entry; it is also in the appended excludes',
      restore('  includedResources: [pods, nodes]'),
      [
        {
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 34,
          data: { error: 'nodes are non-restorable resources', stage: 'validation' },
        },
        {
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 34,
          data: {
            error:
              'Invalid included/excluded resource lists: excludes list cannot contain an item in the includes list: nodes',
            stage: 'validation',
          },
        },
      ],
    ],
    [
      '* in excludedNamespaces',
      restore('  excludedNamespaces:', '  - "*"'),
      [
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 8,
          data: {
            error: "Invalid included/excluded namespace lists: excludes list cannot contain '*'",
            stage: 'validation',
          },
        },
      ],
    ],
    [
      'labelSelector with orLabelSelectors: at the orLabelSelectors key',
      restore('  labelSelector: {matchLabels: {app: db}}', '  orLabelSelectors: []'),
      [
        {
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 19,
          data: {
            error:
              'encountered labelSelector as well as orLabelSelectors in restore spec, only one can be specified',
            stage: 'validation',
          },
        },
      ],
    ],
    [
      'an invalid operator in orLabelSelectors: the restore fails, at the operator',
      restore('  orLabelSelectors:', '  - matchExpressions: [{key: app, operator: Equals}]'),
      [
        {
          line: 7,
          column: 45,
          endLine: 7,
          endColumn: 51,
          data: { error: '"Equals" is not a valid label selector operator', stage: 'restore' },
        },
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(findDiagnostics(code, pod, text)).toMatchObject(expected);
  });

  it('a brace pattern next to a wildcard fails the restore on main only, at the key', () => {
    const text = restore('  includedNamespaces: ["{prod,dev}", "x*"]');
    expect(findDiagnostics(code, pod, text, 'main')).toMatchObject([
      {
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 21,
        data: {
          error:
            'error expanding wildcard patterns in namespace includes/excludes: wildcard pattern contains unsupported characters: |, (, ), !, {, }, ,',
          stage: 'restore',
        },
      },
    ]);
    expect(findDiagnostics(code, pod, text, '1.18.2')).toEqual([]);
  });

  it('is silent for valid filters', () => {
    const text = restore('  includedNamespaces: [prod]', '  excludedResources: [secrets]');
    expect(findDiagnostics(code, pod, text)).toEqual([]);
  });
});
