import { formatDuration } from '../go/duration.ts';
import type { SimulationEvent } from './events.ts';
import type {
  Execution,
  HookStatus,
  PodSimulation,
  SimulationResult,
  TrackerStat,
} from './types.ts';

/** A value with every Duration (bigint) written as a Go duration string. */
export type Jsonified<T> = T extends bigint
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

export interface PodSimulationJson extends Omit<
  Jsonified<PodSimulation>,
  'events' | 'errorsOrderNotGuaranteed' | 'executions'
> {
  executions: Jsonified<Execution>[];
  /** false when part of the errors follows Go map order (compare as a multiset). */
  errorsOrdered: boolean;
}

export interface SimulationJson {
  restoreName: string;
  veleroVersion: string;
  pods: PodSimulationJson[];
  tracker: TrackerStat | null;
  hookStatus: HookStatus | null;
  restoreOutcome: SimulationResult['restoreOutcome'];
  outcomeReason: string;
  events: Jsonified<SimulationEvent>[];
  warnings: string[];
}

/** Converts bigints (Durations) to Go duration strings, recursively. */
export function jsonify<T>(value: T): Jsonified<T> {
  if (typeof value === 'bigint') return formatDuration(value) as Jsonified<T>;
  if (Array.isArray(value)) return value.map((v: unknown) => jsonify(v)) as Jsonified<T>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = jsonify(v);
    return out as Jsonified<T>;
  }
  return value as Jsonified<T>;
}

/**
 * The simulation in the shape of the CLI contract (`shared/conformance/README.md`, "The CLI
 * contract"): durations as Go strings, `maxWait`/`watchEndsAt` null where there is none, plus the
 * event log and warnings.
 */
export function simulationToJson(
  result: SimulationResult,
  warnings: readonly string[],
): SimulationJson {
  return {
    restoreName: result.restoreName,
    veleroVersion: result.veleroVersion,
    pods: result.pods.map((p) => {
      const { events: _events, errorsOrderNotGuaranteed, ...rest } = p;
      return { ...jsonify(rest), errorsOrdered: !errorsOrderNotGuaranteed };
    }),
    tracker: result.tracker,
    hookStatus: result.hookStatus,
    restoreOutcome: result.restoreOutcome,
    outcomeReason: result.outcomeReason,
    events: jsonify(result.events),
    warnings: [...warnings],
  };
}
