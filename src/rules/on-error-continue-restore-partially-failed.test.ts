import { describe, expect, it } from 'vitest';
import { findDiagnostics, restoreWithHook, buildPod, flowPod } from '../testing/rules.ts';

const code = 'on-error-continue-restore-partially-failed';

/** A Pod with an exec hook on line 6; more annotations from line 7 (keys at column 5). */
const pod = (name: string, ...annotations: string[]) =>
  buildPod({
    name,
    annotations: ['post.hook.restore.velero.io/command: /bin/flush', ...annotations],
    spec: ['  containers: [{name: app}]'],
  });

const plain = (name: string) => flowPod(`{name: ${name}}`);

const restore = (...postHooks: string[]) => restoreWithHook('flush', ...postHooks);

describe(code, () => {
  it.each([
    [
      'an annotation hook with on-error Continue',
      pod('db', 'post.hook.restore.velero.io/on-error: Continue'),
      undefined,
      [
        {
          file: 'manifests.yaml',
          line: 7,
          column: 43,
          endLine: 7,
          endColumn: 51,
          severity: 'info',
          data: { hook: 'The exec hook annotation', pod: 'default/db', podCount: 1 },
        },
      ],
    ],
    [
      'two spec hooks with Continue, for two pods (two diagnostics, each reported once)',
      plain('web') + '---\n' + plain('api'),
      restore(
        '      - exec: {command: [/bin/a], onError: Continue}',
        '      - exec: {command: [/bin/b], onError: Fail}',
        '      - exec:',
        '          command: [/bin/c]',
        '          onError: "Continue"',
      ),
      [
        {
          file: 'restore.yaml',
          line: 10,
          column: 44,
          endLine: 10,
          endColumn: 52,
          data: { hook: 'Restore hook "flush" (postHooks[0])', pod: 'default/web', podCount: 2 },
        },
        {
          file: 'restore.yaml',
          line: 14,
          column: 20,
          endLine: 14,
          endColumn: 30,
          data: { hook: 'Restore hook "flush" (postHooks[2])', podCount: 2 },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    ['on-error Fail', pod('db', 'post.hook.restore.velero.io/on-error: Fail'), undefined],
    ['no on-error (unset is not Continue written out)', pod('db'), undefined],
    [
      'a misspelled continue (on-error-invalid reports it)',
      pod('db', 'post.hook.restore.velero.io/on-error: continue'),
      undefined,
    ],
    [
      'spec hooks overridden by the exec annotation',
      pod('db'),
      restore('      - exec: {command: [/bin/a], onError: Continue}'),
    ],
  ])('is silent for %s', (_name, text, restoreText) => {
    expect(findDiagnostics(code, text, restoreText)).toEqual([]);
  });

  it.each([
    ['1.12.4', 0],
    ['1.13.0', 1],
  ])('on %s (Continue failures fail the Restore from 1.13.0, velero#7022): %i', (version, n) => {
    const text = pod('db', 'post.hook.restore.velero.io/on-error: Continue');
    expect(findDiagnostics(code, text, undefined, version)).toHaveLength(n);
  });
});
