import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  podInProd as pod,
  restoreWithPostHooks as restore,
} from '../testing/rules.ts';

describe('spec-post-hook-empty', () => {
  it.each([
    [
      'an empty entry: points at it',
      restore('      - {}'),
      [
        {
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 11,
          data: { hook: 'hook "prep" postHooks[0]', keys: '' },
        },
      ],
    ],
    [
      'a misspelt Exec, and exec written without its level',
      restore(
        '      - exec: {command: [/x]}',
        '      - Exec: {command: [/y]}',
        '      - command: [/z]',
        '        container: app',
      ),
      [
        {
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 30,
          data: { hook: 'hook "prep" postHooks[1]', keys: 'key "Exec"' },
        },
        {
          line: 12,
          column: 9,
          endLine: 13,
          endColumn: 23,
          data: { hook: 'hook "prep" postHooks[2]', keys: 'keys "command", "container"' },
        },
      ],
    ],
    [
      'init: null is absent',
      restore('      - init: null'),
      [{ line: 10, column: 9, endLine: 10, endColumn: 19, data: { keys: '' } }],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-post-hook-empty', pod, text)).toMatchObject(expected);
  });

  it.each([
    ['an exec entry', restore('      - exec: {command: [/x]}')],
    ['an init entry without containers', restore('      - init: {}')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-post-hook-empty', pod, text)).toEqual([]);
  });
});
