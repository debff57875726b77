import { describe, expect, it } from 'vitest';
import { findDiagnostics, podInProd as pod, restoreWithHook } from '../testing/rules.ts';

const restore = (...postHooks: string[]) => restoreWithHook('flush', ...postHooks);

describe('spec-exec-command-empty', () => {
  it.each([
    [
      'an empty list: points at it',
      restore('      - exec:', '          container: app', '          command: []'),
      [
        {
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 22,
          data: { hook: 'hook "flush" postHooks[0]', problem: 'has an empty command' },
        },
      ],
    ],
    [
      'no command (points at the exec key), and a command that is a string',
      restore(
        '      - exec: {container: app}',
        '      - exec:',
        '          command: /bin/flush --all',
      ),
      [
        {
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 13,
          data: { hook: 'hook "flush" postHooks[0]', problem: 'has no command' },
        },
        {
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 36,
          data: {
            hook: 'hook "flush" postHooks[1]',
            problem: 'has a command that is not a list ("/bin/flush --all")',
          },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-exec-command-empty', pod, text)).toMatchObject(expected);
  });

  it.each([
    ['a command', restore('      - exec: {command: [/bin/flush]}')],
    ['an init-only entry', restore('      - init: {initContainers: []}')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-exec-command-empty', pod, text)).toEqual([]);
  });
});
