import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, restoreWithSpec } from '../testing/rules.ts';

const manifests = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod, labels: {app: db}}',
  'spec:',
  '  containers: [{name: app, image: postgres}]',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web, namespace: prod}',
  'spec:',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      containers: [{name: nginx, image: nginx}]',
);
const restore = (mapping: string, ...resources: string[]) =>
  restoreWithSpec(`  namespaceMapping: ${mapping}`, '  hooks:', '    resources:', ...resources);

describe('spec-hook-matches-no-pod', () => {
  it.each([
    [
      'another namespace: points at the name and explains each pod',
      restore(
        '{}',
        '    - name: staging-only',
        '      includedNamespaces: [staging]',
        '      postHooks: [{exec: {command: [/x]}}]',
      ),
      [
        {
          line: 9,
          column: 13,
          endLine: 9,
          endColumn: 25,
          severity: 'info',
          data: {
            hook: 'hook "staging-only"',
            pods: 2,
            reasons:
              'prod/db: namespace "prod" is not in includedNamespaces [staging]; ' +
              'Deployment prod/web: namespace "prod" is not in includedNamespaces [staging]',
          },
        },
      ],
    ],
    [
      'two hooks: a label mismatch, and an exclusion after a namespace mapping',
      restore(
        '{prod: prod-copy}',
        '    - {name: cache, labelSelector: {matchLabels: {app: redis}}}',
        '    - name: not-copies',
        '      excludedNamespaces: ["*-copy"]',
      ),
      [
        {
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 19,
          data: {
            reasons:
              'prod/db (restored into prod-copy): label app is "db", matchLabels wants "redis"; Deployment prod/web (restored into prod-copy): label app is "web", matchLabels wants "redis"',
          },
        },
        { line: 10, column: 13, endLine: 10, endColumn: 23, data: { hook: 'hook "not-copies"' } },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-hook-matches-no-pod', manifests, text)).toMatchObject(expected);
  });

  it.each([
    [
      'a hook matching one pod',
      manifests,
      restore('{}', '    - {name: web, labelSelector: {matchLabels: {app: web}}}'),
    ],
    [
      'a hook matching only the created pod (restore label, exec hooks)',
      manifests,
      restore(
        '{}',
        '    - {name: exec, labelSelector: {matchLabels: {velero.io/restore-name: r1}}}',
      ),
    ],
    [
      'an input without pods',
      yaml('apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: c}'),
      restore('{}', '    - {name: x, includedNamespaces: [nowhere]}'),
    ],
  ])('is silent for %s', (_name, input, text) => {
    expect(findDiagnostics('spec-hook-matches-no-pod', input, text)).toEqual([]);
  });
});
