import {
  parseDuration,
  type DesignerView,
  type PodView,
  type SimulationJson,
} from '../../../src/index.ts';

/** One event of the simulation's teaching log, with its time in ms. */
export type SimulationEventJson = SimulationJson['events'][number];

export interface TimelineEvent {
  index: number;
  ms: number;
  /** The pod's key (backup namespace/name), or null for restore-wide events. */
  pod: string | null;
  data: SimulationEventJson;
  /** The hook row this event is about (`HookRow.id`), if any. */
  hook: string | null;
}

export type ContainerState = 'waiting' | 'running' | 'ready' | 'terminated' | 'none' | 'deleted';

export interface StateSegment {
  from: number;
  to: number;
  state: ContainerState;
}

export type HookOutcome =
  'succeeded' | 'failed' | 'timed-out' | 'expired' | 'not-executed' | 'dropped' | 'not-run';

export interface HookRow {
  /** Unique in the pod: `container#position`. */
  id: string;
  container: string;
  /** 1-based position in the container's hooks (the order Velero runs them). */
  position: number;
  hookName: string;
  hookIndex: number;
  onError: string;
  waitTimeout: string;
  execTimeout: string;
  waitForReady: boolean;
  /** Absolute ms of the hook's wait-timeout deadline (pod start + waitTimeout), when it has one. */
  deadline: number | null;
  /** 1-based order among the pod's executor calls. */
  order: number | null;
  run: { start: number; end: number; took: string; error: string | null } | null;
  expired: { ms: number; error: string } | null;
  notExecuted: { ms: number; reason: string; error: string } | null;
  outcome: HookOutcome;
  /** One line: what happened to this hook. */
  summary: string;
}

export interface ContainerLane {
  name: string;
  /** Hooks grouped for a container that is not in spec.containers (dropped by HandleHooks). */
  missing: boolean;
  segments: StateSegment[];
  hooks: HookRow[];
  /** When HandleHooks saw the container up (its hooks started). */
  upAt: number | null;
  waitsForReady: boolean;
}

export interface PodTimeline {
  key: string;
  start: number;
  /** The pod's watch deadline (maxWait), when it has one. */
  deadline: number | null;
  maxWait: string | null;
  /** When HandleHooks returned; null if it never returns (or never ran). */
  watchEnd: number | null;
  contextEnd: string | null;
  deletedAt: number | null;
  notRestored: string | null;
  lanes: ContainerLane[];
  errors: string[];
}

export interface Totals {
  outcome: SimulationJson['restoreOutcome'];
  /** `status.hookStatus`; null when Velero never writes it. */
  hookStatus: SimulationJson['hookStatus'];
  /** Why the Restore ends so, from the engine. */
  reason: string;
}

export interface TimelineModel {
  restoreName: string;
  /** The Velero release the simulation follows. */
  veleroVersion: string;
  pods: PodTimeline[];
  events: TimelineEvent[];
  totals: Totals;
  /** Every time worth a tick on the axis, sorted, unique. */
  stops: number[];
  /** The end of the axis. */
  end: number;
  warnings: string[];
}

/** Durations already parsed: 2,000 simulated pods repeat a few dozen values thousands of times. */
const parsedMs = new Map<string, number>();

/** A Go duration string as milliseconds (0 when it does not parse). */
export function toMs(text: string): number {
  const known = parsedMs.get(text);
  if (known !== undefined) return known;
  const ns = parseDuration(text);
  const ms = ns === null ? 0 : Number(ns) / 1e6;
  if (parsedMs.size > 10_000) parsedMs.clear();
  parsedMs.set(text, ms);
  return ms;
}

/** A pod's timeline and what it was built from, kept for the next build (see buildTimeline). */
interface BuiltPod {
  sim: PodSim;
  view: PodView;
  scenario: ScenarioPod | undefined;
  end: number;
  /** The pod's events as the engine sent them, and the hook row each was tied to. */
  events: SimulationEventJson[];
  hooks: (string | null)[];
  pod: PodTimeline;
}

/** The pods of the previous build, by key: give the same cache to each build of one timeline. */
export type TimelineCache = Map<string, BuiltPod>;

/**
 * Builds the timeline's lanes, hook rows, events and totals from the engine's view. With a cache,
 * a pod whose inputs are the very objects of the previous build keeps its timeline: the page
 * reuses the objects of unchanged items between engine results (see splitMessage.ts), so typing
 * with 2,000 simulated pods rebuilds only the pods that changed.
 */
export function buildTimeline(view: DesignerView, cache?: TimelineCache): TimelineModel | null {
  const sim = view.simulation;
  const scenario = view.scenario;
  if (!sim || !scenario) return null;
  const events: TimelineEvent[] = sim.events.map((e, index) => ({
    index,
    ms: toMs(e.at),
    pod: e.pod === null ? null : `${e.namespace ?? ''}/${e.pod}`,
    data: e,
    hook: null,
  }));
  const podViews = new Map(view.pods.map((p) => [p.key, p]));
  const scenarios = new Map(scenario.pods.map((s) => [s.key, s]));
  const simulated = sim.pods.map((sp) => `${sp.namespace}/${sp.name}`);
  const stops = new Set<number>([0]);
  for (const e of events) stops.add(e.ms);
  for (const s of scenario.pods) {
    const start = toMs(s.startAt);
    for (const state of s.timeline) stops.add(start + toMs(state.at));
  }
  const sorted = [...stops].sort((a, b) => a - b);
  const last = sorted[sorted.length - 1] ?? 0;
  const end = last === 0 ? 1000 : last * 1.08;
  // Grouped once: a restore of 2,000 pods has thousands of events, and each pod needs its own.
  const eventsByPod = new Map<string | null, TimelineEvent[]>();
  for (const e of events) {
    const list = eventsByPod.get(e.pod);
    if (list) list.push(e);
    else eventsByPod.set(e.pod, [e]);
  }
  const pods: PodTimeline[] = [];
  const built: TimelineCache = new Map();
  sim.pods.forEach((sp, i) => {
    const key = simulated[i]!;
    const pv = podViews.get(key);
    if (!pv) return;
    const scenarioPod = scenarios.get(key);
    const podEvents = eventsByPod.get(key) ?? [];
    const before = cache?.get(key);
    if (
      before &&
      before.sim === sp &&
      before.view === pv &&
      before.scenario === scenarioPod &&
      before.end === end &&
      before.events.length === podEvents.length &&
      podEvents.every((e, k) => e.data === before.events[k])
    ) {
      podEvents.forEach((e, k) => (e.hook = before.hooks[k]!));
      built.set(key, before);
      pods.push(before.pod);
      return;
    }
    const pod = buildPod(sp, pv, scenarioPod, podEvents, end);
    built.set(key, {
      sim: sp,
      view: pv,
      scenario: scenarioPod,
      end,
      events: podEvents.map((e) => e.data),
      hooks: podEvents.map((e) => e.hook),
      pod,
    });
    pods.push(pod);
  });
  if (cache) {
    cache.clear();
    for (const [key, entry] of built) cache.set(key, entry);
  }
  return {
    restoreName: sim.restoreName,
    veleroVersion: sim.veleroVersion,
    pods,
    events,
    totals: { outcome: sim.restoreOutcome, hookStatus: sim.hookStatus, reason: sim.outcomeReason },
    stops: sorted,
    end,
    warnings: [...scenario.errors, ...scenario.warnings, ...sim.warnings],
  };
}

type PodSim = SimulationJson['pods'][number];
type ScenarioPod = NonNullable<DesignerView['scenario']>['pods'][number];

/** `mine`: the pod's events, in order. */
function buildPod(
  sp: PodSim,
  pv: PodView,
  scenario: ScenarioPod | undefined,
  mine: TimelineEvent[],
  end: number,
): PodTimeline {
  const key = pv.key;
  const start = toMs(sp.startAt);
  const deleted = scenario?.timeline.find((s) => s.deleted);
  const maxWait = sp.maxWait === null ? null : toMs(sp.maxWait);
  const containers = [...pv.containers];
  for (const c of Object.keys(pv.execHooks)) if (!containers.includes(c)) containers.push(c);
  const lanes = containers.map((name) =>
    buildLane(name, pv, scenario, mine, start, end, !pv.containers.includes(name)),
  );
  numberRuns(lanes, mine);
  const notRestored = mine.find((e) => e.data.kind === 'pod-not-restored');
  if (notRestored) {
    for (const h of lanes.flatMap((l) => l.hooks))
      h.summary = 'never runs: the pod is not restored';
  }
  return {
    key,
    start,
    deadline: maxWait !== null && maxWait > 0 ? start + maxWait : null,
    maxWait: sp.maxWait,
    watchEnd: sp.watchEndsAt === null ? null : start + toMs(sp.watchEndsAt),
    contextEnd: sp.contextEnd,
    deletedAt: deleted ? start + toMs(deleted.at) : null,
    notRestored: notRestored ? (pv.error ?? 'not restored') : null,
    lanes,
    errors: sp.errors,
  };
}

function buildLane(
  name: string,
  pv: PodView,
  scenario: ScenarioPod | undefined,
  podEvents: TimelineEvent[],
  start: number,
  end: number,
  missing: boolean,
): ContainerLane {
  const specs = pv.execHooks[name] ?? [];
  const hooks: HookRow[] = specs.map((h, i) => {
    const wait = toMs(h.waitTimeout);
    return {
      id: `${name}#${i + 1}`,
      container: name,
      position: i + 1,
      hookName: h.hookName,
      hookIndex: h.hookIndex,
      onError: h.onError,
      waitTimeout: h.waitTimeout,
      execTimeout: h.execTimeout,
      waitForReady: h.waitForReady,
      deadline: wait > 0 ? start + wait : null,
      order: null,
      run: null,
      expired: null,
      notExecuted: null,
      outcome: 'not-run',
      summary: '',
    };
  });
  attribute(hooks, podEvents, name);
  for (const h of hooks) h.summary = summarize(h);
  const up = podEvents.find((e) => e.data.kind === 'container-up' && containerOf(e) === name);
  return {
    name,
    missing,
    segments: segmentsOf(name, scenario, start, end),
    hooks,
    upAt: up ? up.ms : null,
    waitsForReady: specs.some((h) => h.waitForReady),
  };
}

/** The container an event is about (hook and container events carry one). */
function containerOf(e: TimelineEvent): string | null {
  return 'container' in e.data ? e.data.container : null;
}

type EventOf<K extends SimulationEventJson['kind']> = TimelineEvent & {
  data: Extract<SimulationEventJson, { kind: K }>;
};

/**
 * Ties the container's hook events to its hook rows. Velero handles a container's hooks strictly in
 * order, so the n-th hook event sequence belongs to the n-th hook (names are checked on the way).
 */
function attribute(hooks: HookRow[], podEvents: TimelineEvent[], container: string): void {
  const kinds = new Set([
    'hook-dropped',
    'hook-expired',
    'hook-started',
    'hook-finished',
    'hook-not-executed',
  ]);
  const stream = podEvents.filter((e) => kinds.has(e.data.kind) && containerOf(e) === container);
  let p = 0;
  const take = <K extends SimulationEventJson['kind']>(
    kind: K,
    hook: HookRow,
  ): EventOf<K> | null => {
    const e = stream[p];
    if (!e || e.data.kind !== kind || !('hookName' in e.data) || e.data.hookName !== hook.hookName)
      return null;
    p++;
    e.hook = hook.id;
    return e as EventOf<K>;
  };
  for (const h of hooks) {
    if (take('hook-dropped', h)) {
      h.outcome = 'dropped';
      continue;
    }
    const expired = take('hook-expired', h);
    if (expired) {
      h.expired = { ms: expired.ms, error: expired.data.error };
      h.outcome = 'expired';
      if (expired.data.onError === 'Fail') continue;
    }
    const started = take('hook-started', h);
    if (started) {
      const finished = take('hook-finished', h);
      const error = finished ? finished.data.error : null;
      h.run = {
        start: started.ms,
        end: finished ? finished.ms : started.ms,
        took: finished ? finished.data.took : '0s',
        error,
      };
      if (error !== null) h.outcome = finished?.data.timedOut ? 'timed-out' : 'failed';
      else if (!expired) h.outcome = 'succeeded';
      continue;
    }
    const skipped = take('hook-not-executed', h);
    if (skipped) {
      h.notExecuted = { ms: skipped.ms, reason: skipped.data.reason, error: skipped.data.error };
      h.outcome = 'not-executed';
    }
  }
}

/** Numbers the pod's executor calls in the order they happen. */
function numberRuns(lanes: ContainerLane[], podEvents: TimelineEvent[]): void {
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

/** The container's state between the scenario's snapshots, merged where it does not change. */
function segmentsOf(
  name: string,
  scenario: ScenarioPod | undefined,
  start: number,
  end: number,
): StateSegment[] {
  if (!scenario || scenario.timeline.length === 0) return [];
  const out: StateSegment[] = [];
  const states = scenario.timeline;
  let deleted = false;
  states.forEach((s, i) => {
    if (deleted) return;
    const from = start + toMs(s.at);
    const next = states[i + 1];
    const to = next ? start + toMs(next.at) : end;
    const status = s.containerStatuses.find((c) => c.name === name);
    let state: ContainerState = !status ? 'none' : status.ready ? 'ready' : status.state;
    if (s.deleted) {
      state = 'deleted';
      deleted = true;
    }
    const to_ = deleted ? end : to;
    const prev = out[out.length - 1];
    if (prev && prev.state === state && prev.to === from) prev.to = to_;
    else if (to_ > from || s.deleted) out.push({ from, to: to_, state });
  });
  return out;
}
