/**
 * The hook rows of a container lane: each Restore or annotation hook HandleHooks got for the
 * container, filled from the events that carry its id (`simulate/hook.ts` hookId).
 */
import { durationMs, formatDuration } from '../go/duration.ts';
import type { ExecHook } from '../model/types.ts';
import type { SimulationEvent } from '../simulate/events.ts';
import { hookId } from '../simulate/hook.ts';
import { describeHookSettings, type HookSettingWords } from '../simulate/settingWords.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { ContainerLane, HookRow, TimelineEvent, TimelineEventData } from './timelineTypes.ts';

/** The events that fill a hook row: what HandleHooks does with that hook. */
const ROW_EVENTS = new Set<SimulationEvent['kind']>([
  'hook-dropped',
  'hook-expired',
  'hook-started',
  'hook-finished',
  'hook-not-executed',
]);

/** A pod's hook-row events by the hook id they carry, each list in time order. */
export function groupEventsByHook(
  podEvents: readonly TimelineEvent[],
): Map<string, TimelineEvent[]> {
  const byId = new Map<string, TimelineEvent[]>();
  for (const e of podEvents) {
    if (!ROW_EVENTS.has(e.data.kind) || !('hookId' in e.data)) continue;
    const list = byId.get(e.data.hookId);
    if (list) list.push(e);
    else byId.set(e.data.hookId, [e]);
  }
  return byId;
}

/**
 * The rows of one container's hooks, in HandleHooks' order, each with its outcome and summary; ties
 * each row's events to it (`TimelineEvent.hook`). `start`: the pod's start in ms; `version`: the
 * release whose defaults the settings' words give.
 */
export function buildHookRows(
  container: string,
  hooks: readonly ExecHook[],
  byId: ReadonlyMap<string, TimelineEvent[]>,
  start: number,
  version: VeleroVersion,
): HookRow[] {
  return hooks.map((h, i) => {
    const place = { container, position: i + 1, start };
    const row = emptyRow(h, hookId(container, i), place, describeHookSettings(h, version));
    fillRow(row, byId.get(row.id) ?? []);
    row.summary = summarize(row);
    return row;
  });
}

function emptyRow(
  h: ExecHook,
  id: string,
  { container, position, start }: { container: string; position: number; start: number },
  settings: HookSettingWords,
): HookRow {
  const wait = durationMs(h.waitTimeout);
  return {
    id,
    container,
    position,
    hookName: h.hookName,
    hookIndex: h.hookIndex,
    onError: h.onError,
    waitTimeout: formatDuration(h.waitTimeout),
    execTimeout: formatDuration(h.execTimeout),
    waitForReady: h.waitForReady,
    settings,
    deadline: wait > 0 ? start + wait : null,
    order: null,
    run: null,
    expired: null,
    notExecuted: null,
    outcome: 'not-run',
    summary: '',
  };
}

type EventOf<K extends TimelineEventData['kind']> = TimelineEvent & {
  data: Extract<TimelineEventData, { kind: K }>;
};

/**
 * Fills a hook row from the events of its hook, in the order HandleHooks handles one hook: dropped;
 * or expired (not run with onError Fail), then started and finished; or never executed.
 */
function fillRow(h: HookRow, mine: TimelineEvent[]): void {
  for (const e of mine) e.hook = h.id;
  const find = <K extends TimelineEventData['kind']>(kind: K) =>
    mine.find((e): e is EventOf<K> => e.data.kind === kind);
  if (find('hook-dropped')) {
    h.outcome = 'dropped';
    return;
  }
  const expired = find('hook-expired');
  if (expired) {
    h.expired = { ms: expired.ms, error: expired.data.error };
    h.outcome = 'expired';
    if (expired.data.onError === 'Fail') return;
  }
  const started = find('hook-started');
  if (started) {
    const finished = find('hook-finished');
    const error = finished ? finished.data.error : null;
    h.run = {
      start: started.ms,
      end: finished ? finished.ms : started.ms,
      took: finished ? finished.data.took : '0s',
      error,
    };
    if (error !== null) h.outcome = finished?.data.timedOut ? 'timed-out' : 'failed';
    else if (!expired) h.outcome = 'succeeded';
    return;
  }
  const skipped = find('hook-not-executed');
  if (skipped) {
    h.notExecuted = { ms: skipped.ms, reason: skipped.data.reason, error: skipped.data.error };
    h.outcome = 'not-executed';
  }
}

/** Numbers the pod's executor calls in the order they happen. */
export function numberRuns(lanes: ContainerLane[], podEvents: TimelineEvent[]): void {
  const rows = new Map(lanes.flatMap((l) => l.hooks.map((h) => [h.id, h] as const)));
  let order = 0;
  for (const e of podEvents) {
    if (e.data.kind !== 'hook-started' || e.hook === null) continue;
    const row = rows.get(e.hook);
    if (row) row.order = ++order;
  }
}

function summarize(h: HookRow): string {
  const expired = h.expired ? 'expired before executing (recorded as failed), ' : '';
  switch (h.outcome) {
    case 'succeeded':
      return `succeeded in ${h.run?.took ?? '0s'}`;
    case 'failed':
      return `${expired}failed: ${h.run?.error ?? ''}`;
    case 'timed-out':
      return `${expired}${h.run?.error ?? 'timed out'} (the command is not killed)`;
    case 'expired':
      return h.run
        ? `expired before executing (recorded as failed), then ran in ${h.run.took}`
        : 'expired before executing: not run (onError Fail)';
    case 'not-executed':
      return `not executed: ${h.notExecuted?.reason ?? ''}`;
    case 'dropped':
      return 'dropped: not in spec.containers, never recorded';
    case 'not-run':
      return 'never runs: the watch never ends';
  }
}
