/**
 * Input and output types of the exec-hook simulation (`simulate.ts`): Velero's
 * `DefaultWaitExecHookHandler.HandleHooks` for every pod of one restore, under a virtual clock.
 * Every time is a Go `Duration` (bigint nanoseconds).
 */
import type { Duration, ExecHook, ExecHookGroups, OnError } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import type { SimulationEvent } from './events.ts';

/** A container's state as the watch sees it; `none` is a status entry with no state set. */
export type ContainerState = 'running' | 'waiting' | 'terminated' | 'none';

export interface ContainerStatus {
  name: string;
  state: ContainerState;
  ready: boolean;
}

/** One full snapshot of the pod delivered by the informer (entry 0 is the Add event). */
export interface PodSnapshot {
  /** Offset from the moment the pod's HandleHooks starts. */
  at: Duration;
  /** `status.phase`, or null; only `Succeeded` and `Failed` matter. */
  phase: string | null;
  /** A pod deletion event. */
  deleted: boolean;
  /** The complete list: a container without an entry has no status. */
  containerStatuses: ContainerStatus[];
}

/** The simulated outcome of one executor call; match keys left null match anything. */
export interface ExecResult {
  hookName: string | null;
  container: string | null;
  hookIndex: number | null;
  command: string[] | null;
  /** Executor error text; null = success. */
  error: string | null;
  /** Time the command takes. */
  duration: Duration;
}

/** One pod as HandleHooks receives it (the created pod), with its scenario. */
export interface SimulationPodInput {
  /** Backup namespace and name: how the pod is identified in the input and the output. */
  namespace: string;
  name: string;
  /** Namespace of the created pod (after namespaceMapping): used in messages and tracker keys. */
  targetNamespace: string;
  /** `spec.containers` names, in order. */
  containers: string[];
  /** Native sidecars (init containers with `restartPolicy: Always`): their hooks are dropped. */
  sidecars: string[];
  /** Absolute virtual time at which HandleHooks starts for this pod. */
  startAt: Duration;
  /** The exact HandleHooks input: hooks per container key, in grouping order. */
  byContainer: ExecHookGroups;
  timeline: PodSnapshot[];
  results: ExecResult[];
  /** Set when the pod is never created (init-hook step failed): HandleHooks is never called. */
  notRestored: string | null;
}

/** The restore-wide hooks context (`pkg/restore/restore.go` newHooksWaitExecutor). */
export interface SharedContextInput {
  /** Deadline at this absolute time → `context deadline exceeded` (Go WithTimeout: ≤ 0 is already expired). */
  timeout: Duration | null;
  /** Explicit cancel at this absolute time → `context canceled`. */
  cancelAt: Duration | null;
}

export type TrackerPreAdded = 'all' | 'none';

export interface SimulationInput {
  /** The Velero release whose handler, executor, tracker and finalizer are simulated. */
  version: VeleroVersion;
  restoreName: string;
  /** The server's `--resource-timeout`: bounds the Finalizing wait on versions that have it. */
  resourceTimeout: Duration;
  sharedContext: SharedContextInput;
  /** all: every hook given to HandleHooks was first Added (as GroupRestoreExecHooks does); none: empty tracker. */
  preAdded: TrackerPreAdded;
  pods: SimulationPodInput[];
}

/** One executor call (`pkg/podexec/pod_command_executor.go` ExecutePodCommand). */
export interface Execution {
  hookName: string;
  hookSource: ExecHook['hookSource'];
  hookIndex: number;
  container: string;
  command: string[];
  onError: OnError;
  /** The `ExecHook.Timeout` passed (0 = the executor uses its 30s default). */
  timeout: Duration;
  /** Index of the timeline state the call was made for. */
  atState: number;
  /** Relative to the pod's start, like `watchEndsAt`. */
  startedAt: Duration;
  endedAt: Duration;
  /** The executor's error, when it returned one. */
  error?: string;
  /** Several containers were up in the same state: Go runs them in map order. */
  orderNotGuaranteed?: boolean;
}

/** Why a pod's watch context ended (its `ctx.Err()`). */
export type ContextEnd = 'context deadline exceeded' | 'context canceled';

export interface PodSimulation {
  namespace: string;
  name: string;
  /** false when Velero never creates the pod (skipped, or its init-hook step failed). */
  restored: boolean;
  targetNamespace: string;
  startAt: Duration;
  /** `maxHookWait` (0 = no limit); null when HandleHooks returned before watching. */
  maxWait: Duration | null;
  executions: Execution[];
  /** The errors HandleHooks returned, in the simulated order. */
  errors: string[];
  /** True when part of `errors` follows Go map order (several containers). */
  errorsOrderNotGuaranteed: boolean;
  /** When HandleHooks returned, relative to the pod's start; null if it never returns (or never ran). */
  watchEndsAt: Duration | null;
  /** `ctx.Err()` when the watch ended; null if it ended without a context error or never ended. */
  contextEnd: ContextEnd | null;
  /** Whether Velero cancels the restore-wide hooks context after this pod (errors returned). */
  sharedContextCanceled: boolean;
  events: SimulationEvent[];
}

/** What Velero writes to the Restore's `status.hookStatus`. */
export interface HookStatus {
  hooksAttempted: number;
  hooksFailed: number;
}

/** `internal/hook/hook_tracker.go` Stat and IsComplete. */
export interface TrackerStat {
  hooksAttempted: number;
  hooksFailed: number;
  complete: boolean;
}

export type RestoreOutcome =
  'Completed' | 'PartiallyFailed' | 'StuckInFinalizing' | 'StuckInProgress';

export interface SimulationResult {
  /** The restore (and tracker) name. */
  restoreName: string;
  /** The Velero release simulated. */
  veleroVersion: string;
  pods: PodSimulation[];
  /** null on releases without a hook tracker (before 1.13). */
  tracker: TrackerStat | null;
  /** `status.hookStatus`; null when Velero never writes it. */
  hookStatus: HookStatus | null;
  restoreOutcome: RestoreOutcome;
  /** Why the Restore ends as it does, in one line. */
  outcomeReason: string;
  /** Every pod's events plus restore-wide ones, in time order. */
  events: SimulationEvent[];
}
