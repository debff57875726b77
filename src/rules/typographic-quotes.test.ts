import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  annotatedPod as pod,
  restoreWithHook,
  flowPod,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'typographic-quotes';

const plainPod = flowPod('{name: db}');

const restore = restoreWithHook(
  'flush',
  '      - exec:',
  '          command: [/bin/sh, -c, “sync”]',
);

const json = pod(`post.hook.restore.velero.io/command: '[“/bin/sh”, “-c”, “echo hi”]'`);
const two = pod(
  'init.hook.restore.velero.io/command: /bin/sh -c ‘rm -f /tmp/lock’',
  'post.hook.restore.velero.io/command: “/bin/true”',
);

describe(code, () => {
  it.each([
    [
      'a JSON array written with typographic quotes',
      json,
      undefined,
      [
        {
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 72,
          data: {
            where: 'default/db',
            field: 'post.hook.restore.velero.io/command',
            quotes: '“ ”',
            breaksJson: true,
          },
        },
      ],
    ],
    [
      'single ones inside a shell line and double ones around a value (two diagnostics)',
      two,
      undefined,
      [
        {
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 70,
          data: { field: 'init.hook.restore.velero.io/command', quotes: '‘ ’', breaksJson: false },
        },
        {
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 53,
          data: { field: 'post.hook.restore.velero.io/command' },
        },
      ],
    ],
    [
      'an element of a Restore spec exec command',
      plainPod,
      restore,
      [
        {
          file: 'restore.yaml',
          line: 11,
          column: 34,
          endLine: 11,
          endColumn: 40,
          data: { where: 'Restore hook "flush"', field: 'postHooks[0].exec.command[2]' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'ASCII quotes',
      pod(`post.hook.restore.velero.io/command: '["/bin/sh", "-c", "echo ''hi''"]'`),
    ],
    ['typographic quotes in other annotations', pod('example.com/note: “restored” nightly')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('replaces them with ASCII quotes, or drops them where they stood for YAML quotes', () => {
    expect(fixedTexts(code, json)).toEqual([
      json.replace('[“/bin/sh”, “-c”, “echo hi”]', '["/bin/sh", "-c", "echo hi"]'),
    ]);
    expect(fixedTexts(code, two)).toEqual([
      two.replace('/bin/sh -c ‘rm -f /tmp/lock’', `"/bin/sh -c 'rm -f /tmp/lock'"`),
      two.replace('“/bin/true”', '"/bin/true"'),
    ]);
    expect(fixedTexts(code, plainPod, restore)).toEqual([restore.replace('“sync”', '"sync"')]);
  });
});
