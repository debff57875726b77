import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../testing/cli.ts';
import { postgresPod } from '../testing/workloads.ts';

const EXAMPLE = fileURLToPath(
  new URL('../../public/examples/multiple-hooks-ordering/', import.meta.url),
);
const { write, run } = cliSandbox('restore-hooks-versions-');

const pod = write(
  'pod.yaml',
  postgresPod(
    `post.hook.restore.velero.io/command: '["/bin/check"]'`,
    'post.hook.restore.velero.io/on-error: Continue',
  ),
);
const failing = write(
  'scenario.yaml',
  `timeline:
- at: 0s
  containerStatuses: [{name: postgres, state: running, ready: true}]
results:
- container: postgres
  error: exit code 1
`,
);

describe('--velero-version', () => {
  it.each(['plan', 'check', 'apply', 'simulate', 'compare'])(
    '%s lists it in --help',
    async (command) => {
      const r = await run(command, '--help');
      expect(r.stdout).toMatch(command === 'compare' ? /--from V/ : /--velero-version V/);
    },
  );

  it('annotate says what the chosen release ignores', async () => {
    const r = await run(
      'annotate',
      'exec',
      '--command',
      '["/x"]',
      '--wait-for-ready',
      '--velero-version',
      '1.12',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: Velero 1.12.4 has no waitForReady (it arrived in 1.13.0)');
    const now = await run('annotate', 'exec', '--command', '["/x"]', '--wait-for-ready');
    expect(now.stderr).toBe('');
  });

  it('is a one-line usage error (exit 2) for an unknown version', async () => {
    const r = await run('plan', '--velero-version', '1.9.0', pod);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown Velero version "1.9.0"; supported: 1.10.0,');
  });

  it('names the version in plan text and JSON', async () => {
    const text = await run('plan', '--velero-version', '1.12', pod);
    expect(text.stdout).toContain('as Velero 1.12.4 does it');
    const json = await run('plan', '--format', 'json', '--velero-version', 'v1.17.1', pod);
    expect(JSON.parse(json.stdout)).toMatchObject({ veleroVersion: '1.17.1', trackerAdded: 1 });
  });

  it('a Continue failure: Completed without hook counts on 1.12, PartiallyFailed from 1.13', async () => {
    const old = await run('simulate', '--scenario', failing, '--velero-version', '1.12', pod);
    expect(old.stdout).toContain('Velero 1.12.4');
    expect(old.stdout).toMatch(/Phase: {2}Completed/);
    expect(old.stdout).toContain('HooksAttempted and HooksFailed: not written');
    expect(old.stdout).toContain('a failure of a hook without onError: Fail is only logged');
    const now = await run('simulate', '--format', 'json', '--scenario', failing, pod);
    expect(JSON.parse(now.stdout)).toMatchObject({
      veleroVersion: '1.18.2',
      restoreOutcome: 'PartiallyFailed',
      hookStatus: { hooksAttempted: 1, hooksFailed: 1 },
    });
  });
});

describe('restore-hooks versions', () => {
  it('lists every release with its date, the default and what changes', async () => {
    const r = await run('versions');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('1.10.0  2022-11-29, k8s.io/api 0.24.2');
    expect(r.stdout).toContain('1.18.2  2026-06-24, k8s.io/api 0.33.12, default');
    expect(r.stdout).toContain('main    2026-08-21, k8s.io/api 0.36.0, commit d2241adba');
    const json = JSON.parse((await run('versions', '--format', 'json')).stdout) as {
      versions: { version: string; changes: { behaviour: string }[] }[];
    };
    expect(json.versions).toHaveLength(29);
    const at113 = json.versions.find((v) => v.version === '1.13.0')!;
    expect(at113.changes.map((c) => c.behaviour)).toContain('returnedErrors');
  });
});

describe('restore-hooks compare', () => {
  it('groups the releases that behave alike, with the Velero change behind each step', async () => {
    const r = await run(
      'compare',
      '--format',
      'json',
      '--restore',
      join(EXAMPLE, 'restore.yaml'),
      join(EXAMPLE, 'manifests.yaml'),
    );
    expect(r.code).toBe(0);
    const { versions, differences } = JSON.parse(r.stdout) as {
      versions: string[];
      differences: { aspect: string; ranges: { from: string; to: string; value: string }[] }[];
    };
    expect(versions).toHaveLength(29);
    const phase = differences.find((d) => d.aspect === 'Restore phase')!;
    expect(phase.ranges.map((x) => [x.from, x.to, x.value])).toEqual([
      ['1.10.0', '1.12.4', 'Completed (no HooksAttempted/HooksFailed)'],
      ['1.13.0', '1.16.1', 'Completed (HooksAttempted 2, HooksFailed 0)'],
      ['1.16.2', '1.17.2', 'StuckInFinalizing (no HooksAttempted/HooksFailed)'],
      ['1.18.0', 'main', 'Completed (HooksAttempted 3, HooksFailed 0)'],
    ]);
  });

  it('with a failing Continue hook from 1.12 to 1.18: Completed, then PartiallyFailed', async () => {
    const r = await run('compare', '--from', '1.12', '--to', '1.18', '--scenario', failing, pod);
    expect(r.stdout).toContain('Compared 22 Velero releases (1.12.0–1.18.2).');
    expect(r.stdout).toContain('  1.12.0–1.12.4: Completed (no HooksAttempted/HooksFailed)');
    expect(r.stdout).toContain(
      '  1.13.0–1.18.2: PartiallyFailed (HooksAttempted 1, HooksFailed 1)',
    );
    expect(r.stdout).toContain('why, at 1.13.0: Which hook failures HandleHooks returns');
  });

  it('says so when every release agrees', async () => {
    const r = await run('compare', '--from', '1.18.0', '--to', '1.18.2', pod);
    expect(r.stdout).toBe('Every release from 1.18.0–1.18.2 does the same with these manifests.\n');
  });
});
