import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithResources } from '../testing/rules.ts';

const restore = restoreWithResources;

describe('spec-init-container-incomplete', () => {
  it.each([
    [
      'args only: no command, points at the whole container entry',
      restore(
        '    - name: prep',
        '      postHooks:',
        '      - init:',
        '          initContainers:',
        '          - name: warm',
        '            image: busybox',
        '            args: [--once]',
      ),
      [
        {
          line: 12,
          column: 13,
          endLine: 14,
          endColumn: 27,
          data: { hook: 'hook "prep"', container: '"warm"', missing: 'command', argsOnly: true },
        },
      ],
    ],
    [
      'two containers of a hook that matches no pod: still checked',
      restore(
        '    - name: elsewhere',
        '      includedNamespaces: [staging]',
        '      postHooks:',
        '      - init:',
        '          initContainers:',
        '          - command: [/bin/prep]',
        '          - {name: second, image: busybox, command: []}',
      ),
      [
        {
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 33,
          data: { container: 'initContainers[0]', missing: 'name or image', argsOnly: false },
        },
        {
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 56,
          data: { container: '"second"', missing: 'command' },
        },
      ],
    ],
    [
      'an empty entry misses all three',
      restore('    - name: x', '      postHooks:', '      - init: {initContainers: [{}]}'),
      [
        {
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 35,
          data: { container: 'initContainers[0]', missing: 'command, name or image' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-init-container-incomplete', pod, text)).toMatchObject(expected);
  });

  it.each([
    [
      'a complete container',
      restore(
        '    - name: ok',
        '      postHooks:',
        '      - init:',
        '          initContainers:',
        '          - {name: a, image: busybox, command: [/bin/true]}',
      ),
    ],
    [
      'IMAGE in upper case counts (Go matches keys case-insensitively)',
      restore(
        '    - name: ok',
        '      postHooks:',
        '      - init:',
        '          initContainers:',
        '          - {name: a, IMAGE: busybox, command: [/bin/true]}',
      ),
    ],
    [
      'a decode error is another check',
      restore(
        '    - name: ok',
        '      postHooks:',
        '      - init:',
        '          initContainers:',
        '          - {name: a, image: busybox, command: echo hi}',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-init-container-incomplete', pod, text)).toEqual([]);
  });

  it('is silent without a Restore', () => {
    expect(findDiagnostics('spec-init-container-incomplete', pod)).toEqual([]);
  });
});
