import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  annotatedPod as pod,
  restoreWithHook,
  buildDeployment,
  flowPod,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'command-single-argument';

const plainPod = flowPod('{name: db}');

const restore = (...hook: string[]) => restoreWithHook('flush', ...hook);

const shell = pod('post.hook.restore.velero.io/command: pg_dump -U app > /tmp/dump.sql');
const two = pod(
  'init.hook.restore.velero.io/command: /usr/bin/cleanup --all',
  `post.hook.restore.velero.io/command: '["/bin/sh -c", "echo hi"]'`,
);
const script = buildDeployment({
  templateLabels: '{app: web}',
  annotations: ['post.hook.restore.velero.io/command: |', '  /opt/app/flush.sh'],
});

describe(code, () => {
  it.each([
    [
      'a shell line in an exec annotation',
      shell,
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
            kind: 'shell',
            program: 'pg_dump -U app > /tmp/dump.sql',
          },
        },
      ],
    ],
    [
      'plain words, and a JSON program with a space (two diagnostics)',
      two,
      undefined,
      [
        {
          line: 6,
          column: 42,
          endLine: 6,
          endColumn: 64,
          data: { field: 'init.hook.restore.velero.io/command', kind: 'words' },
        },
        {
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 69,
          data: { kind: 'first-element', program: '/bin/sh -c' },
        },
      ],
    ],
    [
      'a literal block keeps its newline in the program name',
      script,
      undefined,
      [
        {
          line: 9,
          column: 46,
          endLine: 10,
          endColumn: 28,
          data: { where: 'Deployment shop/web', kind: 'words', program: '/opt/app/flush.sh\n' },
        },
      ],
    ],
    [
      'a Restore spec exec command and a leading space before JSON',
      pod(`post.hook.restore.velero.io/command: ' ["/bin/true"]'`),
      restore('      - exec:', '          command: ["/bin/sh -c", "sync"]'),
      [
        { line: 6, column: 42, endLine: 6, endColumn: 58, data: { kind: 'leading-space' } },
        {
          file: 'restore.yaml',
          line: 11,
          column: 21,
          endLine: 11,
          endColumn: 33,
          data: {
            where: 'Restore hook "flush"',
            field: 'postHooks[0].exec.command',
            kind: 'first-element',
          },
        },
      ],
    ],
    [
      'a Restore spec init container command',
      plainPod,
      restore(
        '      - init:',
        '          initContainers:',
        '          - name: prep',
        '            image: busybox',
        '            command: [chown -R 999 /data]',
      ),
      [
        {
          file: 'restore.yaml',
          line: 14,
          column: 23,
          endLine: 14,
          endColumn: 41,
          data: {
            field: 'postHooks[0].init.initContainers[0].command',
            program: 'chown -R 999 /data',
          },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    ['one program', pod('post.hook.restore.velero.io/command: /bin/true'), undefined],
    [
      'a JSON array with a shell',
      pod(`post.hook.restore.velero.io/command: '["/bin/sh", "-c", "a | b > c"]'`),
      undefined,
    ],
    [
      'broken JSON (command-not-json-array)',
      pod(`post.hook.restore.velero.io/command: "['a b']"`),
      undefined,
    ],
    [
      'a spec command with arguments as elements',
      plainPod,
      restore('      - exec:', '          command: [/bin/sh, -c, "sync && echo ok"]'),
    ],
  ])('is silent for %s', (_name, text, restoreText) => {
    expect(findDiagnostics(code, text, restoreText)).toEqual([]);
  });

  it('wraps shell lines in /bin/sh -c and splits plain words', () => {
    expect(fixedTexts(code, shell)).toEqual([
      shell.replace(
        'pg_dump -U app > /tmp/dump.sql',
        `'["/bin/sh", "-c", "pg_dump -U app > /tmp/dump.sql"]'`,
      ),
    ]);
    expect(fixedTexts(code, two)).toEqual([
      two.replace('/usr/bin/cleanup --all', `'["/usr/bin/cleanup", "--all"]'`),
      two.replace(`'["/bin/sh -c", "echo hi"]'`, `'["/bin/sh", "-c", "echo hi"]'`),
    ]);
    expect(fixedTexts(code, script)).toEqual([
      script.replace('|\n          /opt/app/flush.sh', '"/opt/app/flush.sh"'),
    ]);
  });

  it('a JSON array wrapped in quotes, as Helm values carry it: says so, and the fix removes the quotes', () => {
    const text = pod(
      'post.hook.restore.velero.io/command: |',
      `      '["/bin/bash", "-c", "pg_restore /dump"]'`,
    );
    expect(findDiagnostics('command-single-argument', text)).toMatchObject([
      {
        line: 6,
        column: 42,
        endLine: 7,
        endColumn: 52,
        data: { kind: 'quoted-array', program: `'["/bin/bash", "-c", "pg_restore /dump"]'\n` },
      },
    ]);
    const [fixed] = fixedTexts('command-single-argument', text);
    expect(fixed).toContain(
      `post.hook.restore.velero.io/command: '["/bin/bash", "-c", "pg_restore /dump"]'`,
    );
  });
});
