import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExecHook } from '../model/types.ts';
import { simulateRestore } from './simulate.ts';
import { simulationToJson } from './simulationJson.ts';
import { hook, ms, pod, restore, result, sec, state } from '../testing/simulation.ts';
import type { ContainerState, PodSnapshot, SimulationInput } from './types.ts';

const running = [state(0n, { c1: 'running' })];

describe('rule 36: the restore-wide hooks context', () => {
  it('is cancelled by any pod that returns errors (Continue too), for waiting pods and pods started later', () => {
    const a = pod([hook('a', { onError: 'Continue' })], running, {
      name: 'a',
      results: [result('a', { error: 'exit 1', duration: sec(1) })],
    });
    const b = pod([hook('b')], [state(0n, { c1: 'waiting' }), state(sec(5), { c1: 'running' })], {
      name: 'b',
    });
    const c = pod([hook('c')], running, { name: 'c', startAt: sec(10) });
    const d = pod([hook('d')], running, { name: 'd', startAt: sec(1) });
    const r = simulateRestore(restore([a, b, c, d]));
    const [pa, pb, pc, pd] = r.pods;
    expect(pa?.sharedContextCanceled).toBe(true);
    expect(pb).toMatchObject({
      watchEndsAt: sec(1),
      errors: ['hook b in container c1 in pod default/b not executed: context canceled'],
    });
    expect(pc).toMatchObject({ watchEndsAt: 0n, maxWait: 0n, executions: [] });
    expect(pc?.errors).toEqual([
      'hook c in container c1 in pod default/c not executed: context canceled',
    ]);
    // A pod starting at the very moment of the cancel receives no states.
    expect(pd?.executions).toEqual([]);
    expect(pb?.events.find((e) => e.kind === 'shared-context-cancelled')).toMatchObject({
      causedBy: 'default/a',
      rule: 36,
    });
    expect(r.tracker).toEqual({ hooksAttempted: 4, hooksFailed: 4, complete: true });
  });

  it('is not cancelled by a pod without errors', () => {
    const a = pod([hook('a')], running, { name: 'a' });
    const b = pod([hook('b')], [state(0n, { c1: 'waiting' }), state(sec(5), { c1: 'running' })], {
      name: 'b',
    });
    const r = simulateRestore(restore([a, b]));
    expect(r.pods.map((p) => p.errors)).toEqual([[], []]);
    expect(r.restoreOutcome).toBe('Completed');
  });

  it('does not interrupt a handler already running in another pod', () => {
    const a = pod([hook('a')], running, {
      name: 'a',
      results: [result('a', { error: 'x', duration: sec(1) })],
    });
    const b = pod([hook('b1'), hook('b2', { hookIndex: 1 })], running, {
      name: 'b',
      results: [result('b1', { duration: sec(3) })],
    });
    const r = simulateRestore(restore([a, b]));
    expect(r.pods[1]?.executions.map((e) => e.hookName)).toEqual(['b1', 'b2']);
    expect(r.pods[1]?.errors).toEqual([]);
  });

  it.each([
    [
      'a timeout → context deadline exceeded',
      { timeout: ms(1), cancelAt: null },
      'context deadline exceeded',
      ms(1),
    ],
    [
      'a cancel → context canceled',
      { timeout: null, cancelAt: sec(2) },
      'context canceled',
      sec(2),
    ],
    ['the earlier of both', { timeout: sec(3), cancelAt: sec(2) }, 'context canceled', sec(2)],
  ])('can end by %s', (_name, sharedContext, reason, at) => {
    const r = simulateRestore(
      restore([pod([hook('h', { onError: 'Fail' })], [state(0n, { c1: 'waiting' })])], {
        sharedContext,
      }),
    );
    expect(r.pods[0]?.errors).toEqual([
      `hook h in container c1 in pod default/my-pod not executed: ${reason}`,
    ]);
    expect(r.pods[0]?.watchEndsAt).toBe(at);
  });
});

describe('rule 37: tracker accounting and the restore outcome', () => {
  it("collapses identical keys: the second hook's failure is not counted", () => {
    const hooks = [hook('dup', { command: ['/ok'] }), hook('dup', { command: ['/fail'] })];
    const r = simulateRestore(
      restore([
        pod(hooks, running, { results: [result('dup', { command: ['/fail'], error: 'no' })] }),
      ]),
    );
    expect(r.tracker).toEqual({ hooksAttempted: 1, hooksFailed: 0, complete: true });
    expect(r.pods[0]?.errors).toHaveLength(1);
    expect(r.restoreOutcome).toBe('Completed');
    expect(r.pods[0]?.events.find((e) => e.kind === 'record-ignored')).toMatchObject({
      effect: 'already-recorded',
      rule: 37,
    });
  });

  it('ignores records of unknown keys: with an empty tracker the Restore completes', () => {
    const r = simulateRestore(
      restore([pod([hook('a')], running, { results: [result('a', { error: 'x' })] })], {
        preAdded: 'none',
      }),
    );
    expect(r.tracker).toEqual({ hooksAttempted: 0, hooksFailed: 0, complete: true });
    expect(r.restoreOutcome).toBe('Completed');
  });

  it('makes any failed hook, Continue included, a PartiallyFailed Restore', () => {
    const r = simulateRestore(
      restore([
        pod([hook('a', { onError: 'Continue' })], running, {
          results: [result('a', { error: 'x' })],
        }),
      ]),
    );
    expect(r.restoreOutcome).toBe('PartiallyFailed');
    expect(r.events.at(-1)).toMatchObject({
      kind: 'restore-finalized',
      outcome: 'PartiallyFailed',
      rule: 37,
    });
  });

  it('never calls HandleHooks for a pod that is not restored', () => {
    const r = simulateRestore(restore([pod([hook('a')], running, { notRestored: 'panic' })]));
    expect(r.pods[0]).toMatchObject({
      maxWait: null,
      watchEndsAt: null,
      errors: [],
      executions: [],
    });
    expect(r.tracker).toEqual({ hooksAttempted: 0, hooksFailed: 0, complete: true });
  });
});

describe('output', () => {
  it('writes durations as Go strings and null where there is none', () => {
    const r = simulateRestore(restore([pod([hook('a', { execTimeout: sec(60) })], running)]));
    const json = simulationToJson(r, []);
    expect(json.pods[0]).toMatchObject({ maxWait: '0s', watchEndsAt: '0s', errorsOrdered: true });
    expect(json.pods[0]?.executions[0]).toMatchObject({ timeout: '1m0s', startedAt: '0s' });
    expect(json.events.every((e) => typeof e.at === 'string')).toBe(true);
  });

  it('gives every event an explanation and a rule between 27 and 38, in time order', () => {
    const r = simulateRestore(
      restore([pod([hook('a', { waitTimeout: ms(5) }), hook('b', { container: 'gone' })], [])]),
    );
    for (const e of r.events) {
      expect(e.explanation.length).toBeGreaterThan(10);
      expect(e.rule).toBeGreaterThanOrEqual(27);
      expect(e.rule).toBeLessThanOrEqual(38);
    }
    const times = r.events.map((e) => e.at);
    expect([...times].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(times);
  });
});

const durationArb = fc.oneof(
  fc.constantFrom(0n, -1n, ms(1), sec(1)),
  fc.bigInt({ min: -sec(2), max: sec(120) }),
);
const hookArb = fc.record({
  hookName: fc.constantFrom('a', 'b', ''),
  hookSource: fc.constantFrom('spec' as const, 'annotation' as const),
  hookIndex: fc.nat(2),
  container: fc.constantFrom('c1', 'c2', 'side', ''),
  command: fc.constantFrom([], ['/bin/x']),
  onError: fc.constantFrom('' as const, 'Continue' as const, 'Fail' as const),
  execTimeout: durationArb,
  waitTimeout: durationArb,
  waitForReady: fc.boolean(),
}) satisfies fc.Arbitrary<ExecHook>;
const stateArb: fc.Arbitrary<PodSnapshot> = fc.record({
  at: fc.bigInt({ min: 0n, max: sec(100) }),
  phase: fc.constantFrom(null, 'Running', 'Succeeded'),
  deleted: fc.boolean(),
  containerStatuses: fc.array(
    fc.record({
      name: fc.constantFrom('c1', 'c2'),
      state: fc.constantFrom<ContainerState>('running', 'waiting', 'none'),
      ready: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});
const podArb = fc.record({
  name: fc.constantFrom('p1', 'p2', 'p3'),
  startAt: fc.bigInt({ min: 0n, max: sec(10) }),
  hooks: fc.array(hookArb, { maxLength: 4 }),
  timeline: fc.array(stateArb, { maxLength: 4 }),
  results: fc.array(
    fc.record({
      hookName: fc.constantFrom(null, 'a', 'b'),
      error: fc.constantFrom(null, 'boom'),
      duration: fc.bigInt({ min: 0n, max: sec(90) }),
    }),
    { maxLength: 3 },
  ),
});
const inputArb: fc.Arbitrary<SimulationInput> = fc
  .record({
    pods: fc.array(podArb, { minLength: 1, maxLength: 3 }),
    timeout: fc.option(fc.bigInt({ min: -1n, max: sec(60) })),
    cancelAt: fc.option(fc.bigInt({ min: 0n, max: sec(60) })),
    preAdded: fc.constantFrom('all' as const, 'none' as const),
  })
  .map(({ pods, timeout, cancelAt, preAdded }) =>
    restore(
      pods.map((p) =>
        pod(p.hooks, p.timeline, {
          name: p.name,
          startAt: p.startAt,
          sidecars: ['side'],
          results: p.results.map((r) =>
            result(r.hookName ?? 'a', {
              hookName: r.hookName,
              error: r.error,
              duration: r.duration,
            }),
          ),
        }),
      ),
      { sharedContext: { timeout, cancelAt }, preAdded },
    ),
  );

const stable = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

describe('property: the simulation never throws and is deterministic', () => {
  it('gives the same result twice for random small restores, with consistent counts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = simulateRestore(input);
        const second = simulateRestore(input);
        expect(stable(first)).toBe(stable(second));
        expect(first.tracker!.hooksFailed).toBeLessThanOrEqual(first.tracker!.hooksAttempted);
        for (const p of first.pods) {
          expect(p.sharedContextCanceled).toBe(p.watchEndsAt !== null && p.errors.length > 0);
          if (p.watchEndsAt !== null) expect(p.watchEndsAt >= 0n).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
