import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  execHookPod,
  restoreWithHook,
  buildDeployment,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'on-error-invalid';

const pod = execHookPod;

const restore = (onError: string) =>
  restoreWithHook(
    'flush',
    '      - exec:',
    '          command: [/bin/sync]',
    `          onError: ${onError}`,
  );

const lower = pod('post.hook.restore.velero.io/on-error: fail');

describe(code, () => {
  it.each([
    [
      'Fail in lower case',
      lower,
      undefined,
      [
        {
          line: 7,
          column: 43,
          endLine: 7,
          endColumn: 47,
          severity: 'warning',
          data: { where: 'default/db', value: 'fail', suggestion: 'Fail', spec: false },
        },
      ],
    ],
    [
      'an unknown mode, and a Restore spec value the CRD refuses (two diagnostics)',
      pod('post.hook.restore.velero.io/on-error: Abort'),
      restore('fail'),
      [
        {
          file: 'manifests.yaml',
          line: 7,
          column: 43,
          endLine: 7,
          endColumn: 48,
          data: { value: 'Abort', suggestion: null },
        },
        {
          file: 'restore.yaml',
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 24,
          severity: 'error',
          data: {
            where: 'Restore hook "flush"',
            field: 'postHooks[0].exec.onError',
            suggestion: 'Fail',
            spec: true,
          },
        },
      ],
    ],
    [
      'spaces around Continue in a Deployment',
      buildDeployment({
        metadata: '{name: web}',
        annotations: ['post.hook.restore.velero.io/on-error: " Continue "'],
        podSpec: ['    spec: {containers: [{name: app}]}'],
      }),
      undefined,
      [
        {
          line: 8,
          column: 47,
          endLine: 8,
          endColumn: 59,
          data: { where: 'Deployment default/web', suggestion: 'Continue' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    ['Continue and Fail', pod('post.hook.restore.velero.io/on-error: Continue'), restore('Fail')],
    ['an empty value (unset)', pod('post.hook.restore.velero.io/on-error: ""'), undefined],
  ])('is silent for %s', (_name, text, restoreText) => {
    expect(findDiagnostics(code, text, restoreText)).toEqual([]);
  });

  it('fixes the case', () => {
    expect(fixedTexts(code, lower)).toEqual([lower.replace(': fail', ': "Fail"')]);
  });
});
