import { describe, expect, it } from 'vitest';
import { findDiagnostics, buildPod } from '../testing/rules.ts';

const code = 'backup-hook-annotation';

/** A Pod whose annotations start on line 6, keys at column 5. */
const pod = (name: string, ...annotations: string[]) => buildPod({ name, annotations });

describe(code, () => {
  it.each([
    [
      'a pre-backup hook, reported once per pod',
      pod(
        'db',
        'pre.hook.backup.velero.io/container: app',
        'pre.hook.backup.velero.io/command: /bin/freeze',
        'post.hook.backup.velero.io/command: /bin/unfreeze',
      ),
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          severity: 'info',
          data: { pod: 'default/db', key: 'pre.hook.backup.velero.io/container', count: 3 },
        },
      ],
    ],
    [
      'the legacy unphased key, in two pods (two diagnostics)',
      pod('a', 'hook.backup.velero.io/command: /bin/sync') +
        '---\n' +
        pod('b', 'example.com/x: y', 'post.hook.backup.velero.io/on-error: Fail'),
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 34,
          data: { pod: 'default/a', key: 'hook.backup.velero.io/command', count: 1 },
        },
        { line: 16, column: 5, endLine: 16, endColumn: 40, data: { pod: 'default/b' } },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it('is silent for restore hooks', () => {
    expect(
      findDiagnostics(code, pod('db', 'post.hook.restore.velero.io/command: /bin/true')),
    ).toEqual([]);
  });
});
