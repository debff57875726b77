/**
 * The published package, as users install it: `npm pack`, `npm install -g` of the tarball into an
 * empty prefix (offline), then the installed `restore-hooks` runs outside this repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, installPackagedCli, type InstalledCli } from '../testing/packagedCli.ts';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

const work = mkdtempSync(join(tmpdir(), 'restore-hooks-pkg-work-'));
const write = (name: string, text: string) => writeFileSync(join(work, name), text);
write(
  'deploy.yaml',
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
  annotations:
    post.hook.restore.velero.io/command: '["/app/reindex"]'
spec:
  selector: {matchLabels: {app: worker}}
  template:
    metadata:
      labels: {app: worker}
    spec:
      containers:
      - name: worker
        image: worker:1
`,
);
write(
  'clean.yaml',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: ok, namespace: a}\nspec: {containers: [{name: app, image: nginx}]}\n',
);
write(
  'broken.yaml',
  `apiVersion: v1
kind: Pod
metadata:
  name: db
  annotations:
    init.hook.restore.velero.io/container-image: busybox
spec: {containers: [{name: app, image: nginx}]}
`,
);

let cli: InstalledCli;
beforeAll(() => {
  cli = installPackagedCli();
}, 180_000);

describe('the packed package', () => {
  it('installs without dependencies: the bundle, its licences, the docs and nothing else', () => {
    const installed = join(cli.prefix, 'lib/node_modules', pkg.name);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['private']).toBeUndefined();
    expect(readdirSync(installed).sort()).toEqual([
      'README.md',
      'dist-cli',
      'docs',
      'package.json',
    ]);
    expect(readdirSync(join(installed, 'dist-cli')).sort()).toEqual([
      'THIRD_PARTY_LICENSES.txt',
      'restore-hooks.mjs',
    ]);
    expect(realpathSync(cli.bin)).toBe(realpathSync(join(installed, 'dist-cli/restore-hooks.mjs')));
  });

  it('--version prints the product version and the default Velero release', () => {
    const r = cli.run(['--version'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^restore-hooks ${pkg.version.replace(/\./g, '\\.')}\\ndefault Velero version 1\\.18\\.2 `,
      ),
    );
  });

  it('--help lists the commands', () => {
    const r = cli.run(['--help'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}check {6}/m);
  });

  it('check: exit 0 on a clean pod, 1 on an error, findings at file:line:col', () => {
    expect(cli.run(['check', 'clean.yaml'], work)).toEqual({
      code: 0,
      stdout: '0 errors, 0 warnings, 0 infos\n',
      stderr: '',
    });
    const broken = cli.run(['check', 'broken.yaml'], work);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^broken\.yaml:6:5: error init-image-without-command: /m);
  });

  it('check --max-warnings 0 exits 1 on a Deployment with hook annotations on its own metadata', () => {
    const r = cli.run(['check', '--max-warnings', '0', 'deploy.yaml'], work);
    expect(r.stdout).toMatch(/^deploy\.yaml:7:5: warning hook-annotations-on-workload: /m);
    expect(r.stderr).toBe('restore-hooks check: too many warnings: 1 (--max-warnings 0)\n');
    expect(r.code).toBe(1);
  });

  it('reads stdin', () => {
    const r = cli.run(
      ['check', '--format', 'json', '-'],
      work,
      readFileSync(join(work, 'broken.yaml'), 'utf8'),
    );
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { file: string }[])[0]!.file).toBe('<stdin>');
  });

  it('reads nothing outside its own folder and its inputs (Node permission model)', () => {
    const installed = join(realpathSync(cli.prefix), 'lib/node_modules', pkg.name);
    const r = spawnSync(
      process.execPath,
      [
        '--experimental-permission',
        `--allow-fs-read=${installed}/`,
        `--allow-fs-read=${realpathSync(work)}/`,
        '--no-warnings',
        join(installed, 'dist-cli/restore-hooks.mjs'),
        'check',
        'deploy.yaml',
      ],
      { cwd: work, env: cli.env, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('0 errors, 1 warning, 0 infos');
    expect(r.status).toBe(0);
  });
});
