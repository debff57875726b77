/**
 * Runs every `kind: scenario` case of the shared conformance corpus through the CLI, compared as
 * shared/conformance/README.md says: durations by value, executionsOrder, errorsOrdered, optional
 * keys only when present. Most cases run in-process through `main()`; a few spawn the real
 * `npm run --silent cli` to prove the contract end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../index.ts';
import { main } from './main.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = fileURLToPath(new URL('../../../shared/conformance/cases', import.meta.url));
type Obj = Record<string, unknown>;

function scenarioCases(): string[] {
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir)
    .filter((name) => {
      const file = join(casesDir, name, 'expected.yaml');
      return (
        existsSync(file) &&
        (load(readFileSync(file, 'utf8')) as Obj | null)?.['kind'] === 'scenario'
      );
    })
    .sort();
}

function cliArgs(dir: string): string[] {
  const rel = (f: string) => relative(root, join(dir, f));
  const restore = existsSync(join(dir, 'restore.yaml')) ? ['--restore', rel('restore.yaml')] : [];
  return [
    'simulate',
    '--format',
    'json',
    '--scenario',
    rel('scenario.yaml'),
    ...restore,
    rel('input.yaml'),
  ];
}

async function runInProcess(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(''),
    cwd: root,
  });
  return { code, stdout, stderr };
}

const duration = (v: unknown): bigint | null | 'invalid' =>
  v === null || v === undefined
    ? null
    : typeof v === 'string'
      ? (parseDuration(v) ?? 'invalid')
      : 'invalid';

function sameDuration(actual: unknown, expected: unknown): boolean {
  const e = duration(expected);
  return e !== 'invalid' && duration(actual) === e;
}

/** The fields of an execution the corpus gives, normalised for comparison. */
function execKey(x: Obj, withState: boolean): string {
  const t = duration(x['timeout']);
  const base = [
    x['hookName'],
    x['container'],
    x['command'],
    x['onError'],
    typeof t === 'bigint' ? t.toString() : t,
  ];
  return JSON.stringify(withState ? [...base, x['atState']] : base);
}

function compareExecutions(
  actual: Obj[],
  expected: Obj[],
  order: unknown,
  out: string[],
  at: string,
): void {
  const withState = expected.some((e) => e['atState'] !== undefined);
  const a = actual.map((x) => execKey(x, withState));
  const e = expected.map((x) => execKey(x, withState));
  const sorted = (l: string[]) => [...l].sort();
  if (order === 'total') {
    if (JSON.stringify(a) !== JSON.stringify(e))
      out.push(
        `${at}executions (total order): got ${JSON.stringify(a)}, want ${JSON.stringify(e)}`,
      );
    return;
  }
  if (JSON.stringify(sorted(a)) !== JSON.stringify(sorted(e))) {
    out.push(
      `${at}executions (as a multiset): got ${JSON.stringify(a)}, want ${JSON.stringify(e)}`,
    );
    return;
  }
  if (order !== 'per-container-blocks') return;
  const containers = new Set(expected.map((x) => String(x['container'])));
  for (const c of containers) {
    const idx = actual.flatMap((x, i) => (x['container'] === c ? [i] : []));
    const contiguous = idx.every((v, i) => i === 0 || v === (idx[i - 1] ?? 0) + 1);
    const inOrder =
      JSON.stringify(idx.map((i) => a[i])) ===
      JSON.stringify(expected.flatMap((x, i) => (x['container'] === c ? [e[i]] : [])));
    if (!contiguous || !inOrder)
      out.push(`${at}executions of ${c}: not one block in the given order`);
  }
}

/** Compares one pod's keys (top level for single-pod cases, a pods: entry otherwise). */
function comparePod(actual: Obj, expected: Obj, out: string[], at = ''): void {
  if (!sameDuration(actual['maxWait'], expected['maxWait'])) {
    out.push(`${at}maxWait: got ${String(actual['maxWait'])}, want ${String(expected['maxWait'])}`);
  }
  compareExecutions(
    actual['executions'] as Obj[],
    (expected['executions'] ?? []) as Obj[],
    expected['executionsOrder'],
    out,
    at,
  );
  const errs = actual['errors'] as string[];
  const want = (expected['errors'] ?? []) as string[];
  const ordered = expected['errorsOrdered'] !== false;
  const norm = (l: string[]) => JSON.stringify(ordered ? l : [...l].sort());
  if (norm(errs) !== norm(want))
    out.push(
      `${at}errors${ordered ? '' : ' (multiset)'}: got ${JSON.stringify(errs)}, want ${JSON.stringify(want)}`,
    );
  if ('watchEndsAt' in expected && !sameDuration(actual['watchEndsAt'], expected['watchEndsAt'])) {
    out.push(
      `${at}watchEndsAt: got ${String(actual['watchEndsAt'])}, want ${String(expected['watchEndsAt'])}`,
    );
  }
  if (
    'sharedContextCanceled' in expected &&
    actual['sharedContextCanceled'] !== expected['sharedContextCanceled']
  ) {
    out.push(`${at}sharedContextCanceled: got ${String(actual['sharedContextCanceled'])}`);
  }
}

function compareCase(actual: Obj, expected: Obj): string[] {
  const out: string[] = [];
  const pods = actual['pods'] as Obj[];
  if (Array.isArray(expected['pods'])) {
    const wanted = expected['pods'] as Obj[];
    if (pods.length !== wanted.length) out.push(`pods: got ${pods.length}, want ${wanted.length}`);
    for (const w of wanted) {
      const got = pods.find((p) => p['namespace'] === w['namespace'] && p['name'] === w['name']);
      if (got) comparePod(got, w, out, `pods ${String(w['namespace'])}/${String(w['name'])}: `);
      else out.push(`pods: no ${String(w['namespace'])}/${String(w['name'])}`);
    }
  } else if (pods.length !== 1 || !pods[0]) {
    out.push(`pods: got ${pods.length}, want 1`);
  } else {
    comparePod(pods[0], expected, out);
  }
  if (
    JSON.stringify(actual['tracker']) !== JSON.stringify(sortTracker(expected['tracker'] as Obj))
  ) {
    out.push(
      `tracker: got ${JSON.stringify(actual['tracker'])}, want ${JSON.stringify(expected['tracker'])}`,
    );
  }
  if (actual['restoreOutcome'] !== expected['restoreOutcome']) {
    out.push(
      `restoreOutcome: got ${String(actual['restoreOutcome'])}, want ${String(expected['restoreOutcome'])}`,
    );
  }
  return out;
}

function sortTracker(t: Obj): Obj {
  return {
    hooksAttempted: t['hooksAttempted'],
    hooksFailed: t['hooksFailed'],
    complete: t['complete'],
  };
}

const cases = scenarioCases();
const expectedOf = (name: string) =>
  load(readFileSync(join(casesDir, name, 'expected.yaml'), 'utf8')) as Obj;

describe.skipIf(cases.length === 0)(
  'conformance: kind scenario through `restore-hooks simulate` (in-process)',
  () => {
    it.each(cases)('%s', async (name) => {
      const run = await runInProcess(cliArgs(join(casesDir, name)));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(compareCase(JSON.parse(run.stdout) as Obj, expectedOf(name))).toEqual([]);
    });
  },
);

/** A few cases through the real npm script, as the hidden corpus runner calls it. */
const spawned = cases
  .filter((c) => /error-in-one-pod|sidecar|wait-for-ready-is-per-container/.test(c))
  .slice(0, 3);

describe.skipIf(spawned.length === 0)(
  'conformance: `npm run --silent cli -- simulate` (spawned)',
  () => {
    it.each(spawned)(
      '%s',
      (name) => {
        const run = spawnSync(
          'npm',
          ['run', '--silent', 'cli', '--', ...cliArgs(join(casesDir, name))],
          {
            cwd: root,
            encoding: 'utf8',
            timeout: 60_000,
          },
        );
        expect(run.status).toBe(0);
        expect(compareCase(JSON.parse(run.stdout) as Obj, expectedOf(name))).toEqual([]);
      },
      60_000,
    );
  },
);
