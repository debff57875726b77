import { describe, expect, it } from 'vitest';
import { analyze } from '../index.ts';
import { main } from './main.ts';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['annotate', ...argv], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(''),
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

describe('restore-hooks annotate', () => {
  it('prints its help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: restore-hooks annotate init\|exec/);
    expect(stdout).toContain('--wait-for-ready');
  });

  it('is listed in the command overview', async () => {
    let stdout = '';
    await main(['--help'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      readStdin: () => Promise.resolve(''),
      cwd: '.',
    });
    expect(stdout).toMatch(/^ {2}annotate +design a hook/m);
  });

  it('prints a YAML block for a Pod by default', async () => {
    const { code, stdout, stderr } = await run(
      'exec',
      '--shell',
      'pg_isready && echo "ok"',
      '--on-error',
      'Fail',
      '--exec-timeout',
      '90s',
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      [
        'metadata:',
        '  annotations:',
        `    post.hook.restore.velero.io/command: '["/bin/sh","-c","pg_isready && echo \\"ok\\""]'`,
        "    post.hook.restore.velero.io/on-error: 'Fail'",
        "    post.hook.restore.velero.io/exec-timeout: '1m30s'",
        '',
      ].join('\n'),
    );
  });

  it('prints the annotation map as JSON', async () => {
    const { code, stdout } = await run(
      'init',
      '--image',
      'busybox',
      '--name',
      'prep',
      '--command',
      '[]',
      '--output',
      'annotations',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      'init.hook.restore.velero.io/container-image': 'busybox',
      'init.hook.restore.velero.io/container-name': 'prep',
      'init.hook.restore.velero.io/command': '[]',
    });
  });

  it('prints a kubectl patch for a workload, with notes on stderr', async () => {
    const { code, stdout, stderr } = await run(
      'exec',
      '--command=["/backup.sh","--check"]',
      '--wait-for-ready',
      '--output',
      'kubectl',
      '--kind',
      'StatefulSet',
      '--target-name',
      'db',
      '--namespace',
      'shop',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^kubectl patch statefulset db -n shop --type merge -p '\{"spec":\{"template":\{"metadata":\{"annotations":\{/,
    );
    expect(stdout).toContain('"post.hook.restore.velero.io/wait-for-ready":"true"');
    expect(stdout).toContain('"post.hook.restore.velero.io/on-error":null');
    expect(stderr).toMatch(/^note: /);
  });

  it('prints a Restore the engine reads back', async () => {
    const { code, stdout } = await run(
      'init',
      '--image',
      'postgres:16',
      '--name',
      'restore-db',
      '--shell',
      'psql -f /dump.sql',
      '--output',
      'restore',
      '--backup-name',
      'nightly',
      '--namespace',
      'shop',
      '--selector',
      'app=db',
    );
    expect(code).toBe(0);
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: db-0\n  namespace: shop\n  labels:\n    app: db\nspec:\n  containers:\n    - name: db\n      image: postgres:16\n';
    const analysis = analyze({
      manifests: [{ name: 'pod.yaml', text: pod }],
      restore: { name: 'restore.yaml', text: stdout },
    });
    expect(analysis.plan.restore).toMatchObject({ name: 'nightly-restore', backupName: 'nightly' });
    const init = analysis.plan.pods[0]?.init;
    expect(init?.kind === 'ok' && init.injected.map((i) => i.container)).toEqual([
      { name: 'restore-db', image: 'postgres:16', command: ['/bin/sh', '-c', 'psql -f /dump.sql'] },
    ]);
  });

  it.each<[string, string[], RegExp]>([
    ['no hook kind', [], /give the hook kind: init or exec/],
    ['an unknown hook kind', ['post'], /unknown hook kind 'post'/],
    ['a missing image', ['init', '--shell', 'true'], /an init hook needs --image/],
    ['a missing command', ['exec'], /a hook needs a command/],
    [
      'a command that is not JSON',
      ['exec', '--command', '/bin/true'],
      /--command must be a JSON array of strings/,
    ],
    [
      'a command with a number',
      ['exec', '--command', '["sleep", 5]'],
      /--command must be a JSON array of strings/,
    ],
    ['both --command and --shell', ['exec', '--command', '["x"]', '--shell', 'x'], /not both/],
    [
      'an invalid duration',
      ['exec', '--shell', 'x', '--wait-timeout', '5'],
      /--wait-timeout "5" is not a Go duration/,
    ],
    [
      'an invalid on-error',
      ['exec', '--shell', 'x', '--on-error', 'fail'],
      /--on-error must be one of Continue, Fail/,
    ],
    [
      'an init flag on an exec hook',
      ['exec', '--shell', 'x', '--image', 'busybox'],
      /--image is only for init hooks/,
    ],
    [
      'a flag for another output',
      ['exec', '--shell', 'x', '--target-name', 'p'],
      /--target-name is only used with --output kubectl/,
    ],
    [
      'kubectl without a target',
      ['exec', '--shell', 'x', '--output', 'kubectl'],
      /needs --target-name/,
    ],
    [
      'a Job for kubectl',
      ['exec', '--shell', 'x', '--output', 'kubectl', '--kind', 'Job', '--target-name', 'j'],
      /pod template is immutable/,
    ],
    ['an empty exec command', ['exec', '--command', '[]'], /an exec hook needs a command/],
    [
      'an invalid container name',
      ['exec', '--shell', 'x', '--container', 'App'],
      /container name "App"/,
    ],
    [
      'a reserved init name',
      ['init', '--image', 'x', '--shell', 'x', '--name', 'restore-wait'],
      /restore-wait is reserved/,
    ],
    [
      'a Restore without a backup',
      ['exec', '--shell', 'x', '--output', 'restore'],
      /needs --backup-name/,
    ],
    [
      'a Restore init container without a name',
      ['init', '--image', 'x', '--shell', 'x', '--output', 'restore', '--backup-name', 'b'],
      /needs --name/,
    ],
    [
      'a Restore init container running the entrypoint',
      [
        'init',
        '--image',
        'x',
        '--name',
        'n',
        '--command',
        '[]',
        '--output',
        'restore',
        '--backup-name',
        'b',
      ],
      /non-empty command/,
    ],
  ])('exits 2 with one line for %s', async (_, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^restore-hooks annotate: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  });
});
