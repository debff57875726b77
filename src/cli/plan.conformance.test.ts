import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../index.ts';
import { loadCases, type ConformanceCase } from './conformanceCases.ts';
import { main } from './main.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const cases = loadCases('transform');

function argv(c: ConformanceCase, version: string): string[] {
  const restore = c.restore ? ['--restore', c.restore] : [];
  return ['plan', '--format', 'json', '--velero-version', version, ...restore, c.input];
}

async function runInProcess(c: ConformanceCase, version: string): Promise<PlanOutput> {
  let out = '';
  let err = '';
  const code = await main(argv(c, version), {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: () => Promise.resolve(''),
    cwd: ROOT,
  });
  expect(err, 'stderr').toBe('');
  expect([0, 1]).toContain(code);
  return JSON.parse(out) as PlanOutput;
}

interface PodOutput {
  namespace: string;
  name: string;
  initContainers: Record<string, unknown>[] | null;
  execHooks: Record<string, Record<string, unknown>[]>;
  error: string | null;
  errorKind?: string;
  restored?: boolean;
  skipReason?: string | null;
}
interface PlanOutput {
  validationErrors: string[];
  validationPanic: string | null;
  trackerAdded: number | null;
  pods: PodOutput[];
}

/** Drops "", [], {}, null recursively, as the corpus compares containers. */
function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const d = dropEmpty(v);
      const empty =
        d === '' ||
        d === null ||
        (Array.isArray(d) && d.length === 0) ||
        (typeof d === 'object' && d !== null && Object.keys(d).length === 0);
      if (!empty) out[k] = d;
    }
    return out;
  }
  return value;
}

function expectInitContainers(actual: PodOutput['initContainers'], expected: unknown): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  const want = expected as Record<string, unknown>[];
  expect(actual).not.toBeNull();
  expect(actual!.map((c) => c['name'])).toHaveLength(want.length);
  want.forEach((w, i) => {
    const got = dropEmpty(actual![i]) as Record<string, unknown>;
    if (typeof w['nameMatches'] === 'string') {
      const { nameMatches, ...rest } = w;
      expect(String(got['name'])).toMatch(new RegExp(nameMatches));
      const { name: _name, ...gotRest } = got;
      expect(gotRest).toEqual(rest);
    } else {
      expect(got).toEqual(w);
    }
  });
}

function expectExecHooks(actual: PodOutput['execHooks'], expected: unknown): void {
  const want = (expected ?? {}) as Record<string, Record<string, unknown>[]>;
  expect(Object.keys(actual).sort()).toEqual(Object.keys(want).sort());
  for (const [container, hooks] of Object.entries(want)) {
    const got = actual[container]!;
    expect(got).toHaveLength(hooks.length);
    hooks.forEach((h, i) => {
      const g = got[i]!;
      for (const key of ['execTimeout', 'waitTimeout']) {
        expect(parseDuration(String(g[key])), `${container}[${i}].${key}`).toBe(
          parseDuration(String(h[key])),
        );
      }
      const strip = ({ execTimeout: _e, waitTimeout: _w, ...rest }: Record<string, unknown>) =>
        rest;
      expect(strip(g)).toEqual(strip(h));
    });
  }
}

function expectPod(actual: PodOutput | undefined, expected: Record<string, unknown>): void {
  expect(actual, 'pod in output').toBeDefined();
  expectInitContainers(actual!.initContainers, expected['initContainers']);
  expectExecHooks(actual!.execHooks, expected['execHooks']);
  if (expected['error'] === null || expected['error'] === undefined)
    expect(actual!.error).toBeNull();
  else expect(actual!.error).toContain(expected['error'] as string);
  if (expected['errorKind'] === 'panic') expect(actual!.errorKind).toBe('panic');
  if ('restored' in expected) expect(actual!.restored ?? true).toBe(expected['restored']);
  if ('skipReason' in expected) expect(actual!.skipReason ?? null).toBe(expected['skipReason']);
}

function expectCase(c: ConformanceCase, out: PlanOutput): void {
  const e = c.expected;
  const validation = (e['validationErrors'] ?? []) as string[];
  expect(out.validationErrors).toHaveLength(validation.length);
  validation.forEach((v, i) => expect(out.validationErrors[i]).toContain(v));
  if ('trackerAdded' in e) expect(out.trackerAdded).toBe(e['trackerAdded']);
  const panic = e['validationPanic'];
  if (typeof panic === 'string') expect(out.validationPanic).toContain(panic);
  else expect(out.validationPanic).toBeNull();
  if (Array.isArray(e['pods'])) {
    for (const p of e['pods'] as Record<string, unknown>[]) {
      expectPod(
        out.pods.find((o) => o.namespace === p['namespace'] && o.name === p['name']),
        p,
      );
    }
    expect(out.pods).toHaveLength((e['pods'] as unknown[]).length);
  } else {
    expect(out.pods).toHaveLength(1);
    expectPod(out.pods[0], e);
  }
}

describe.skipIf(cases.length === 0)(
  'conformance: transform cases through `restore-hooks plan --format json`',
  () => {
    const runs = cases.flatMap((c) => c.versions.map((v) => [`${c.id} @${v}`, c, v] as const));
    it.each(runs)('%s', async (_id, c, version) => {
      expectCase(c, await runInProcess(c, version));
    });

    it.each(cases.slice(0, 3).map((c) => [c.id, c] as const))(
      'the real `npm run --silent cli` gives the same for %s',
      (_id, c) => {
        let stdout: string;
        try {
          stdout = execFileSync(
            'npm',
            ['run', '--silent', 'cli', '--', ...argv(c, c.versions[0]!)],
            {
              cwd: ROOT,
              encoding: 'utf8',
            },
          );
        } catch (err) {
          stdout = (err as { stdout: string }).stdout;
        }
        expectCase(c, JSON.parse(stdout) as PlanOutput);
      },
      30_000,
    );
  },
);
