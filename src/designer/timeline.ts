/**
 * The timeline the Timeline tab draws, built from one simulation run: a lane per container with
 * its state segments and hook rows, every event tied to the hook it is about by the id the
 * simulator recorded, the axis stops and the totals. Times are numbers in ms; the page only draws.
 */
import { durationMs, formatDuration } from '../go/duration.ts';
import { jsonify } from '../simulate/simulationJson.ts';
import type { PodSimulation, PodSnapshot, SimulationPodInput } from '../simulate/types.ts';
import type { Plan } from '../velero/plan.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { buildHookRows, groupEventsByHook, numberRuns } from './hookRows.ts';
import { buildRunningTotals } from './runningTotals.ts';
import type {
  ContainerLane,
  LaneState,
  PodTimeline,
  SimulationRun,
  StateSegment,
  Timeline,
  TimelineEvent,
} from './timelineTypes.ts';

export type * from './timelineTypes.ts';

/**
 * Builds the timeline of a simulation run: per simulated pod a lane per container (spec.containers,
 * then containers only hooks name) with the hooks of HandleHooks' input, each filled from the events
 * that carry its id, and the totals as they stand after each event. `plan` says why a pod Velero does not create is not restored; `notes` (the
 * scenario's problems) come before the run's warnings.
 */
export function buildTimeline(
  run: SimulationRun,
  plan: Plan,
  notes: readonly string[] = [],
): Timeline {
  const { input, result } = run;
  const events: TimelineEvent[] = result.events.map((e, index) => ({
    index,
    ms: durationMs(e.at),
    pod: e.pod === null ? null : `${e.namespace ?? ''}/${e.pod}`,
    data: jsonify(e),
    hook: null,
  }));
  const { stops, end } = axisOf(events, input.pods);
  // Grouped once: a restore of 2,000 pods has thousands of events, and each pod needs its own.
  const eventsByPod = groupByPod(events);
  // A pod whose init step fails says Velero's error; one Velero skips says only that.
  const initErrors = new Map(
    plan.pods.map((p) => [
      `${p.target.namespace}/${p.target.name}`,
      p.init.kind === 'error' ? p.init.message : null,
    ]),
  );
  const pods = result.pods.map((sp, i) => {
    const key = `${sp.namespace}/${sp.name}`;
    const podInput = input.pods[i]!;
    const notRestored = initErrors.get(key) ?? 'not restored';
    const mine = eventsByPod.get(key) ?? [];
    return buildPod(key, sp, podInput, mine, end, notRestored, input.version);
  });
  return {
    restoreName: result.restoreName,
    veleroVersion: result.veleroVersion,
    pods,
    events,
    totals: {
      outcome: result.restoreOutcome,
      hookStatus: result.hookStatus,
      reason: result.outcomeReason,
    },
    totalsAt: buildRunningTotals(run),
    stops,
    end,
    warnings: [...notes, ...run.warnings],
  };
}

/** Every time worth a tick (events, scenario states), sorted and unique, and the axis' end. */
function axisOf(
  events: readonly TimelineEvent[],
  pods: readonly SimulationPodInput[],
): { stops: number[]; end: number } {
  const stops = new Set<number>([0]);
  for (const e of events) stops.add(e.ms);
  for (const p of pods) {
    const start = durationMs(p.startAt);
    for (const state of p.timeline) stops.add(start + durationMs(state.at));
  }
  const sorted = [...stops].sort((a, b) => a - b);
  const last = sorted[sorted.length - 1] ?? 0;
  return { stops: sorted, end: last === 0 ? 1000 : last * 1.08 };
}

function groupByPod(events: readonly TimelineEvent[]): Map<string | null, TimelineEvent[]> {
  const byPod = new Map<string | null, TimelineEvent[]>();
  for (const e of events) {
    const list = byPod.get(e.pod);
    if (list) list.push(e);
    else byPod.set(e.pod, [e]);
  }
  return byPod;
}

/** `mine`: the pod's events, in order; `notRestored`: what the pod says when it is not created. */
function buildPod(
  key: string,
  sp: PodSimulation,
  input: SimulationPodInput,
  mine: TimelineEvent[],
  end: number,
  notRestored: string,
  version: VeleroVersion,
): PodTimeline {
  const start = durationMs(sp.startAt);
  const deleted = input.timeline.find((s) => s.deleted);
  const maxWait = sp.maxWait === null ? null : durationMs(sp.maxWait);
  const containers = [...input.containers];
  for (const c of input.byContainer.keys()) if (!containers.includes(c)) containers.push(c);
  const byId = groupEventsByHook(mine);
  const lanes = containers.map((name) => {
    const missing = !input.containers.includes(name);
    return buildLane(name, input, mine, byId, { start, end, missing, version });
  });
  numberRuns(lanes, mine);
  const notCreated = mine.some((e) => e.data.kind === 'pod-not-restored');
  if (notCreated) {
    for (const h of lanes.flatMap((l) => l.hooks))
      h.summary = 'never runs: the pod is not restored';
  }
  return {
    key,
    start,
    deadline: maxWait !== null && maxWait > 0 ? start + maxWait : null,
    maxWait: sp.maxWait === null ? null : formatDuration(sp.maxWait),
    watchEnd: sp.watchEndsAt === null ? null : start + durationMs(sp.watchEndsAt),
    contextEnd: sp.contextEnd,
    deletedAt: deleted ? start + durationMs(deleted.at) : null,
    notRestored: notCreated ? notRestored : null,
    lanes,
    errors: sp.errors,
  };
}

function buildLane(
  name: string,
  input: SimulationPodInput,
  podEvents: TimelineEvent[],
  byId: ReadonlyMap<string, TimelineEvent[]>,
  at: { start: number; end: number; missing: boolean; version: VeleroVersion },
): ContainerLane {
  const { start, end, missing } = at;
  const specs = input.byContainer.get(name) ?? [];
  const hooks = buildHookRows(name, specs, byId, start, at.version);
  const up = podEvents.find((e) => e.data.kind === 'container-up' && e.data.container === name);
  return {
    name,
    missing,
    segments: segmentsOf(name, input.timeline, start, end),
    hooks,
    upAt: up ? up.ms : null,
    waitsForReady: specs.some((h) => h.waitForReady),
  };
}

/** The container's state between the scenario's snapshots, merged where it does not change. */
function segmentsOf(
  name: string,
  states: readonly PodSnapshot[],
  start: number,
  end: number,
): StateSegment[] {
  const out: StateSegment[] = [];
  let deleted = false;
  states.forEach((s, i) => {
    if (deleted) return;
    const from = start + durationMs(s.at);
    const next = states[i + 1];
    const to = next ? start + durationMs(next.at) : end;
    const status = s.containerStatuses.find((c) => c.name === name);
    let state: LaneState = !status ? 'none' : status.ready ? 'ready' : status.state;
    if (s.deleted) {
      state = 'deleted';
      deleted = true;
    }
    const until = deleted ? end : to;
    const prev = out[out.length - 1];
    if (prev && prev.state === state && prev.to === from) prev.to = until;
    else if (until > from || s.deleted) out.push({ from, to: until, state });
  });
  return out;
}
