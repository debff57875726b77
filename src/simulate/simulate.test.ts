import { describe, expect, it } from 'vitest';
import { simulateRestore } from './simulate.ts';
import { hook, ms, pod, restore, result, sec, state } from '../testing/simulation.ts';
import type { SimulationInput } from './types.ts';

const only = (input: SimulationInput) => {
  const r = simulateRestore(input);
  const p = r.pods[0]!;
  return { ...r, p };
};

describe('rule 27: hooks for containers not in spec.containers are dropped', () => {
  it('drops every hook of a missing container; with nothing left HandleHooks returns at once', () => {
    const { p, tracker, restoreOutcome } = only(
      restore([pod([hook('h', { container: 'gone' })], [state(0n, { c1: 'running' })])]),
    );
    expect(p.maxWait).toBeNull();
    expect(p.executions).toEqual([]);
    expect(p.errors).toEqual([]);
    expect(p.watchEndsAt).toBe(0n);
    expect(p.sharedContextCanceled).toBe(false);
    expect(tracker).toEqual({ hooksAttempted: 1, hooksFailed: 0, complete: false });
    expect(restoreOutcome).toBe('StuckInFinalizing');
    expect(p.events.map((e) => [e.kind, e.rule])).toEqual([
      ['hook-dropped', 27],
      ['watch-end', 27],
    ]);
  });

  it('treats a native sidecar as missing, and still runs the hooks of real containers', () => {
    const input = restore([
      pod(
        [hook('side', { container: 'log' }), hook('a', { container: 'c1', hookIndex: 1 })],
        [state(0n, { c1: 'running', log: 'running' })],
        {
          sidecars: ['log'],
        },
      ),
    ]);
    const { p, tracker } = only(input);
    expect(p.executions.map((e) => e.hookName)).toEqual(['a']);
    expect(p.events.find((e) => e.kind === 'hook-dropped')).toMatchObject({
      sidecar: true,
      container: 'log',
    });
    expect(tracker).toEqual({ hooksAttempted: 2, hooksFailed: 0, complete: false });
  });
});

describe('rule 28: maxHookWait', () => {
  it.each([
    ['the largest waitTimeout', [sec(1), sec(60), ms(5)], sec(60)],
    ['0 when any hook has no waitTimeout', [sec(1), 0n], 0n],
    ['0 when any hook has a negative waitTimeout', [sec(1), -sec(1)], 0n],
  ])('is %s', (_name, waits, expected) => {
    const hooks = waits.map((w, i) => hook(`h${i}`, { waitTimeout: w, hookIndex: i }));
    const { p } = only(restore([pod(hooks, [])]));
    expect(p.maxWait).toBe(expected);
  });

  it('ends the watch at start + maxWait with "context deadline exceeded"', () => {
    const { p } = only(
      restore([
        pod(
          [hook('h', { waitTimeout: ms(50) })],
          [state(0n, { c1: 'waiting' }), state(ms(60), { c1: 'running' })],
        ),
      ]),
    );
    expect(p.watchEndsAt).toBe(ms(50));
    expect(p.executions).toEqual([]);
    expect(p.errors).toEqual([
      'hook h in container c1 in pod default/my-pod not executed: context deadline exceeded',
    ]);
    expect(p.events.find((e) => e.kind === 'deadline')).toMatchObject({
      at: ms(50),
      scope: 'pod',
      rule: 28,
    });
  });

  it('never delivers a state at the deadline itself', () => {
    const { p } = only(
      restore([
        pod(
          [hook('h', { waitTimeout: ms(50) })],
          [state(0n, { c1: 'waiting' }), state(ms(50), { c1: 'running' })],
        ),
      ]),
    );
    expect(p.executions).toEqual([]);
  });

  it('without a deadline waits for ever: HandleHooks never returns and the Restore is stuck', () => {
    const r = only(restore([pod([hook('h')], [state(0n, { c1: 'waiting' })])]));
    expect(r.p.watchEndsAt).toBeNull();
    expect(r.p.errors).toEqual([]);
    expect(r.tracker).toEqual({ hooksAttempted: 1, hooksFailed: 0, complete: false });
    expect(r.restoreOutcome).toBe('StuckInFinalizing');
  });
});

describe('rule 29: up-ness per container', () => {
  it.each([
    ['running, no waitForReady', 'running', false, true],
    ['waiting', 'waiting', false, false],
    ['terminated', 'terminated', false, false],
    ['a status with no state', 'none', false, false],
    ['running but not Ready, with waitForReady', 'running', true, false],
    ['running and Ready, with waitForReady', 'ready', true, true],
  ] as const)('%s → up: %s', (_name, s, waitForReady, up) => {
    const { p } = only(
      restore([pod([hook('h', { waitForReady, waitTimeout: ms(10) })], [state(0n, { c1: s })])]),
    );
    expect(p.executions.length).toBe(up ? 1 : 0);
  });

  it('is not up without a status entry, whatever other containers do', () => {
    const { p } = only(
      restore([pod([hook('h', { waitTimeout: ms(10) })], [state(0n, { c2: 'running' })])]),
    );
    expect(p.executions).toEqual([]);
  });

  it('one waitForReady hook makes the whole container wait for Ready, but not other containers', () => {
    const hooks = [
      hook('a'),
      hook('b', { waitForReady: true, hookIndex: 1 }),
      hook('x', { container: 'c2', hookIndex: 2 }),
    ];
    const timeline = [
      state(0n, { c1: 'running', c2: 'running' }),
      state(ms(10), { c1: 'ready', c2: 'running' }),
    ];
    const { p } = only(restore([pod(hooks, timeline)]));
    expect(p.executions.map((e) => [e.hookName, e.atState])).toEqual([
      ['x', 0],
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('rule 30: the first state in which a container is up runs all its hooks', () => {
  it('runs them in order, one after another, and never again', () => {
    const hooks = [hook('a', { hookIndex: 0 }), hook('b', { hookIndex: 1 })];
    const input = restore([
      pod(hooks, [state(0n, { c1: 'running' }), state(sec(9), { c1: 'running' })], {
        results: [result('a', { duration: sec(2) })],
      }),
    ]);
    const { p } = only(input);
    expect(p.executions.map((e) => [e.hookName, e.startedAt, e.endedAt, e.atState])).toEqual([
      ['a', 0n, sec(2), 0],
      ['b', sec(2), sec(2), 0],
    ]);
    expect(p.watchEndsAt).toBe(sec(2));
    expect(p.events.find((e) => e.kind === 'watch-cancelled')).toMatchObject({
      cause: 'all-done',
      rule: 30,
    });
  });

  it('visits containers up in the same state in spec.containers order and marks them orderNotGuaranteed', () => {
    const hooks = [hook('b', { container: 'c2' }), hook('a', { container: 'c1', hookIndex: 1 })];
    const { p } = only(restore([pod(hooks, [state(0n, { c1: 'running', c2: 'running' })])]));
    expect(p.executions.map((e) => [e.hookName, e.orderNotGuaranteed])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(
      p.events.filter((e) => e.kind === 'container-up').every((e) => e.orderNotGuaranteed),
    ).toBe(true);
  });

  it('delivers a state that comes while the handler is busy once it is done', () => {
    const hooks = [hook('a'), hook('b', { container: 'c2', hookIndex: 1 })];
    const timeline = [
      state(0n, { c1: 'running', c2: 'waiting' }),
      state(sec(1), { c1: 'running', c2: 'running' }),
    ];
    const { p } = only(
      restore([pod(hooks, timeline, { results: [result('a', { duration: sec(5) })] })]),
    );
    expect(p.executions.map((e) => [e.hookName, e.startedAt])).toEqual([
      ['a', 0n],
      ['b', sec(5)],
    ]);
  });
});

describe('rule 31: deletion and phase Succeeded/Failed cancel the watch', () => {
  it('cancels on deletion: pending hooks are not executed, context canceled', () => {
    const timeline = [state(0n, { c1: 'waiting' }), state(ms(10), {}, { deleted: true })];
    const { p } = only(restore([pod([hook('h')], timeline)]));
    expect(p.watchEndsAt).toBe(ms(10));
    expect(p.errors).toEqual([
      'hook h in container c1 in pod default/my-pod not executed: context canceled',
    ]);
    expect(p.events.find((e) => e.kind === 'watch-cancelled')).toMatchObject({
      cause: 'deleted',
      rule: 31,
    });
  });

  it.each(['Succeeded', 'Failed'])(
    'checks phase %s before any container, even a running one',
    (phase) => {
      const { p } = only(restore([pod([hook('h')], [state(0n, { c1: 'running' }, { phase })])]));
      expect(p.executions).toEqual([]);
      expect(p.errors).toEqual([
        'hook h in container c1 in pod default/my-pod not executed: context canceled',
      ]);
    },
  );

  it('ignores other phases', () => {
    const { p } = only(
      restore([pod([hook('h')], [state(0n, { c1: 'running' }, { phase: 'Pending' })])]),
    );
    expect(p.executions.length).toBe(1);
  });
});

describe('hook ids', () => {
  it('names the hook of each hook event by its container key and place, even when names repeat', () => {
    const hooks = [
      hook('same', { onError: 'Fail' }),
      hook('same', { hookIndex: 1 }),
      hook('same', { container: 'gone' }),
      hook('other', { container: 'c2', waitTimeout: -sec(1) }),
    ];
    const input = restore([
      pod(hooks, [state(0n, { c1: 'running', c2: 'running' })], {
        results: [result('same', { error: 'exit 1' })],
      }),
    ]);
    const { p } = only(input);
    const ids = p.events.flatMap((e) => ('hookId' in e ? [[e.kind, e.hookId]] : []));
    expect(ids).toEqual([
      ['hook-dropped', 'gone#1'],
      ['hook-started', 'c1#1'],
      ['hook-finished', 'c1#1'],
      ['hook-not-executed', 'c1#2'],
      ['hook-not-executed', 'c2#1'],
    ]);
  });
});
