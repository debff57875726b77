import { describe, expect, it } from 'vitest';
import { findDiagnostics, annotatedPod as pod, buildDeployment } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'command-not-json-array';

/** A Deployment whose template annotations start on line 9, keys at column 9. */
const deployment = (...annotations: string[]) =>
  buildDeployment({ templateLabels: '{app: web}', annotations });

const singleQuotes = pod(`post.hook.restore.velero.io/command: "['/bin/sh', '-c', 'echo hi']"`);
const twoBad = pod(
  `init.hook.restore.velero.io/command: '["sleep", 5]'`,
  'init.hook.restore.velero.io/container-image: busybox',
  `post.hook.restore.velero.io/command: '["a"] && ["b"]'`,
);

describe(code, () => {
  it.each([
    [
      'single quotes inside a YAML double-quoted value',
      singleQuotes,
      [
        {
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 72,
          data: {
            pod: 'default/db',
            key: 'post.hook.restore.velero.io/command',
            reason: 'single-quotes',
          },
        },
      ],
    ],
    [
      'a number element and trailing text (two diagnostics)',
      twoBad,
      [
        {
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 56,
          data: {
            key: 'init.hook.restore.velero.io/command',
            reason: 'non-string',
            detail: 'element 1 is a number, not a string',
          },
        },
        {
          line: 8,
          column: 42,
          endLine: 8,
          endColumn: 58,
          data: {
            key: 'post.hook.restore.velero.io/command',
            reason: 'trailing-text',
            value: '["a"] && ["b"]',
          },
        },
      ],
    ],
    [
      'unquoted words in a Deployment template',
      deployment(`post.hook.restore.velero.io/command: '[/bin/sh, -c, echo hi]'`),
      [
        {
          line: 9,
          column: 46,
          endLine: 9,
          endColumn: 70,
          data: { pod: 'Deployment shop/web', reason: 'unquoted' },
        },
      ],
    ],
    [
      'a trailing comma, and JSON without commas',
      deployment(
        `init.hook.restore.velero.io/command: '["/bin/true",]'`,
        `post.hook.restore.velero.io/command: '["a" "b"]'`,
      ),
      [
        { line: 9, column: 46, endLine: 9, endColumn: 62, data: { reason: 'trailing-comma' } },
        {
          line: 10,
          column: 46,
          endLine: 10,
          endColumn: 57,
          data: { reason: 'invalid-json', detail: 'it is not valid JSON' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it.each([
    [
      'a JSON array of strings',
      pod(`post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo hi"]'`),
    ],
    [
      'null elements (Go decodes them as "")',
      pod(`post.hook.restore.velero.io/command: '["echo", null]'`),
    ],
    ['the empty array', pod(`init.hook.restore.velero.io/command: '[]'`)],
    ['a plain command (another check)', pod('post.hook.restore.velero.io/command: /bin/true')],
    [
      'typographic quotes (typographic-quotes explains them)',
      pod(`post.hook.restore.velero.io/command: '[“/bin/true”]'`),
    ],
    ['other annotations', pod(`example.com/list: '[a, b]'`)],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('fixes what is unambiguous, quoting the JSON for YAML', () => {
    expect(fixedTexts(code, singleQuotes)).toEqual([
      singleQuotes.replace(`"['/bin/sh', '-c', 'echo hi']"`, `'["/bin/sh", "-c", "echo hi"]'`),
    ]);
    expect(fixedTexts(code, twoBad)).toEqual([
      twoBad.replace(`'["sleep", 5]'`, `'["sleep", "5"]'`),
      null,
    ]);
  });
});
