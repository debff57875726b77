import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  yaml,
  restoreWithResources,
  podInProdWithSidecar as pod,
} from '../testing/rules.ts';

const noPods = yaml(
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: settings, namespace: prod}',
);
const restore = restoreWithResources;

describe('spec-hook-name-duplicate', () => {
  it.each([
    [
      'same name, different containers: points at the later name',
      pod,
      restore(
        '    - name: dup',
        '      postHooks: [{exec: {command: [/a]}}]',
        '    - name: dup',
        '      postHooks: [{exec: {container: sidecar, command: [/b]}}]',
      ),
      [
        {
          line: 10,
          column: 13,
          endLine: 10,
          endColumn: 16,
          data: { name: 'dup', index: 1, first: 0 },
        },
      ],
    ],
    [
      'three resources without any pod in the input: both later ones',
      noPods,
      restore('    - name: dup', '    - {name: other}', '    - {name: dup}', '    - name: dup'),
      [
        { line: 10, column: 14, endLine: 10, endColumn: 17, data: { index: 2, first: 0 } },
        { line: 11, column: 13, endLine: 11, endColumn: 16, data: { index: 3, first: 0 } },
      ],
    ],
  ] as const)('%s', (_name, manifests, text, expected) => {
    expect(findDiagnostics('spec-hook-name-duplicate', manifests, text)).toMatchObject(expected);
  });

  it.each([
    ['unique names', restore('    - name: one', '    - name: two')],
    [
      'a duplicate already reported as collapsing in the tracker',
      restore(
        '    - name: dup',
        '      postHooks: [{exec: {command: [/a]}}]',
        '    - name: dup',
        '      postHooks: [{exec: {command: [/b]}}]',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-hook-name-duplicate', pod, text)).toEqual([]);
  });
});
