import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithSpec } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const restore = (mapping: string, ...resources: string[]) =>
  restoreWithSpec(`  namespaceMapping: ${mapping}`, '  hooks:', '    resources:', ...resources);

describe('spec-namespace-before-mapping', () => {
  it.each([
    [
      'includedNamespaces names the source: points at the entry, suggests the target',
      restore(
        '{prod: prod-copy}',
        '    - name: prep',
        '      includedNamespaces: [prod]',
        '      postHooks: [{exec: {command: [/bin/true]}}]',
      ),
      [
        {
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 32,
          data: {
            hook: 'hook "prep"',
            field: 'includedNamespaces',
            source: 'prod',
            target: 'prod-copy',
          },
        },
      ],
    ],
    [
      'an include and an exclude, block lists',
      restore(
        '{prod: prod-copy, dev: dev-copy}',
        '    - name: prep',
        '      includedNamespaces:',
        '      - staging',
        '      - dev',
        '      excludedNamespaces:',
        '      - prod',
      ),
      [
        {
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 12,
          data: { field: 'includedNamespaces', source: 'dev', target: 'dev-copy' },
        },
        {
          line: 14,
          column: 9,
          endLine: 14,
          endColumn: 13,
          data: { field: 'excludedNamespaces', source: 'prod', target: 'prod-copy' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-namespace-before-mapping', pod, text)).toMatchObject(expected);
  });

  it.each([
    [
      'the target already listed',
      restore('{prod: prod-copy}', '    - name: a', '      includedNamespaces: [prod, prod-copy]'),
    ],
    [
      'a glob that covers the target',
      restore('{prod: prod-copy}', '    - name: a', '      includedNamespaces: [prod, "prod-*"]'),
    ],
    [
      'a namespace that is also a mapping target (swap)',
      restore('{prod: dev, dev: prod}', '    - name: a', '      includedNamespaces: [prod]'),
    ],
    ['no mapping', restore('{}', '    - name: a', '      includedNamespaces: [prod]')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-namespace-before-mapping', pod, text)).toEqual([]);
  });

  it('replaces the entry with the target namespace', () => {
    const text = restore(
      '{prod: prod-copy}',
      '    - name: prep',
      '      includedNamespaces: [prod]',
    );
    expect(fixedTexts('spec-namespace-before-mapping', pod, text)).toEqual([
      text.replace('[prod]', '["prod-copy"]'),
    ]);
  });
});
