/**
 * The published package, as users install it: `npm pack`, `npm install -g` of the tarball into an
 * empty prefix (offline), then the installed `restore-hooks`, the GitHub Action's steps and the
 * pre-commit hook's entry run against it, outside this repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { initialize, startLspClient } from '../testing/lsp.ts';
import { REPO_ROOT, installPackagedCli, type InstalledCli } from '../testing/packagedCli.ts';
import { annotatedDeployment } from '../testing/workloads.ts';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

const work = mkdtempSync(join(tmpdir(), 'restore-hooks-pkg-work-'));
const write = (name: string, text: string) => writeFileSync(join(work, name), text);
write('deploy.yaml', annotatedDeployment);
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
    // Besides these three, the entry's chunks (command modules and shared code, name-HASH.mjs),
    // each imported by another file of the bundle: no stale chunk from an earlier build.
    const files = readdirSync(join(installed, 'dist-cli')).sort();
    const chunk = /^[a-z]+-[A-Z0-9]{8}\.mjs$/;
    expect(files.filter((f) => !chunk.test(f))).toEqual([
      'THIRD_PARTY_LICENSES.txt',
      'analysisWorker.js',
      'restore-hooks.mjs',
    ]);
    const code = files
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => [f, readFileSync(join(installed, 'dist-cli', f), 'utf8')] as const);
    for (const name of files.filter((f) => chunk.test(f)))
      expect(code.some(([f, text]) => f !== name && text.includes(`./${name}`))).toBe(true);
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

  it('lsp: publishes the diagnostics of check over stdio, with its analysis worker, and exits 0', async () => {
    const client = startLspClient({}, { command: cli.bin, args: [], cwd: work, env: cli.env });
    await initialize(client, pathToFileURL(work).href);
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: pathToFileURL(join(work, 'broken.yaml')).href,
        languageId: 'yaml',
        version: 1,
        text: readFileSync(join(work, 'broken.yaml'), 'utf8'),
      },
    });
    const diagnostics = await client.diagnostics(pathToFileURL(join(work, 'broken.yaml')).href);
    expect(diagnostics.map((d) => [d.code, d.range.start])).toContainEqual([
      'init-image-without-command',
      { line: 5, character: 4 },
    ]);
    expect(client.messages.join('\n')).not.toMatch(/no analysis worker|did not start/);
    expect(await client.stop()).toBe(0);
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

interface ActionStep {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = load(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;

/**
 * GitHub's part of running a composite step, for the expressions action.yml uses: `${{ inputs.x }}`
 * and `${{ github.action_path }}` in env values, `inputs.x == 'v'` in `if`. Anything else throws,
 * so a new expression in action.yml needs a line here (and a thought about how it is quoted).
 */
function evaluate(expression: string, inputs: Record<string, string>): string {
  const e = expression.trim();
  const input = /^inputs\.([\w-]+)$/.exec(e);
  if (input) {
    const name = input[1]!;
    if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
    return inputs[name] ?? action.inputs[name]!.default;
  }
  if (e === 'github.action_path') return REPO_ROOT;
  const compare = /^inputs\.([\w-]+) (==|!=) '([^']*)'$/.exec(e);
  if (compare) {
    const equal = evaluate(`inputs.${compare[1]!}`, inputs) === compare[3];
    return String(compare[2] === '==' ? equal : !equal);
  }
  throw new Error(`unsupported expression in action.yml: ${e}`);
}

const interpolate = (text: string, inputs: Record<string, string>) =>
  text.replace(/\$\{\{(.*?)\}\}/g, (_m, e: string) => evaluate(e, inputs));

/**
 * Runs the action's `run` steps in order as the runner would, with `inputs` over the defaults;
 * `from` skips the steps before the one with that name.
 */
function runAction(inputs: Record<string, string>, prefix: string, from?: string) {
  const outputFile = join(work, 'github-output');
  writeFileSync(outputFile, '');
  const results: { step: string; code: number | null; stdout: string; stderr: string }[] = [];
  const steps = action.runs.steps;
  for (const step of steps.slice(from ? steps.findIndex((s) => s.name === from) : 0)) {
    if (step.if && evaluate(step.if, inputs) !== 'true') continue;
    if (!step.run) continue; // `uses:` steps (the SARIF upload) need GitHub itself
    expect(step.shell).toBe('bash');
    const env: NodeJS.ProcessEnv = {
      ...cli.env,
      PATH: `${join(prefix, 'bin')}:${cli.env['PATH']!}`,
      npm_config_prefix: prefix,
      npm_config_cache: join(cli.dir, 'npm-cache'),
      GITHUB_OUTPUT: outputFile,
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(v, inputs);
    // The runner's bash invocation for `shell: bash`.
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: work,
      env,
      encoding: 'utf8',
    });
    results.push({ step: step.name, code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return { results, outputs: readFileSync(outputFile, 'utf8') };
}

describe('the GitHub Action (action.yml)', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'restore-hooks-action-prefix-'));
  let installed: ReturnType<typeof runAction>;
  beforeAll(() => {
    installed = runAction(
      { package: cli.tarball, paths: 'deploy.yaml\nclean.yaml', 'max-warnings': '0' },
      prefix,
    );
  }, 60_000);

  it('is a composite action whose inputs reach the scripts only through env', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) expect(step.run ?? '').not.toContain('${{');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'velero-version', 'format', 'sarif-upload']),
    );
  });

  it('installs the release tarball, then annotates the findings and fails on --max-warnings', () => {
    const { results } = installed;
    expect(results.map((r) => [r.step, r.code])).toEqual([
      ['Install restore-hooks', 0],
      ['Check', 1],
    ]);
    expect(results[0]!.stdout).toContain(`restore-hooks ${pkg.version}`);
    expect(results[1]!.stdout).toMatch(
      /^::warning file=deploy\.yaml,line=7,col=5,endLine=7,endColumn=\d+,title=restore-hooks hook-annotations-on-workload::/,
    );
    expect(results[1]!.stderr).toContain('too many warnings: 1 (--max-warnings 0)');
  });

  it('passes on clean manifests with the chosen Velero version', () => {
    const { results } = runAction(
      { paths: 'clean.yaml', 'velero-version': '1.12' },
      prefix,
      'Write SARIF',
    );
    expect(results.at(-1)).toMatchObject({ step: 'Check', code: 0 });
  });

  it('with sarif-upload writes SARIF for the upload step, whatever the findings', () => {
    const { results, outputs } = runAction(
      { paths: 'broken.yaml', 'sarif-upload': 'true' },
      prefix,
      'Write SARIF',
    );
    expect(results.map((r) => [r.step, r.code])).toEqual([
      ['Write SARIF', 0],
      ['Check', 1],
    ]);
    expect(outputs).toBe('file=restore-hooks.sarif\n');
    const sarif = JSON.parse(readFileSync(join(work, 'restore-hooks.sarif'), 'utf8')) as {
      version: string;
      runs: { tool: { driver: { version: string } }; results: unknown[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.version).toBe(pkg.version);
    expect(sarif.runs[0]!.results).toHaveLength(1);
    const upload = action.runs.steps.find((s) => s.uses)!;
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(upload.with?.['sarif_file']).toBe('${{ inputs.sarif-file }}');
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = load(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    args?: string[];
  }[];

  /** pre-commit runs `entry` + `args` + the staged files' names, from the repository's root. */
  const runHook = (files: string[]) => {
    const hook = hooks.find((h) => h.id === 'restore-hooks-check')!;
    const [command, ...args] = hook.entry.split(' ');
    const r = spawnSync(command!, [...args, ...(hook.args ?? []), ...files], {
      cwd: work,
      env: cli.env,
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout };
  };

  it('installs the way pre-commit does: npm pack prints only the tarball name', () => {
    // pre-commit's node language runs `npm pack` and takes its whole stdout as the file name.
    expect(cli.packStdout.trim()).toBe(`${pkg.name}-${pkg.version}.tgz`);
  });

  it('is a node hook on YAML and JSON files', () => {
    expect(hooks).toEqual([
      expect.objectContaining({ id: 'restore-hooks-check', language: 'node' }),
    ]);
  });

  it('its entry passes clean files and fails on an error, through the installed CLI', () => {
    expect(runHook(['clean.yaml', 'deploy.yaml'])).toMatchObject({ code: 0 });
    const failed = runHook(['clean.yaml', 'broken.yaml']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('broken.yaml:6:5: error init-image-without-command');
  });
});
