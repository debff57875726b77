/**
 * Test kit for the published package: `npm pack` (which builds the CLI bundle through `prepack`),
 * then `npm install -g` of the tarball into an empty temporary prefix, offline. The installed
 * `restore-hooks` runs with an environment that cannot reach this repository's node_modules.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface InstalledCli {
  /** The scratch folder: the tarball, the prefix, npm's cache. */
  dir: string;
  tarball: string;
  /** What `npm pack` printed on stdout (pre-commit takes all of it as the tarball's name). */
  packStdout: string;
  prefix: string;
  /** The installed `restore-hooks` launcher (prefix/bin/restore-hooks). */
  bin: string;
  /** A minimal environment: PATH has the prefix's bin and node's folder, nothing from npm. */
  env: NodeJS.ProcessEnv;
  /** Runs the installed `restore-hooks` with `args` in `cwd`. */
  run: (args: string[], cwd: string, input?: string) => PackagedRun;
}

export interface PackagedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An environment without npm's variables (npm test sets dozens), with `path` first on PATH. */
export function cleanEnv(path: string[], extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(npm_|NODE_)/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  }
  env['PATH'] = [...path, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(
    delimiter,
  );
  return { ...env, ...extra };
}

/** Packs this repository and installs the tarball into a new empty prefix; takes a few seconds. */
export function installPackagedCli(prefixName = 'restore-hooks-pkg-'): InstalledCli {
  const dir = mkdtempSync(join(tmpdir(), prefixName));
  const cache = join(dir, 'npm-cache');
  const npmEnv = cleanEnv([], { npm_config_cache: cache, npm_config_update_notifier: 'false' });
  const packStdout = execFileSync('npm', ['pack', '--pack-destination', dir], {
    cwd: REPO_ROOT,
    env: npmEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const tarball = join(dir, `${pkg.name}-${pkg.version}.tgz`);
  const prefix = join(dir, 'prefix');
  mkdirSync(prefix);
  execFileSync(
    'npm',
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
    { cwd: dir, env: npmEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const binDir = process.platform === 'win32' ? prefix : join(prefix, 'bin');
  const bin = join(binDir, 'restore-hooks');
  const env = cleanEnv([binDir]);
  const run = (args: string[], cwd: string, input?: string): PackagedRun => {
    const r = spawnSync(bin, args, { cwd, env, input: input ?? '', encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { dir, tarball, packStdout, prefix, bin, env, run };
}
