import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithPostHooks } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const restore = (...containers: string[]) =>
  restoreWithPostHooks('      - init:', '          initContainers:', ...containers);

describe('spec-init-container-key-case', () => {
  it.each([
    [
      'IMAGE: points at the key',
      restore(
        '          - name: warm',
        '            IMAGE: busybox',
        '            command: [/bin/prep]',
      ),
      [
        {
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 18,
          severity: 'info',
          data: { key: 'IMAGE', field: 'image', container: '"warm"' },
        },
      ],
    ],
    [
      'two keys in a flow mapping',
      restore('          - {Name: warm, image: busybox, COMMAND: [/bin/prep]}'),
      [
        { line: 12, column: 14, endLine: 12, endColumn: 18, data: { key: 'Name', field: 'name' } },
        {
          line: 12,
          column: 42,
          endLine: 12,
          endColumn: 49,
          data: { key: 'COMMAND', field: 'command' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-init-container-key-case', pod, text)).toMatchObject(expected);
  });

  it('is silent for exact keys', () => {
    expect(
      findDiagnostics(
        'spec-init-container-key-case',
        pod,
        restore('          - {name: a, image: b, command: [c], volumeMounts: []}'),
      ),
    ).toEqual([]);
  });

  it('renames the key, unless the exact key is there too', () => {
    const text = restore(
      '          - name: warm',
      '            IMAGE: busybox',
      '            command: [/bin/prep]',
      '            Args: [x]',
      '            args: [y]',
    );
    expect(fixedTexts('spec-init-container-key-case', pod, text)).toEqual([
      text.replace('IMAGE:', 'image:'),
      null,
    ]);
  });
});
