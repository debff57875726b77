import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithResources } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const restore = restoreWithResources;

describe('spec-hook-resources-ignored', () => {
  it.each([
    [
      'includedResources naming another kind: points at the key',
      restore(
        '    - name: prep',
        '      includedResources: [deployments.apps]',
        '      postHooks:',
        '      - exec: {command: [/bin/true]}',
      ),
      [
        {
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 24,
          data: { hook: 'hook "prep"', field: 'includedResources', values: '[deployments.apps]' },
        },
      ],
    ],
    [
      'both fields in a flow mapping',
      restore(
        '    - {name: b, includedResources: [configmaps], excludedResources: [pods], postHooks: [{exec: {command: [x]}}]}',
      ),
      [
        { line: 8, column: 17, endLine: 8, endColumn: 34, data: { field: 'includedResources' } },
        {
          line: 8,
          column: 50,
          endLine: 8,
          endColumn: 67,
          data: { field: 'excludedResources', values: '[pods]' },
        },
      ],
    ],
    [
      'excludedResources as a block list',
      restore(
        '    - name: prep',
        '      postHooks: []',
        '      excludedResources:',
        '      - pods',
        '      - secrets',
      ),
      [{ line: 10, column: 7, endLine: 10, endColumn: 24, data: { values: '[pods, secrets]' } }],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-hook-resources-ignored', pod, text)).toMatchObject(expected);
  });

  it.each([
    [
      'includedResources that already says pods',
      restore('    - name: a', '      includedResources: [pods]', '      postHooks: []'),
    ],
    [
      'empty lists',
      restore(
        '    - name: a',
        '      includedResources: []',
        '      excludedResources: null',
        '      postHooks: []',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-hook-resources-ignored', pod, text)).toEqual([]);
  });

  it('removes a block entry with its lines, and offers nothing inside a flow mapping', () => {
    const text = restore(
      '    - name: prep',
      '      excludedResources:',
      '      - pods',
      '      postHooks: []',
      '    - {name: b, includedResources: [configmaps]}',
    );
    expect(fixedTexts('spec-hook-resources-ignored', pod, text)).toEqual([
      text.replace('      excludedResources:\n      - pods\n', ''),
      null,
    ]);
  });
});
