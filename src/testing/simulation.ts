/**
 * Builders for small hand-made simulation inputs, shared by the simulation's unit tests
 * (`simulate*.test.ts`). Not used by the engine itself.
 */
import { DEFAULT_RESOURCE_TIMEOUT } from '../scenario/scenario.ts';
import { getDefaultVeleroVersion } from '../versions/versionModel.ts';
import type { Duration, ExecHook, ExecHookGroups } from '../model/types.ts';
import type {
  ContainerState,
  ExecResult,
  PodSnapshot,
  SimulationInput,
  SimulationPodInput,
} from '../simulate/types.ts';

/** Milliseconds and seconds as Durations. */
export const ms = (n: number): Duration => BigInt(n) * 1_000_000n;
export const sec = (n: number): Duration => BigInt(n) * 1_000_000_000n;

/** A spec hook named `name` for container c1 with no timeouts and no wait for ready. */
export function hook(name: string, over: Partial<ExecHook> = {}): ExecHook {
  return {
    hookName: name,
    hookSource: 'spec',
    hookIndex: 0,
    container: 'c1',
    command: [`/bin/${name}`],
    onError: '',
    execTimeout: 0n,
    waitTimeout: 0n,
    waitForReady: false,
    ...over,
  };
}

/** Groups hooks by their container, in order. */
export function groups(...hooks: ExecHook[]): ExecHookGroups {
  const out: ExecHookGroups = new Map();
  for (const h of hooks) out.set(h.container, [...(out.get(h.container) ?? []), h]);
  return out;
}

/** A state: each container `running`, `ready` (running and Ready), `waiting`, `terminated` or `none`. */
export function state(
  at: Duration,
  statuses: Record<string, ContainerState | 'ready'>,
  extra: Partial<PodSnapshot> = {},
): PodSnapshot {
  return {
    at,
    phase: null,
    deleted: false,
    containerStatuses: Object.entries(statuses).map(([name, s]) => ({
      name,
      state: s === 'ready' ? 'running' : s,
      ready: s === 'ready',
    })),
    ...extra,
  };
}

/** A scenario result for `hookName` (other match keys unset): success in 0s unless overridden. */
export function result(hookName: string, over: Partial<ExecResult> = {}): ExecResult {
  return {
    hookName,
    container: null,
    hookIndex: null,
    command: null,
    error: null,
    duration: 0n,
    ...over,
  };
}

/** Pod default/my-pod with containers c1 and c2, starting at 0, hooks grouped by container. */
export function pod(
  hooks: ExecHook[],
  timeline: PodSnapshot[],
  over: Partial<SimulationPodInput> = {},
): SimulationPodInput {
  return {
    namespace: 'default',
    name: 'my-pod',
    targetNamespace: 'default',
    containers: ['c1', 'c2'],
    sidecars: [],
    startAt: 0n,
    byContainer: groups(...hooks),
    timeline,
    results: [],
    notRestored: null,
    ...over,
  };
}

/** Restore restore1 with no shared-context limits and every hook pre-added to the tracker. */
export function restore(
  pods: SimulationPodInput[],
  over: Partial<SimulationInput> = {},
): SimulationInput {
  return {
    version: getDefaultVeleroVersion(),
    resourceTimeout: DEFAULT_RESOURCE_TIMEOUT,
    restoreName: 'restore1',
    sharedContext: { timeout: null, cancelAt: null },
    preAdded: 'all',
    pods,
    ...over,
  };
}
