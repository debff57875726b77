/**
 * The timeline the Timeline tab draws (built by timeline.ts): plain data, times in ms from the
 * start of the restore, so it crosses the worker boundary as is and the page only draws it.
 */
import type { HookSettingWords } from '../simulate/settingWords.ts';
import type { SimulationJson } from '../simulate/simulationJson.ts';
import type { HookStatus, SimulationInput, SimulationResult } from '../simulate/types.ts';

/** One event of the simulation's teaching log, durations as Go strings. */
export type TimelineEventData = SimulationJson['events'][number];

export interface TimelineEvent {
  index: number;
  ms: number;
  /** The pod's key (backup namespace/name), or null for restore-wide events. */
  pod: string | null;
  data: TimelineEventData;
  /** The hook row this event is about (`HookRow.id`), if any. */
  hook: string | null;
}

export type LaneState = 'waiting' | 'running' | 'ready' | 'terminated' | 'none' | 'deleted';

export interface StateSegment {
  from: number;
  to: number;
  state: LaneState;
}

export type HookOutcome =
  'succeeded' | 'failed' | 'timed-out' | 'expired' | 'not-executed' | 'dropped' | 'not-run';

export interface HookRow {
  /** Unique in the pod: `container#position`, the id the simulator's events carry. */
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
  /** onError, execTimeout and waitTimeout in words, zero values as what they act as. */
  settings: HookSettingWords;
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

export interface TimelineTotals {
  outcome: SimulationResult['restoreOutcome'];
  /** `status.hookStatus`; null when Velero never writes it. */
  hookStatus: SimulationResult['hookStatus'];
  /** Why the Restore ends so, from the engine. */
  reason: string;
}

/** The phase `velero restore describe` prints. */
export type RestorePhase = 'InProgress' | 'Finalizing' | 'Completed' | 'PartiallyFailed';

/** The Restore's hook totals as they stand after one event (see runningTotals.ts). */
export interface TotalsAtEvent {
  /** InProgress or Finalizing while the restore runs; its final phase at the last event. */
  phase: RestorePhase;
  /**
   * The hook tracker's HooksAttempted and HooksFailed after the event; at the last event what
   * Velero writes to `status.hookStatus`. null: no such lines (no tracker, or never written).
   */
  hookStatus: HookStatus | null;
  /** Why the Restore is in this phase then, in one line. */
  reason: string;
  /** True at the last event only: these are the final totals (`Timeline.totals`). */
  final: boolean;
}

export interface Timeline {
  restoreName: string;
  /** The Velero release the simulation follows. */
  veleroVersion: string;
  pods: PodTimeline[];
  events: TimelineEvent[];
  totals: TimelineTotals;
  /** The totals after each event: `totalsAt[k]` goes with `events[k]`; the last is the final. */
  totalsAt: TotalsAtEvent[];
  /** Every time worth a tick on the axis, sorted, unique. */
  stops: number[];
  /** The end of the axis. */
  end: number;
  warnings: string[];
}

/** One simulation run: what was simulated, what came out, and the warnings of pairing them. */
export interface SimulationRun {
  /** Per pod, HandleHooks' input hooks and the states the watch sees. */
  input: SimulationInput;
  result: SimulationResult;
  /** The scenario's pairing with the plan (`buildSimulationInput`): the simulation's warnings. */
  warnings: readonly string[];
}
