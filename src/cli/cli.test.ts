import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from '../testing/cli.ts';
import { annotatedDeployment, postgresPod } from '../testing/workloads.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { dir, write, run } = cliSandbox('restore-hooks-cli-');

const pod = write(
  'pod.yaml',
  postgresPod(
    'init.hook.restore.velero.io/container-image: busybox',
    `init.hook.restore.velero.io/command: '["rm", "-f", "/data/postmaster.pid"]'`,
  ),
);

describe('restore-hooks CLI', () => {
  it.each(['apply', 'check', 'plan', 'simulate'])(
    '%s --help prints usage and exits 0',
    async (command) => {
      const r = await run(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: restore-hooks ${command}`));
    },
  );

  it('prints the command list for --help and exits 2 with no command', async () => {
    expect((await run('--help')).code).toBe(0);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Commands:');
  });

  it.each([
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['plan', '--colour', pod], /unknown option --colour/],
    [
      'a bad --format',
      ['check', '--format', 'xml', pod],
      /--format must be one of text, json, sarif, github, junit, gitlab/,
    ],
    ['a missing file', ['check', 'missing.yaml'], /missing.yaml: no such file or directory/],
    ['no input at all', ['plan'], /no input/],
    [
      'a bad --namespace-mapping',
      ['plan', '--namespace-mapping', 'prod', pod],
      /--namespace-mapping expects SRC=DST/,
    ],
  ])('%s: one clear line on stderr, exit 2', async (_name, argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder without manifests is an input error', async () => {
    mkdirSync(join(dir, 'empty'));
    write('empty/readme.txt', 'nothing here');
    const r = await run('check', 'empty');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no manifests/);
  });

  it('a 50 MB file is refused before parsing', async () => {
    write('huge.yaml', 'a: ' + 'x'.repeat(50 * 1024 * 1024) + '\n');
    const r = await run('check', 'huge.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/over the 20 MiB input limit/);
  });

  it('invalid YAML is a diagnostic at its line, exit 1', async () => {
    write('broken.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n');
    const r = await run('check', 'broken.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.yaml:\d+:\d+: error yaml-syntax: /m);
    expect(r.stdout).toMatch(/1 error/);
  });

  it('check exits 0 on a clean pod and reads folders recursively', async () => {
    mkdirSync(join(dir, 'tree/nested'), { recursive: true });
    write(
      'tree/nested/pod.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: ok, namespace: a}\nspec: {containers: [{name: app, image: nginx}]}\n',
    );
    const r = await run('check', 'tree');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('0 errors, 0 warnings, 0 infos\n');
  });

  it('check --format sarif writes SARIF 2.1.0', async () => {
    write(
      'panic.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    init.hook.restore.velero.io/container-image: busybox\nspec: {containers: [{name: app, image: nginx}]}\n',
    );
    const r = await run('check', '--format', 'sarif', 'panic.yaml');
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: { results: { ruleId: string; locations: unknown[] }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0]!.results.find((x) => x.ruleId === 'init-image-without-command');
    expect(result?.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'panic.yaml' },
        region: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 48 },
      },
    });
    expect(r.code).toBe(1);
  });

  it('plan --format text shows the injected init container', async () => {
    const r = await run('plan', pod);
    expect(r.stdout).toContain('Pod prod/db');
    expect(r.stdout).toMatch(
      /\+ velero-restore-init-[0-9a-f]{8}\s+busybox\s+\["rm","-f","\/data\/postmaster.pid"\]/,
    );
  });

  it('plan --format text says what the Plan tab says (designer/planText.ts)', async () => {
    const hooked = write(
      'hooked.yaml',
      `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: prod
  annotations:
    post.hook.restore.velero.io/command: '["/bin/true"]'
    post.hook.restore.velero.io/container: gone
spec:
  containers:
  - name: app
    image: nginx
`,
    );
    const r = await run('plan', hooked);
    expect(r.stdout).toContain(
      '    container gone  [not in spec.containers: its hooks are dropped, and the Restore stays in Finalizing (velero-io/velero#9749)]',
    );
    expect(r.stdout).toContain('        onError: unset (acts as Continue)\n');
    expect(r.stdout).toContain('        execTimeout: 0s → default 30s\n');
    expect(r.stdout).toContain('        waitTimeout: 0s → no deadline\n');
    expect(r.stdout).toContain('        waitForReady: false → Running is enough\n');
    expect((await run('plan', '--velero-version', '1.12', hooked)).stdout).toContain(
      'HooksAttempted (tracker keys): no hook tracker in this Velero version',
    );
  });

  it('apply --full-restore names each Velero step', async () => {
    const r = await run('apply', '--full-restore', '--namespace-mapping', 'prod=staging', pod);
    expect(r.stdout).toContain('# init-restore-hook:');
    expect(r.stdout).toContain('# restore-item: Namespace mapped prod → staging');
    expect(r.stdout).toMatch(/namespace: staging/);
    expect(r.stdout).toMatch(/velero.io\/restore-name: restore1/);
  });

  it('reads stdin with `-` through the real npm script', () => {
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'plan', '--format', 'json', '-'],
      {
        cwd: ROOT,
        input:
          'apiVersion: v1\nkind: Pod\nmetadata: {name: s, namespace: n}\nspec: {containers: [{name: c}]}\n',
        encoding: 'utf8',
      },
    );
    expect((JSON.parse(out) as { pods: { name: string }[] }).pods[0]!.name).toBe('s');
  }, 30_000);

  it('--version names the product version and the default Velero release', async () => {
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^restore-hooks \d+\.\d+\.\d+\ndefault Velero version 1\.18\.2 /);
  });
});

describe('restore-hooks check on a workload', () => {
  it('reports hook annotations on a Deployment’s own metadata at their line', async () => {
    write('deploy.yaml', annotatedDeployment);
    const r = await run('check', 'deploy.yaml');
    expect(r.stdout).toMatch(/^deploy\.yaml:7:5: (warning|error) hook-annotations-on-workload: /m);
  });

  it.each([
    ['--max-warnings 0: one warning is too many, exit 1', ['--max-warnings', '0'], 1],
    ['--max-warnings 1: one warning is allowed, exit 0', ['--max-warnings=1'], 0],
    ['--max-warnings -1 (the default): no limit, exit 0', ['--max-warnings', '-1'], 0],
  ])('%s', async (_name, flags, code) => {
    const r = await run('check', ...flags, 'deploy.yaml');
    expect(r.code).toBe(code);
    expect(r.stdout).toContain('0 errors, 1 warning, 0 infos');
    expect(r.stderr).toBe(
      code ? 'restore-hooks check: too many warnings: 1 (--max-warnings 0)\n' : '',
    );
  });

  it('--max-warnings takes a whole number or -1', async () => {
    const r = await run('check', '--max-warnings', 'few', 'deploy.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-warnings expects a whole number, or -1 for no limit/);
  });

  it('--max-warnings keeps machine formats clean: the verdict goes to stderr', async () => {
    const r = await run('check', '--format', 'gitlab', '--max-warnings', '0', 'deploy.yaml');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it.each([
    [
      'github',
      /^::warning file=deploy\.yaml,line=7,col=5,endLine=7,endColumn=\d+,title=restore-hooks hook-annotations-on-workload::Deployment jobs\/worker: /,
    ],
    [
      'junit',
      /<testcase classname="deploy\.yaml" name="hook-annotations-on-workload at 7:5" time="0">\n\s+<failure type="warning"/,
    ],
    ['gitlab', /"check_name": "hook-annotations-on-workload",[\s\S]*"lines": \{\s+"begin": 7\s+\}/],
  ])('--format %s renders the finding at its line', async (format, pattern) => {
    const r = await run('check', '--format', format, 'deploy.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(pattern);
  });
});

describe('restore-hooks on a StatefulSet with volumeClaimTemplates', () => {
  write(
    'cassandra.yaml',
    `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra
  namespace: db
spec:
  serviceName: cassandra
  selector: {matchLabels: {app: cassandra}}
  template:
    metadata:
      labels: {app: cassandra}
    spec:
      containers:
      - name: cassandra
        image: cassandra:4
        volumeMounts:
        - {name: cassandra-data, mountPath: /var/lib/cassandra}
  volumeClaimTemplates:
  - metadata: {name: cassandra-data}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
`,
  );
  const restore = (volume: string) => {
    write(
      `restore-${volume}.yaml`,
      `apiVersion: velero.io/v1
kind: Restore
metadata: {name: r1, namespace: velero}
spec:
  backupName: b1
  hooks:
    resources:
    - name: prep
      includedNamespaces: [db]
      postHooks:
      - init:
          initContainers:
          - name: fix-perms
            image: busybox
            command: [chown, -R, "999", /var/lib/cassandra]
            volumeMounts:
            - {name: ${volume}, mountPath: /var/lib/cassandra}
`,
    );
    return `restore-${volume}.yaml`;
  };

  it('check exits 0 when the Restore spec init container mounts the claim volume', async () => {
    const r = await run('check', '--restore', restore('cassandra-data'), 'cassandra.yaml');
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('spec-init-volume-missing');
    expect(r.code).toBe(0);
  });

  it('check exits 1 on a mount that is neither a pod volume nor a template', async () => {
    const r = await run('check', '--restore', restore('data'), 'cassandra.yaml');
    expect(r.stdout).toMatch(/^restore-data\.yaml:17:22: error spec-init-volume-missing: /m);
    expect(r.code).toBe(1);
  });

  it('apply prints the derived pod with the claim volume', async () => {
    const r = await run('apply', '--restore', restore('cassandra-data'), 'cassandra.yaml');
    expect(r.code).toBe(0);
    const pod = r.stdout.split('---\n')[1]!;
    expect(pod).toContain('# Pod restored from StatefulSet cassandra');
    expect(pod).toContain(
      [
        '  volumes:',
        '    - name: cassandra-data',
        '      persistentVolumeClaim:',
        '        claimName: cassandra-data-cassandra-0',
      ].join('\n'),
    );
  });
});
