/**
 * Runs every `kind: scenario` case of the shared conformance corpus through the CLI, compared as
 * shared/conformance/README.md says: durations by value, executionsOrder, errorsOrdered, optional
 * keys only when present. Most cases run in-process through `main()`; a few spawn the real
 * `npm run --silent cli` to prove the contract end to end.
 */
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../index.ts';
import { loadCases, type ConformanceCase } from './conformanceCases.ts';
import { main } from './main.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Obj = Record<string, unknown>;

function cliArgs(c: ConformanceCase, version: string): string[] {
  const rel = (f: string) => relative(root, f);
  const restore = c.restore ? ['--restore', rel(c.restore)] : [];
  return [
    'simulate',
    '--format',
    'json',
    '--scenario',
    rel(c.scenario ?? ''),
    '--velero-version',
    version,
    ...restore,
    rel(c.input),
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
  if ('restored' in expected && (actual['restored'] ?? true) !== expected['restored'])
    out.push(
      `${at}restored: got ${String(actual['restored'])}, want ${String(expected['restored'])}`,
    );
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
    'tracker' in expected &&
    JSON.stringify(actual['tracker']) !== JSON.stringify(sortTracker(expected['tracker'] as Obj))
  ) {
    out.push(
      `tracker: got ${JSON.stringify(actual['tracker'])}, want ${JSON.stringify(expected['tracker'])}`,
    );
  }
  if (
    'hookStatus' in expected &&
    JSON.stringify(actual['hookStatus']) !== JSON.stringify(sortStatus(expected['hookStatus']))
  ) {
    out.push(
      `hookStatus: got ${JSON.stringify(actual['hookStatus'])}, want ${JSON.stringify(expected['hookStatus'])}`,
    );
  }
  if (actual['restoreOutcome'] !== expected['restoreOutcome']) {
    out.push(
      `restoreOutcome: got ${String(actual['restoreOutcome'])}, want ${String(expected['restoreOutcome'])}`,
    );
  }
  return out;
}

function sortStatus(t: unknown): Obj | null {
  if (t === null || typeof t !== 'object') return null;
  const s = t as Obj;
  return { hooksAttempted: s['hooksAttempted'], hooksFailed: s['hooksFailed'] };
}

function sortTracker(t: Obj | null): Obj | null {
  if (t === null) return null;
  return {
    hooksAttempted: t['hooksAttempted'],
    hooksFailed: t['hooksFailed'],
    complete: t['complete'],
  };
}

const cases = loadCases('scenario');
const runs = cases.flatMap((c) => c.versions.map((v) => [`${c.id} @${v}`, c, v] as const));

describe.skipIf(cases.length === 0)(
  'conformance: kind scenario through `restore-hooks simulate` (in-process)',
  () => {
    it.each(runs)('%s', async (_id, c, version) => {
      const run = await runInProcess(cliArgs(c, version));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(compareCase(JSON.parse(run.stdout) as Obj, c.expected)).toEqual([]);
    });
  },
);

/** A few cases through the real npm script, as the hidden corpus runner calls it. */
const spawned = cases
  .filter((c) => /error-in-one-pod|sidecar|wait-for-ready-is-per-container/.test(c.id))
  .slice(0, 3);

describe.skipIf(spawned.length === 0)(
  'conformance: `npm run --silent cli -- simulate` (spawned)',
  () => {
    it.each(spawned.map((c) => [c.id, c] as const))(
      '%s',
      (_id, c) => {
        const run = spawnSync(
          'npm',
          ['run', '--silent', 'cli', '--', ...cliArgs(c, c.versions[0]!)],
          {
            cwd: root,
            encoding: 'utf8',
            timeout: 60_000,
          },
        );
        expect(run.status).toBe(0);
        expect(compareCase(JSON.parse(run.stdout) as Obj, c.expected)).toEqual([]);
      },
      60_000,
    );
  },
);
