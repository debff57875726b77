import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  podInProd as pod,
  restoreWithPostHooks as restore,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

describe('spec-duration-invalid', () => {
  it.each([
    [
      'a number and a spelt-out unit: points at each value',
      restore(
        '      - exec:',
        '          command: [/bin/true]',
        '          execTimeout: 30',
        '          waitTimeout: "2 min"',
      ),
      [
        {
          line: 12,
          column: 24,
          endLine: 12,
          endColumn: 26,
          data: {
            field: 'exec.execTimeout',
            hook: 'hook "prep" postHooks[0]',
            value: '30',
            kind: 'type',
            suggestion: '30s',
          },
        },
        {
          line: 13,
          column: 24,
          endLine: 13,
          endColumn: 31,
          data: { field: 'exec.waitTimeout', value: '"2 min"', kind: 'string', suggestion: '2m' },
        },
      ],
    ],
    [
      'days in init.timeout (metav1.Duration too, even though never read)',
      restore('      - init: {initContainers: [], timeout: 1d}'),
      [
        {
          line: 10,
          column: 45,
          endLine: 10,
          endColumn: 47,
          data: { field: 'init.timeout', hook: 'hook "prep" postHooks[0]', suggestion: '24h' },
        },
      ],
    ],
    [
      'an upper-case unit in a later entry',
      restore(
        '      - init: {initContainers: []}',
        '      - exec: {command: [/x], waitTimeout: 2H}',
      ),
      [
        {
          line: 11,
          column: 44,
          endLine: 11,
          endColumn: 46,
          data: { hook: 'hook "prep" postHooks[1]', suggestion: '2h' },
        },
      ],
    ],
    [
      'no obvious reading: no suggestion',
      restore('      - exec: {command: [/x], execTimeout: forever}'),
      [{ line: 10, column: 44, endLine: 10, endColumn: 51, data: { suggestion: '' } }],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-duration-invalid', pod, text)).toMatchObject(expected);
  });

  it('is silent for Go durations', () => {
    const text = restore(
      '      - exec: {command: [/x], execTimeout: 1h30m, waitTimeout: "-1s"}',
      '      - exec: {command: [/x], execTimeout: "0", waitTimeout: null}',
    );
    expect(findDiagnostics('spec-duration-invalid', pod, text)).toEqual([]);
  });

  it('replaces the value with the suggestion', () => {
    const text = restore(
      '      - exec: {command: [/x], execTimeout: 5}',
      '      - exec: {command: [/x], execTimeout: never}',
    );
    expect(fixedTexts('spec-duration-invalid', pod, text)).toEqual([
      text.replace('execTimeout: 5}', 'execTimeout: "5s"}'),
      null,
    ]);
  });
});
