import { describe, expect, it } from 'vitest';
import { simulateRestore } from './simulate.ts';
import { hook, ms, pod, restore, result, sec, state } from '../testing/simulation.ts';
import type { SimulationInput } from './types.ts';

const only = (input: SimulationInput) => {
  const r = simulateRestore(input);
  return { ...r, p: r.pods[0]! };
};
const running = [state(0n, { c1: 'running', c2: 'running' })];

describe('rule 32: per-hook wait timeout', () => {
  it('reports an expired hook, records it failed, and still runs it unless onError is Fail', () => {
    const hooks = [
      hook('a', { waitTimeout: sec(60), execTimeout: sec(60) }),
      hook('b', { hookIndex: 1, waitTimeout: sec(30), onError: 'Continue' }),
    ];
    const r = only(
      restore([pod(hooks, running, { results: [result('a', { duration: sec(40) })] })]),
    );
    expect(r.p.executions.map((e) => e.hookName)).toEqual(['a', 'b']);
    expect(r.p.errors).toEqual(['hook b in container c1 expired before executing']);
    expect(r.tracker).toEqual({ hooksAttempted: 2, hooksFailed: 1, complete: true });
    expect(r.p.events.find((e) => e.kind === 'hook-expired')).toMatchObject({
      rule: 32,
      elapsed: sec(40),
      waitTimeout: sec(30),
    });
  });

  it('with onError Fail does not run the hook, cancels the watch, and leaves the rest not executed', () => {
    const hooks = [
      hook('a', { waitTimeout: ms(10), onError: 'Fail' }),
      hook('b', { hookIndex: 1, waitTimeout: sec(60) }),
    ];
    const r = only(
      restore([pod(hooks, [state(0n, { c1: 'waiting' }), state(ms(50), { c1: 'running' })])]),
    );
    expect(r.p.executions).toEqual([]);
    expect(r.p.watchEndsAt).toBe(ms(50));
    expect(r.p.errors).toEqual([
      'hook a in container c1 expired before executing',
      'hook b in container c1 in pod default/my-pod not executed: context canceled',
    ]);
    expect(r.tracker).toEqual({ hooksAttempted: 2, hooksFailed: 2, complete: true });
  });

  it('treats a negative waitTimeout as always expired', () => {
    const r = only(restore([pod([hook('a', { waitTimeout: -sec(1) })], running)]));
    expect(r.p.maxWait).toBe(0n);
    expect(r.p.errors).toEqual(['hook a in container c1 expired before executing']);
    expect(r.p.executions.length).toBe(1);
  });

  it('is not expired at exactly its waitTimeout (Go compares with >)', () => {
    const hooks = [
      hook('a', { waitTimeout: ms(10) }),
      hook('x', { container: 'c2', hookIndex: 1, waitTimeout: ms(20) }),
    ];
    const r = only(
      restore([pod(hooks, [state(0n, { c1: 'waiting' }), state(ms(10), { c1: 'running' })])]),
    );
    expect(r.p.executions.map((e) => e.hookName)).toEqual(['a']);
    expect(r.p.errors).toEqual([
      'hook x in container c2 in pod default/my-pod not executed: context deadline exceeded',
    ]);
  });

  it('counts an expired hook as failed even when it then succeeds (first record wins)', () => {
    const r = only(restore([pod([hook('a', { waitTimeout: -1n })], running)]));
    expect(r.tracker?.hooksFailed).toBe(1);
    expect(r.restoreOutcome).toBe('PartiallyFailed');
  });
});

describe('rule 33: the executor', () => {
  it.each([
    [
      'an empty command is refused without running',
      hook('a', { command: [] }),
      [],
      'command is required',
      0n,
    ],
    [
      'an empty hook name is refused (ExecutePodCommand checks it first)',
      hook('', {}),
      [],
      'hookName is required',
      0n,
    ],
    [
      '0s means the 30s default timeout',
      hook('a'),
      [result('a', { duration: sec(31) })],
      'timed out after 30s',
      sec(30),
    ],
    [
      'the timeout is printed in Go format',
      hook('a', { execTimeout: sec(60) }),
      [result('a', { duration: sec(120) })],
      'timed out after 1m0s',
      sec(60),
    ],
    [
      'a call taking exactly the timeout succeeds',
      hook('a', { execTimeout: sec(1) }),
      [result('a', { duration: sec(1) })],
      undefined,
      sec(1),
    ],
    [
      'a negative timeout sets no timer',
      hook('a', { execTimeout: -sec(1) }),
      [result('a', { duration: sec(99) })],
      undefined,
      sec(99),
    ],
    [
      'the command result error is returned',
      hook('a'),
      [result('a', { error: 'exit 1', duration: ms(5) })],
      'exit 1',
      ms(5),
    ],
  ])('%s', (_name, h, results, error, took) => {
    const r = only(restore([pod([h], running, { results })]));
    const e = r.p.executions[0]!;
    expect(e.error).toBe(error);
    expect(e.endedAt - e.startedAt).toBe(took);
    expect(e.timeout).toBe(h.execTimeout);
  });

  it('passes the hook fields and the state index to the executor', () => {
    const h = hook('a', {
      hookSource: 'annotation',
      hookName: '<from-annotation>',
      onError: 'Continue',
      execTimeout: sec(1),
    });
    const r = only(
      restore([pod([h], [state(0n, { c1: 'waiting' }), state(ms(1), { c1: 'running' })])]),
    );
    expect(r.p.executions[0]).toMatchObject({
      hookName: '<from-annotation>',
      container: 'c1',
      command: ['/bin/a'],
      onError: 'Continue',
      timeout: sec(1),
      atState: 1,
    });
  });

  it('uses each result once, first match first, matching every given key', () => {
    const hooks = [
      hook('a'),
      hook('a', { hookIndex: 1 }),
      hook('a', { hookIndex: 2, command: ['x'] }),
    ];
    const results = [
      result('a', { command: ['x'], error: 'third' }),
      result('a', { error: 'first' }),
      result('a', { hookIndex: 1, error: 'second' }),
    ];
    const r = only(restore([pod(hooks, running, { results })]));
    expect(r.p.executions.map((e) => e.error)).toEqual(['first', 'second', 'third']);
  });
  it('refuses a hook whose own container is not in the pod, and defaults an empty one', () => {
    const byContainer = new Map([
      ['c1', [hook('a', { container: 'zz' }), hook('b', { container: '', hookIndex: 1 })]],
    ]);
    const r = only(restore([pod([], running, { byContainer })]));
    expect(r.p.executions.map((e) => e.error)).toEqual(['no such container: "zz"', undefined]);
  });
});

describe('rule 34: failure handling', () => {
  it('adds "failed to execute" and, with Continue or \'\', runs the remaining hooks', () => {
    const hooks = [
      hook('a', { onError: 'Continue' }),
      hook('b', { hookIndex: 1 }),
      hook('c', { hookIndex: 2, onError: '' }),
    ];
    const results = [result('a', { error: 'boom' }), result('b', { error: 'bang' })];
    const r = only(restore([pod(hooks, running, { results })]));
    expect(r.p.executions.map((e) => e.hookName)).toEqual(['a', 'b', 'c']);
    expect(r.p.errors).toEqual([
      'hook a in container c1 failed to execute, err: boom',
      'hook b in container c1 failed to execute, err: bang',
    ]);
    expect(r.tracker).toEqual({ hooksAttempted: 3, hooksFailed: 2, complete: true });
  });

  it('with Fail stops the container and every other container', () => {
    const hooks = [
      hook('a', { onError: 'Fail' }),
      hook('b', { hookIndex: 1 }),
      hook('x', { container: 'c2', hookIndex: 2 }),
    ];
    const timeline = [
      state(0n, { c1: 'running', c2: 'waiting' }),
      state(sec(1), { c1: 'running', c2: 'running' }),
    ];
    const r = only(
      restore([
        pod(hooks, timeline, { results: [result('a', { error: 'boom', duration: ms(3) })] }),
      ]),
    );
    expect(r.p.executions.map((e) => e.hookName)).toEqual(['a']);
    expect(r.p.watchEndsAt).toBe(ms(3));
    expect(r.p.errors).toEqual([
      'hook a in container c1 failed to execute, err: boom',
      'hook b in container c1 in pod default/my-pod not executed: context canceled',
      'hook x in container c2 in pod default/my-pod not executed: context canceled',
    ]);
    expect(r.p.errorsOrderNotGuaranteed).toBe(true);
  });
});

describe('rule 35: unexecuted hooks at the end of the watch', () => {
  it('uses the reason that ended the context first: the deadline passes while a hook runs', () => {
    const hooks = [
      hook('a', { waitTimeout: sec(1), onError: 'Fail' }),
      hook('b', { hookIndex: 1, waitTimeout: sec(1) }),
    ];
    const r = only(
      restore([
        pod(hooks, running, { results: [result('a', { error: 'late', duration: sec(5) })] }),
      ]),
    );
    expect(r.p.watchEndsAt).toBe(sec(5));
    expect(r.p.contextEnd).toBe('context deadline exceeded');
    expect(r.p.errors[1]).toBe(
      'hook b in container c1 in pod default/my-pod not executed: context deadline exceeded',
    );
  });

  it('reports unexecuted hooks with the target namespace of the created pod', () => {
    const r = only(
      restore([
        pod([hook('a', { waitTimeout: ms(1) })], [], { namespace: 'src', targetNamespace: 'dst' }),
      ]),
    );
    expect(r.p.errors).toEqual([
      'hook a in container c1 in pod dst/my-pod not executed: context deadline exceeded',
    ]);
    expect(r.p.namespace).toBe('src');
    expect(r.p.events.find((e) => e.kind === 'hook-not-executed')?.rule).toBe(35);
  });

  it('marks unexecuted hooks of several containers as map order', () => {
    const hooks = [
      hook('a', { waitTimeout: ms(1) }),
      hook('b', { container: 'c2', waitTimeout: ms(1) }),
    ];
    const r = only(restore([pod(hooks, [])]));
    expect(r.p.errorsOrderNotGuaranteed).toBe(true);
    expect(
      r.p.events.filter((e) => e.kind === 'hook-not-executed').every((e) => e.orderNotGuaranteed),
    ).toBe(true);
  });
});
