import { describe, expect, it } from 'vitest';
import { findDiagnostics, buildDeployment, execHookPod } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'wait-for-ready-value';

/** A Pod with an exec hook on line 6 and wait-for-ready on line 7 (value at column 49). */
const pod = (value: string) => execHookPod(`post.hook.restore.velero.io/wait-for-ready: ${value}`);

const deployment = buildDeployment({
  annotations: [
    'post.hook.restore.velero.io/command: /bin/warm',
    'post.hook.restore.velero.io/wait-for-ready: "enabled"',
  ],
  podSpec: ['    spec: {containers: [{name: app}]}'],
});

const yes = pod('"yes"');

describe(code, () => {
  it.each([
    [
      'a quoted "yes"',
      yes,
      [
        {
          line: 7,
          column: 49,
          endLine: 7,
          endColumn: 54,
          severity: 'warning',
          data: { pod: 'default/db', value: 'yes', readAs: false, suggestion: 'true' },
        },
      ],
    ],
    [
      '"enabled" in a Deployment, and "T", which Go reads as true (two diagnostics)',
      deployment + '---\n' + pod('"T"'),
      [
        {
          line: 9,
          column: 53,
          endLine: 9,
          endColumn: 62,
          severity: 'warning',
          data: { pod: 'Deployment shop/web', value: 'enabled', suggestion: 'true' },
        },
        {
          line: 18,
          column: 49,
          endLine: 18,
          endColumn: 52,
          severity: 'info',
          data: { pod: 'default/db', value: 'T', readAs: true },
        },
      ],
    ],
    [
      'a word with no reading',
      pod('maybe'),
      [
        {
          line: 7,
          column: 49,
          endLine: 7,
          endColumn: 54,
          data: { value: 'maybe', suggestion: null },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it.each([['"true"'], ['"false"'], ['"0"'], ['"F"'], ['""']])('is silent for %s', (value) => {
    expect(findDiagnostics(code, pod(value))).toEqual([]);
  });

  it('offers the boolean that was meant', () => {
    expect(fixedTexts(code, yes)).toEqual([yes.replace('"yes"', '"true"')]);
    expect(fixedTexts(code, pod('maybe'))).toEqual([null]);
  });

  it.each([
    ['1.12.4', 0],
    ['1.13.0', 1],
  ])('on %s (the annotation is read from 1.13.0, velero#6918): %i', (version, n) => {
    expect(findDiagnostics(code, yes, undefined, version)).toHaveLength(n);
  });
});
