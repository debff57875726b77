/**
 * The designer's scenario controls: a small list of edits (per container: when it runs and becomes
 * Ready; per hook: how long it takes and whether it fails; per pod: when it is deleted), applied on
 * top of `buildDefaultScenario(plan)`. Durations are kept as the text the user typed (Go duration
 * strings), so the list is plain JSON; an unparseable value falls back to the default.
 */
import { parseDuration } from '../go/duration.ts';
import type { Duration } from '../model/types.ts';
import type { Plan, PodPlan } from '../velero/plan.ts';
import type { Scenario, ScenarioPod } from './scenario.ts';
import type { ContainerStatus, ExecResult, PodSnapshot } from '../simulate/types.ts';

/** When a container is Running and Ready by default (`buildDefaultScenario`), and how long a hook takes. */
export const DEFAULT_RUNNING_AT = '2s';
export const DEFAULT_READY_AT = '5s';
export const DEFAULT_HOOK_DURATION = '1s';
/** What the executor returns for a command that exits non-zero (the remote stream's error). */
export const DEFAULT_HOOK_ERROR = 'command terminated with exit code 1';

/** A container's timing; `null` means never (never Running, never Ready). */
export interface ContainerEdit {
  kind: 'container';
  /** Backup `namespace/name` of the pod (the designer's pod key). */
  pod: string;
  container: string;
  runningAt: string | null;
  readyAt: string | null;
}

/** One hook's simulated executor result; hooks are identified like scenario results (name, container, index). */
export interface HookEdit {
  kind: 'hook';
  pod: string;
  container: string;
  hookName: string;
  hookIndex: number;
  duration: string;
  /** The executor's error text, or null when the hook succeeds. */
  error: string | null;
}

/** A pod deletion during the watch (`null`: never deleted). */
export interface PodEdit {
  kind: 'pod';
  pod: string;
  deletedAt: string | null;
}

export type ScenarioEdit = ContainerEdit | HookEdit | PodEdit;

/**
 * Whether a value is a well-formed edit. Edits come back from autosave and share links, so the
 * engine checks their shape instead of trusting it.
 */
export function isScenarioEdit(value: unknown): value is ScenarioEdit {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const text = (k: string) => typeof v[k] === 'string';
  const textOrNull = (k: string) => v[k] === null || typeof v[k] === 'string';
  if (!text('pod')) return false;
  if (v['kind'] === 'pod') return textOrNull('deletedAt');
  if (!text('container')) return false;
  if (v['kind'] === 'container') return textOrNull('runningAt') && textOrNull('readyAt');
  return (
    v['kind'] === 'hook' &&
    text('hookName') &&
    Number.isInteger(v['hookIndex']) &&
    text('duration') &&
    textOrNull('error')
  );
}

/** Whether two edits change the same thing (a later one replaces the earlier). */
export function sameEditTarget(a: ScenarioEdit, b: ScenarioEdit): boolean {
  if (a.kind !== b.kind || a.pod !== b.pod) return false;
  if (a.kind === 'pod' || b.kind === 'pod') return true;
  if (a.container !== b.container) return false;
  if (a.kind === 'hook' && b.kind === 'hook')
    return a.hookName === b.hookName && a.hookIndex === b.hookIndex;
  return true;
}

/** The edit list with `edit` in place of any edit of the same target (appended otherwise). */
export function upsertScenarioEdit(
  edits: readonly ScenarioEdit[],
  edit: ScenarioEdit,
): ScenarioEdit[] {
  const at = edits.findIndex((e) => sameEditTarget(e, edit));
  if (at < 0) return [...edits, edit];
  return edits.map((e, i) => (i === at ? edit : e));
}

/**
 * Applies the designer's edits to a scenario built by `buildDefaultScenario(plan)`. Pods without edits
 * keep their default timeline and results; edits for pods, containers or hooks that no longer
 * exist are ignored. Pure; never throws.
 */
export function applyScenarioEdits(
  base: Scenario,
  plan: Plan,
  edits: readonly ScenarioEdit[],
): Scenario {
  const valid = edits.filter(isScenarioEdit);
  if (valid.length === 0) return base;
  const plans = new Map(plan.pods.map((p) => [makePodKey(p), p]));
  return {
    ...base,
    pods: base.pods.map((sp) => {
      const key = `${sp.namespace ?? ''}/${sp.name ?? ''}`;
      const pp = plans.get(key);
      const mine = valid.filter((e) => e.pod === key);
      if (pp === undefined || mine.length === 0) return sp;
      return editPod(sp, pp, mine);
    }),
  };
}

function editPod(sp: ScenarioPod, pp: PodPlan, edits: ScenarioEdit[]): ScenarioPod {
  const containerEdits = edits.filter((e): e is ContainerEdit => e.kind === 'container');
  const podEdit = edits.find((e): e is PodEdit => e.kind === 'pod');
  const hookEdits = edits.filter((e): e is HookEdit => e.kind === 'hook');
  const timeline =
    containerEdits.length > 0 || podEdit?.deletedAt != null
      ? buildTimeline(pp.containers, containerEdits, podEdit?.deletedAt ?? null)
      : sp.timeline;
  const results =
    hookEdits.length > 0 ? [...hookResults(pp, hookEdits), ...sp.results] : sp.results;
  return { ...sp, timeline, results };
}

/** A Go duration of the user's text, clamped at 0; `fallback` when it does not parse. */
function offset(text: string, fallback: Duration): Duration {
  const d = parseDuration(text.trim());
  if (d === null) return fallback;
  return d < 0n ? 0n : d;
}

const DEFAULTS = {
  running: parseDuration(DEFAULT_RUNNING_AT) ?? 0n,
  ready: parseDuration(DEFAULT_READY_AT) ?? 0n,
  duration: parseDuration(DEFAULT_HOOK_DURATION) ?? 0n,
};

interface Timing {
  name: string;
  running: Duration | null;
  /** Never before running: a container is only Ready while it runs. */
  ready: Duration | null;
}

/** Full snapshots at every moment a container changes, as the informer would deliver them. */
function buildTimeline(
  containers: readonly string[],
  edits: readonly ContainerEdit[],
  deletedText: string | null,
): PodSnapshot[] {
  const timings: Timing[] = containers.map((name) => {
    const e = edits.find((c) => c.container === name);
    const running = e
      ? e.runningAt === null
        ? null
        : offset(e.runningAt, DEFAULTS.running)
      : DEFAULTS.running;
    const readyRaw = e
      ? e.readyAt === null
        ? null
        : offset(e.readyAt, DEFAULTS.ready)
      : DEFAULTS.ready;
    const ready =
      running === null || readyRaw === null ? null : readyRaw > running ? readyRaw : running;
    return { name, running, ready };
  });
  const deletedAt = deletedText === null ? null : offset(deletedText, 0n);
  const times = new Set<Duration>([0n]);
  for (const t of timings) {
    if (t.running !== null) times.add(t.running);
    if (t.ready !== null) times.add(t.ready);
  }
  const sorted = [...times]
    .filter((t) => deletedAt === null || t <= deletedAt)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const snapshot = (at: Duration, deleted: boolean): PodSnapshot => {
    const containerStatuses: ContainerStatus[] = timings.map((t) => ({
      name: t.name,
      state: t.running !== null && t.running <= at ? 'running' : 'waiting',
      ready: t.ready !== null && t.ready <= at,
    }));
    const phase = containerStatuses.some((s) => s.state === 'running') ? 'Running' : 'Pending';
    return { at, phase, deleted, containerStatuses };
  };
  const timeline = sorted.map((at) => snapshot(at, false));
  if (deletedAt !== null) timeline.push(snapshot(deletedAt, true));
  return timeline;
}

/**
 * Keyed executor results for the edited hooks, one per grouped occurrence of the hook (identical
 * keys collapse in the tracker but still run twice). They go before the default results, so the
 * first-match rule of `findResult` picks them.
 */
function hookResults(pp: PodPlan, edits: readonly HookEdit[]): ExecResult[] {
  const out: ExecResult[] = [];
  for (const e of edits) {
    const occurrences = (pp.exec.groups.get(e.container) ?? []).filter(
      (h) => h.hookName === e.hookName && h.hookIndex === e.hookIndex,
    ).length;
    for (let i = 0; i < occurrences; i++) {
      out.push({
        hookName: e.hookName,
        container: e.container,
        hookIndex: e.hookIndex,
        command: null,
        error: e.error,
        duration: offset(e.duration, DEFAULTS.duration),
      });
    }
  }
  return out;
}

/** The designer's pod key: backup `namespace/name`. */
export function makePodKey(p: PodPlan): string {
  return `${p.target.namespace}/${p.target.name}`;
}
