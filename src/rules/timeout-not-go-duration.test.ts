import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  annotatedDeployment as deployment,
  execHookPod,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'timeout-not-go-duration';

const pod = execHookPod;

const seconds = pod('post.hook.restore.velero.io/exec-timeout: "5"');
const dayAndCase = pod(
  'post.hook.restore.velero.io/wait-timeout: 1d',
  'post.hook.restore.velero.io/exec-timeout: 2H',
);

describe(code, () => {
  it.each([
    [
      'a bare number',
      seconds,
      [
        {
          line: 7,
          column: 47,
          endLine: 7,
          endColumn: 50,
          data: {
            pod: 'default/db',
            key: 'post.hook.restore.velero.io/exec-timeout',
            value: '5',
            suggestion: '5s',
          },
        },
      ],
    ],
    [
      'days and an upper-case unit (two diagnostics)',
      dayAndCase,
      [
        {
          line: 7,
          column: 47,
          endLine: 7,
          endColumn: 49,
          data: { key: 'post.hook.restore.velero.io/wait-timeout', value: '1d', suggestion: '24h' },
        },
        {
          line: 8,
          column: 47,
          endLine: 8,
          endColumn: 49,
          data: { key: 'post.hook.restore.velero.io/exec-timeout', value: '2H', suggestion: '2h' },
        },
      ],
    ],
    [
      'words, and a value with no reading, in a Deployment',
      deployment(
        'post.hook.restore.velero.io/command: /bin/flush',
        'post.hook.restore.velero.io/wait-timeout: 5 minutes',
        'post.hook.restore.velero.io/exec-timeout: none',
      ),
      [
        {
          line: 9,
          column: 51,
          endLine: 9,
          endColumn: 60,
          data: { pod: 'Deployment shop/web', suggestion: '5m' },
        },
        {
          line: 10,
          column: 51,
          endLine: 10,
          endColumn: 55,
          data: { value: 'none', suggestion: null },
        },
      ],
    ],
    [
      'an unquoted number, read as written',
      pod('post.hook.restore.velero.io/exec-timeout: 30'),
      [
        {
          line: 7,
          column: 47,
          endLine: 7,
          endColumn: 49,
          data: { value: '30', suggestion: '30s' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it.each([
    [
      'Go durations',
      pod(
        'post.hook.restore.velero.io/exec-timeout: 1h30m',
        'post.hook.restore.velero.io/wait-timeout: 0',
      ),
    ],
    ['a negative duration (valid for Go)', pod('post.hook.restore.velero.io/wait-timeout: -1s')],
    ['an empty value (Velero skips it)', pod('post.hook.restore.velero.io/wait-timeout: ""')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('rewrites the value as a quoted Go duration', () => {
    expect(fixedTexts(code, seconds)).toEqual([seconds.replace('"5"', '"5s"')]);
    expect(fixedTexts(code, dayAndCase)).toEqual([
      dayAndCase.replace(' 1d', ' "24h"'),
      dayAndCase.replace(' 2H', ' "2h"'),
    ]);
  });
});
