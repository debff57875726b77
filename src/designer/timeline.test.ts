import { describe, expect, it } from 'vitest';
import type { ScenarioEdit } from '../scenario/edits.ts';
import { readExample } from '../testing/examples.ts';
import { failFirstHook as failFirst } from '../testing/hookOrderingExample.ts';
import { buildDesignerView } from './designerView.ts';

const manifests = readExample('multiple-hooks-ordering', 'manifests.yaml');
const restore = readExample('multiple-hooks-ordering', 'restore.yaml');

/** The timeline buildDesignerView builds (buildTimeline on its simulation run). */
const timeline = (scenarioEdits: ScenarioEdit[] = []) =>
  buildDesignerView({ manifests, restore, scenarioEdits }).timeline!;

describe('buildTimeline', () => {
  it("lays out the docs' example: one lane per container, hooks in order, totals", () => {
    const model = timeline();
    expect(model.totals).toEqual({
      outcome: 'Completed',
      hookStatus: { hooksAttempted: 3, hooksFailed: 0 },
      reason: 'the Restore completes',
    });
    const [pod] = model.pods;
    expect(pod!.lanes.map((l) => l.name)).toEqual(['postgres', 'sidecar']);
    const hooks = pod!.lanes.flatMap((l) => l.hooks);
    expect(hooks.map((h) => [h.id, h.order, h.outcome, h.run?.start, h.run?.end])).toEqual([
      ['postgres#1', 1, 'succeeded', 2000, 3000],
      ['postgres#2', 2, 'succeeded', 3000, 4000],
      ['sidecar#1', 3, 'succeeded', 4000, 5000],
    ]);
    expect(pod!.lanes[0]!.segments.map((s) => [s.from, s.state])).toEqual([
      [0, 'waiting'],
      [2000, 'running'],
      [5000, 'ready'],
    ]);
    // Wait-timeout deadlines: 5m and 6m for the postgres hooks, none for the sidecar's.
    expect(hooks.map((h) => h.deadline)).toEqual([300_000, 360_000, null]);
    expect(pod!.deadline).toBeNull();
    expect(pod!.watchEnd).toBe(5000);
  });

  it('ties every hook event to its hook row, even when the hooks share a name', () => {
    const model = timeline();
    const started = model.events.filter((e) => e.data.kind === 'hook-started');
    expect(started.map((e) => e.hook)).toEqual(['postgres#1', 'postgres#2', 'sidecar#1']);
    expect(model.events.every((e) => e.data.rule >= 26 && e.data.rule <= 38)).toBe(true);
  });

  it('a failing Fail hook cancels the rest: shown as not executed, context canceled', () => {
    const model = timeline([failFirst]);
    const hooks = model.pods[0]!.lanes.flatMap((l) => l.hooks);
    expect(hooks.map((h) => [h.outcome, h.summary])).toEqual([
      ['failed', 'failed: command terminated with exit code 1'],
      ['not-executed', 'not executed: context canceled'],
      ['not-executed', 'not executed: context canceled'],
    ]);
    expect(model.totals).toMatchObject({
      outcome: 'PartiallyFailed',
      hookStatus: { hooksFailed: 3 },
    });
  });

  it('a container that never becomes ready, waited for: expired or not executed', () => {
    const model = timeline([
      { kind: 'container', pod: 'app/db', container: 'postgres', runningAt: null, readyAt: null },
    ]);
    const [postgres, sidecar] = model.pods[0]!.lanes;
    expect(sidecar!.hooks[0]!.outcome).toBe('succeeded');
    // No wait timeout on the sidecar hook: the watch never ends, the postgres hooks never run.
    expect(postgres!.hooks.map((h) => h.summary)).toEqual([
      'never runs: the watch never ends',
      'never runs: the watch never ends',
    ]);
    expect(model.totals.outcome).toBe('StuckInFinalizing');
  });

  it('an expired hook that still runs (Continue) counts as failed', () => {
    const twoHooks = [
      'apiVersion: velero.io/v1',
      'kind: Restore',
      'metadata: {name: r3, namespace: velero}',
      'spec:',
      '  backupName: b3',
      '  hooks:',
      '    resources:',
      '    - name: load',
      '      postHooks:',
      '      - exec: {container: postgres, command: [/bin/load], execTimeout: 1m}',
      '      - exec: {container: postgres, command: [/bin/check], waitTimeout: 10s}',
      '',
    ].join('\n');
    const slow: ScenarioEdit = { ...failFirst, hookName: 'load', error: null, duration: '20s' };
    const model = buildDesignerView({
      manifests,
      restore: twoHooks,
      scenarioEdits: [slow],
    }).timeline!;
    const hooks = model.pods[0]!.lanes[0]!.hooks;
    expect(hooks.map((h) => [h.outcome, h.summary])).toEqual([
      ['succeeded', 'succeeded in 20s'],
      ['expired', 'expired before executing (recorded as failed), then ran in 1s'],
    ]);
    expect(hooks[1]!.expired).toEqual({
      ms: 22_000,
      error: 'hook load in container postgres expired before executing',
    });
    expect(model.totals).toMatchObject({
      outcome: 'PartiallyFailed',
      hookStatus: { hooksFailed: 1 },
    });
  });

  it('axis stops include every event and state time', () => {
    const model = timeline();
    expect(model.stops).toEqual([0, 2000, 3000, 4000, 5000]);
    expect(model.end).toBeGreaterThan(5000);
  });

  it("a scenario's own byContainer: the lanes show the hooks it simulates, tied by id", () => {
    const scenarioText = [
      'byContainer:',
      '  postgres:',
      '  - {hookName: load, container: postgres, command: [/bin/load], onError: Fail}',
      '  - {hookName: load, container: postgres, command: [/bin/check]}',
      '  gone:',
      '  - {hookName: lost, container: gone, command: [/bin/true]}',
      'timeline:',
      '- at: 2s',
      '  containerStatuses: [{name: postgres, state: running, ready: false}]',
      'results: []',
      '',
    ].join('\n');
    const model = buildDesignerView({ manifests, restore, scenarioText }).timeline!;
    const lanes = model.pods[0]!.lanes;
    expect(lanes.map((l) => [l.name, l.missing])).toEqual([
      ['postgres', false],
      ['sidecar', false],
      ['gone', true],
    ]);
    expect(
      lanes.flatMap((l) => l.hooks.map((h) => [h.id, h.hookName, h.outcome, h.order])),
    ).toEqual([
      ['postgres#1', 'load', 'succeeded', 1],
      ['postgres#2', 'load', 'succeeded', 2],
      ['gone#1', 'lost', 'dropped', null],
    ]);
  });

  it("gives each hook's settings in words, unset ones as what they act as on the release", () => {
    const settings = (veleroVersion: string) =>
      buildDesignerView({ manifests, restore, veleroVersion })
        .timeline!.pods[0]!.lanes.flatMap((l) => l.hooks)
        .map((h) => h.settings);
    const unsetWait =
      "waitTimeout unset (never expires: waits as long as the restore's hooks wait)";
    expect(settings('1.18.2')).toEqual([
      { onError: 'onError Fail', execTimeout: 'execTimeout 1m0s', waitTimeout: 'waitTimeout 5m0s' },
      {
        onError: 'onError unset (acts as Continue)',
        execTimeout: 'execTimeout 1m0s',
        waitTimeout: 'waitTimeout 6m0s',
      },
      {
        onError: 'onError unset (acts as Continue)',
        execTimeout: 'execTimeout unset (acts as 30s)',
        waitTimeout: unsetWait,
      },
    ]);
  });

  it("explains a failing hook with onError unset in words, not as Go's ''", () => {
    const second: ScenarioEdit = { ...failFirst, hookIndex: 1 };
    const model = timeline([second]);
    const finished = model.events.filter(
      (e) => e.data.kind === 'hook-finished' && e.data.error !== null,
    );
    expect(finished.map((e) => e.data.explanation)).toEqual([
      'hook restore-hook-1 failed after 1s: command terminated with exit code 1; onError unset (acts as Continue): the next hooks still run, but the failure counts',
    ]);
  });

  it("names each executor call's exec timeout in words, an unset one as the 30s it acts as", () => {
    const started = timeline().events.filter((e) => e.data.kind === 'hook-started');
    expect(started.map((e) => e.data.explanation.replace(/^exec .* \(hook /, ''))).toEqual([
      'restore-hook-1), execTimeout 1m0s',
      'restore-hook-1), execTimeout 1m0s',
      'restore-hook-1), execTimeout unset (acts as 30s)',
    ]);
  });
});
