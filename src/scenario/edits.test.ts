import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { buildDefaultScenario } from './defaultScenario.ts';
import { buildSimulationInput } from './simulationInput.ts';
import {
  applyScenarioEdits,
  upsertScenarioEdit,
  type HookEdit,
  type ScenarioEdit,
} from './edits.ts';
import { simulateRestore } from '../simulate/simulate.ts';
import { readExample } from '../testing/examples.ts';
import { sec } from '../testing/simulation.ts';

const example = (file: string) => readExample('multiple-hooks-ordering', file);

/** The docs' multiple-hooks example: pod app/db, postgres (2 hooks, the first Fail) and sidecar. */
const plan = analyze({
  manifests: [{ name: 'manifests.yaml', text: example('manifests.yaml') }],
  restore: { name: 'restore.yaml', text: example('restore.yaml') },
}).plan;

const run = (edits: ScenarioEdit[]) => {
  const scenario = applyScenarioEdits(buildDefaultScenario(plan), plan, edits);
  const built = buildSimulationInput(scenario, plan);
  return { scenario, result: simulateRestore(built.input!) };
};

const hook = (index: number, over: Partial<HookEdit> = {}): HookEdit => ({
  kind: 'hook',
  pod: 'app/db',
  container: index < 2 ? 'postgres' : 'sidecar',
  hookName: 'restore-hook-1',
  hookIndex: index,
  duration: '1s',
  error: null,
  ...over,
});

describe('applyScenarioEdits', () => {
  it('returns the default scenario unchanged without edits: every hook succeeds in 1s', () => {
    const base = buildDefaultScenario(plan);
    expect(applyScenarioEdits(base, plan, [])).toBe(base);
    const { result } = run([]);
    expect(result.pods[0]!.executions.map((e) => [e.container, e.startedAt, e.endedAt])).toEqual([
      ['postgres', sec(2), sec(3)],
      ['postgres', sec(3), sec(4)],
      ['sidecar', sec(4), sec(5)],
    ]);
    expect(result.tracker).toEqual({ hooksAttempted: 3, hooksFailed: 0, complete: true });
    expect(result.restoreOutcome).toBe('Completed');
  });

  it('a failing Fail hook cancels the rest: not executed, context canceled (rules 34, 35)', () => {
    const { result } = run([hook(0, { error: 'command terminated with exit code 1' })]);
    const pod = result.pods[0]!;
    expect(pod.executions.map((e) => e.hookIndex)).toEqual([0]);
    expect(pod.errors).toEqual([
      'hook restore-hook-1 in container postgres failed to execute, err: command terminated with exit code 1',
      'hook restore-hook-1 in container postgres in pod app/db not executed: context canceled',
      'hook restore-hook-1 in container sidecar in pod app/db not executed: context canceled',
    ]);
    expect(result.tracker).toEqual({ hooksAttempted: 3, hooksFailed: 3, complete: true });
    expect(result.restoreOutcome).toBe('PartiallyFailed');
  });

  it('a failing Continue hook lets the rest run, and still makes the Restore PartiallyFailed', () => {
    const { result } = run([hook(1, { error: 'boom', duration: '10s' })]);
    expect(result.pods[0]!.executions.map((e) => [e.hookIndex, e.endedAt, e.error])).toEqual([
      [0, sec(3), undefined],
      [1, sec(13), 'boom'],
      [2, sec(14), undefined],
    ]);
    expect(result.tracker?.hooksFailed).toBe(1);
    expect(result.restoreOutcome).toBe('PartiallyFailed');
  });

  it('per-container timing: sidecar first, postgres later; states at every change', () => {
    const { scenario, result } = run([
      { kind: 'container', pod: 'app/db', container: 'postgres', runningAt: '30s', readyAt: '40s' },
      { kind: 'container', pod: 'app/db', container: 'sidecar', runningAt: '1s', readyAt: '500ms' },
    ]);
    expect(scenario.pods[0]!.timeline.map((s) => [s.at, s.phase, s.containerStatuses])).toEqual([
      [
        0n,
        'Pending',
        [
          { name: 'postgres', state: 'waiting', ready: false },
          { name: 'sidecar', state: 'waiting', ready: false },
        ],
      ],
      [
        sec(1),
        'Running',
        [
          { name: 'postgres', state: 'waiting', ready: false },
          // Ready before running is read as Ready when it starts running.
          { name: 'sidecar', state: 'running', ready: true },
        ],
      ],
      [
        sec(30),
        'Running',
        [
          { name: 'postgres', state: 'running', ready: false },
          { name: 'sidecar', state: 'running', ready: true },
        ],
      ],
      [
        sec(40),
        'Running',
        [
          { name: 'postgres', state: 'running', ready: true },
          { name: 'sidecar', state: 'running', ready: true },
        ],
      ],
    ]);
    expect(result.pods[0]!.executions.map((e) => [e.container, e.startedAt])).toEqual([
      ['sidecar', sec(1)],
      ['postgres', sec(30)],
      ['postgres', sec(31)],
    ]);
  });

  it('a container that never runs: the watch has no deadline, the Restore stays in Finalizing', () => {
    const { result } = run([
      { kind: 'container', pod: 'app/db', container: 'sidecar', runningAt: null, readyAt: null },
    ]);
    expect(result.pods[0]!.watchEndsAt).toBeNull();
    expect(result.restoreOutcome).toBe('StuckInFinalizing');
  });

  it('a pod deleted before its containers run: every hook is not executed (rule 31)', () => {
    const { scenario, result } = run([{ kind: 'pod', pod: 'app/db', deletedAt: '1s' }]);
    expect(scenario.pods[0]!.timeline.map((s) => [s.at, s.deleted])).toEqual([
      [0n, false],
      [sec(1), true],
    ]);
    expect(result.pods[0]!.errors.every((e) => e.endsWith('not executed: context canceled'))).toBe(
      true,
    );
    expect(result.tracker?.hooksFailed).toBe(3);
  });

  it('ignores stale edits and unparseable durations (defaults apply)', () => {
    const { result } = run([
      { kind: 'container', pod: 'gone/pod', container: 'x', runningAt: '1s', readyAt: '1s' },
      { kind: 'container', pod: 'app/db', container: 'postgres', runningAt: 'soon', readyAt: '1d' },
      hook(7, { duration: 'forever' }),
    ]);
    expect(result.pods[0]!.executions.map((e) => e.startedAt)).toEqual([sec(2), sec(3), sec(4)]);
  });

  it('skips malformed edits (they may come from an old autosave or a hand-made link)', () => {
    const junk = [
      null,
      3,
      { kind: 'hook', pod: 'app/db' },
      { kind: 'pod', pod: 'app/db', deletedAt: 5 },
    ];
    const base = buildDefaultScenario(plan);
    expect(applyScenarioEdits(base, plan, junk as unknown as ScenarioEdit[])).toBe(base);
  });

  it('a hook that outlasts its exec timeout times out (rule 33)', () => {
    const { result } = run([hook(0, { duration: '2m' })]);
    expect(result.pods[0]!.executions[0]!.error).toBe('timed out after 1m0s');
  });
});

describe('upsertScenarioEdit', () => {
  it('replaces the edit of the same target and appends others', () => {
    const a = hook(0, { duration: '2s' });
    const b = hook(1);
    const c: ScenarioEdit = { kind: 'pod', pod: 'app/db', deletedAt: '3s' };
    let edits = upsertScenarioEdit([], a);
    edits = upsertScenarioEdit(edits, b);
    edits = upsertScenarioEdit(edits, c);
    edits = upsertScenarioEdit(edits, hook(0, { duration: '9s' }));
    edits = upsertScenarioEdit(edits, { kind: 'pod', pod: 'app/db', deletedAt: null });
    expect(edits).toEqual([
      hook(0, { duration: '9s' }),
      b,
      { kind: 'pod', pod: 'app/db', deletedAt: null },
    ]);
  });
});
