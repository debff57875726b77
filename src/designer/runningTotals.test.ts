import { describe, expect, it } from 'vitest';
import type { ScenarioEdit } from '../scenario/edits.ts';
import { readExample } from '../testing/examples.ts';
import { failFirstHook as failFirst } from '../testing/hookOrderingExample.ts';
import { buildDesignerView } from './designerView.ts';
import { getRestorePhase } from './runningTotals.ts';

const manifests = readExample('multiple-hooks-ordering', 'manifests.yaml');
const restore = readExample('multiple-hooks-ordering', 'restore.yaml');

const view = (veleroVersion: string, scenarioEdits: ScenarioEdit[] = []) =>
  buildDesignerView({ manifests, restore, veleroVersion, scenarioEdits });

/** Per event: its time, kind, the phase then and the tracker's counts (or null). */
const running = (veleroVersion: string, scenarioEdits: ScenarioEdit[] = []) => {
  const model = view(veleroVersion, scenarioEdits).timeline!;
  return model.events.map((e, i) => {
    const t = model.totalsAt[i]!;
    const counts = t.hookStatus && [t.hookStatus.hooksAttempted, t.hookStatus.hooksFailed];
    return [e.data.at, e.data.kind, t.phase, counts, t.final];
  });
};

const FINALIZING =
  'every item is restored: the Restore waits in Finalizing until the hook tracker has a record of every hook';

/**
 * The events of the run where the first hook fails (the same on both releases), whether each is
 * final, and the phase and [HooksAttempted, HooksFailed] then on 1.18.2 and on 1.13.0.
 */
const FAIL_FIRST = [
  ['0s', 'watch-start', false, 'InProgress', [3, 0], 'InProgress', [0, 0]],
  ['0s', 'state-delivered', false, 'InProgress', [3, 0], 'InProgress', [0, 0]],
  ['2s', 'state-delivered', false, 'Finalizing', [3, 0], 'InProgress', [0, 0]],
  ['2s', 'container-up', false, 'Finalizing', [3, 0], 'InProgress', [0, 0]],
  ['2s', 'hook-started', false, 'Finalizing', [3, 0], 'InProgress', [0, 0]],
  ['3s', 'hook-finished', false, 'Finalizing', [3, 1], 'InProgress', [1, 1]],
  ['3s', 'watch-cancelled', false, 'Finalizing', [3, 1], 'InProgress', [1, 1]],
  ['3s', 'hook-not-executed', false, 'Finalizing', [3, 2], 'InProgress', [1, 1]],
  ['3s', 'hook-not-executed', false, 'Finalizing', [3, 3], 'InProgress', [2, 2]],
  ['3s', 'watch-end', false, 'Finalizing', [3, 3], 'InProgress', [2, 2]],
  ['3s', 'restore-finalized', true, 'PartiallyFailed', [3, 3], 'PartiallyFailed', [2, 2]],
] as const;

describe('buildRunningTotals', () => {
  it('1.18.2, a Fail hook fails: every hook added at the start, failures counted as recorded', () => {
    expect(running('1.18.2', [failFirst])).toEqual(
      FAIL_FIRST.map(([at, kind, final, phase, counts]) => [at, kind, phase, counts, final]),
    );
  });

  it('says why the Restore is in each phase, and ends with the final reason', () => {
    const model = view('1.18.2').timeline!;
    const reasons = model.totalsAt.map((t) => t.reason);
    expect(reasons[0]).toBe(
      'Velero is still creating the restored items; the exec hooks run beside it',
    );
    expect(reasons[2]).toBe(FINALIZING);
    expect(reasons.at(-1)).toBe('the Restore completes');
    expect(model.totalsAt.at(-1)).toEqual({
      phase: 'Completed',
      hookStatus: { hooksAttempted: 3, hooksFailed: 0 },
      reason: 'the Restore completes',
      final: true,
    });
    expect(model.totalsAt.filter((t) => t.final)).toHaveLength(1);
    expect(model.totalsAt).toHaveLength(model.events.length);
  });

  it('main bounds the Finalizing wait with --resource-timeout, and says so', () => {
    const model = view('main').timeline!;
    expect(model.totalsAt[2]).toEqual({
      phase: 'Finalizing',
      hookStatus: { hooksAttempted: 3, hooksFailed: 0 },
      reason: `${FINALIZING}, or --resource-timeout passes`,
      final: false,
    });
  });

  it('1.13.0: InProgress throughout, and HooksAttempted counts only recorded hooks (one key for both restore-hook-1)', () => {
    expect(running('1.13.0', [failFirst])).toEqual(
      FAIL_FIRST.map(([at, kind, final, , , phase, counts]) => [at, kind, phase, counts, final]),
    );
    expect(view('1.13.0').timeline!.totalsAt[0]!.reason).toBe(
      'Velero 1.13.0 waits for the exec hooks inside the restore: the Restore is InProgress until they are done',
    );
  });

  it('1.12.4 has no tracker: no counts at any event', () => {
    const rows = running('1.12.4', [failFirst]);
    expect(rows.map((r) => r[3])).toEqual(rows.map(() => null));
    expect(rows.map((r) => r[2])).toEqual([
      ...rows.slice(1).map(() => 'InProgress'),
      'PartiallyFailed',
    ]);
  });

  it('a stuck Restore stays in Finalizing at its last event, with no hook lines', () => {
    const never: ScenarioEdit = {
      kind: 'container',
      pod: 'app/db',
      container: 'sidecar',
      runningAt: null,
      readyAt: null,
    };
    const model = view('1.18.2', [never]).timeline!;
    expect(model.totalsAt.at(-2)).toMatchObject({
      phase: 'Finalizing',
      hookStatus: { hooksAttempted: 3, hooksFailed: 0 },
      final: false,
    });
    expect(model.totalsAt.at(-1)).toMatchObject({
      phase: 'Finalizing',
      hookStatus: null,
      final: true,
    });
  });

  it('adds a pod’s hooks when the pod is created: HooksAttempted grows with the second pod', () => {
    const twoPods = `${manifests}\n---\n${manifests.replace('name: db', 'name: db2')}`;
    const scenarioText = [
      'pods:',
      '- namespace: app',
      '  name: db',
      '  timeline:',
      '  - {at: 0s, containerStatuses: [{name: postgres, state: running}, {name: sidecar, state: running}]}',
      '- namespace: app',
      '  name: db2',
      '  startAt: 10s',
      '  timeline:',
      '  - {at: 2s, containerStatuses: [{name: postgres, state: running}, {name: sidecar, state: running}]}',
      '',
    ].join('\n');
    const model = buildDesignerView({ manifests: twoPods, restore, scenarioText }).timeline!;
    const starts = model.events.flatMap((e, i) =>
      e.data.kind === 'watch-start' ? [[e.data.at, e.pod, model.totalsAt[i]!.hookStatus]] : [],
    );
    expect(starts).toEqual([
      ['0s', 'app/db', { hooksAttempted: 3, hooksFailed: 0 }],
      ['10s', 'app/db2', { hooksAttempted: 6, hooksFailed: 0 }],
    ]);
    // Finalizing only once the last pod is created (at 10s), until the end at 12s.
    const phases = model.events.map((e, i) => `${e.data.at} ${model.totalsAt[i]!.phase}`);
    expect([...new Set(phases)]).toEqual([
      '0s InProgress',
      '10s InProgress',
      '12s Finalizing',
      '12s Completed',
    ]);
  });

  it.each(['1.13.0', '1.16.2', '1.17.2', '1.18.2', 'main'])(
    'replays the simulated tracker exactly on %s: the counts before the end are its Stat',
    (version) => {
      for (const edits of [[], [failFirst]]) {
        const v = view(version, edits);
        const { hooksAttempted, hooksFailed } = v.simulation!.tracker!;
        expect(v.timeline!.totalsAt.at(-2)!.hookStatus).toEqual({ hooksAttempted, hooksFailed });
      }
    },
  );
});

describe('getRestorePhase', () => {
  it.each([
    ['Completed', 'Completed'],
    ['PartiallyFailed', 'PartiallyFailed'],
    ['StuckInFinalizing', 'Finalizing'],
    ['StuckInProgress', 'InProgress'],
  ] as const)('%s is printed as %s', (outcome, phase) => {
    expect(getRestorePhase(outcome)).toBe(phase);
  });
});
