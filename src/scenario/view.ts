/**
 * Which scenario the designer simulates, and that scenario as plain data for the timeline: a
 * scenario given by the caller, a `scenario.yaml` text (an example's, in the conformance format),
 * or the default "everything goes well" with the timeline controls' edits on top.
 */
import { formatDuration } from '../go/duration.ts';
import { buildDefaultScenario } from './defaultScenario.ts';
import type { Plan } from '../velero/plan.ts';
import { parseScenario, type Scenario } from './scenario.ts';
import { applyScenarioEdits, makePodKey, type ScenarioEdit } from './edits.ts';
import type { ContainerStatus } from '../simulate/types.ts';

/** Where the simulated scenario comes from. */
export type ScenarioSource = 'input' | 'text' | 'edits';

export interface ScenarioChoice {
  scenario: Scenario;
  source: ScenarioSource;
  /** Problems of the scenario text (the edited default is simulated instead). */
  errors: string[];
  warnings: string[];
}

/**
 * Picks the scenario: `scenario` when given; else `scenarioText` when it is non-blank and parses
 * without errors; else the default scenario with `scenarioEdits` applied. Never throws.
 */
export function chooseScenario(
  plan: Plan,
  input: {
    scenario?: Scenario | null;
    scenarioText?: string;
    scenarioEdits?: readonly ScenarioEdit[];
  },
): ScenarioChoice {
  if (input.scenario)
    return { scenario: input.scenario, source: 'input', errors: [], warnings: [] };
  const edited = () =>
    applyScenarioEdits(buildDefaultScenario(plan), plan, input.scenarioEdits ?? []);
  if (!input.scenarioText?.trim())
    return { scenario: edited(), source: 'edits', errors: [], warnings: [] };
  const parsed = parseScenario(input.scenarioText);
  const warnings = parsed.warnings.map((w) => `scenario.yaml: ${w}`);
  if (parsed.errors.length > 0) {
    const errors = parsed.errors.map((e) => `scenario.yaml: ${e}`);
    return { scenario: edited(), source: 'edits', errors, warnings };
  }
  return { scenario: parsed.scenario, source: 'text', errors: [], warnings };
}

/** One pod's scenario as the timeline shows it: when HandleHooks starts and the states it sees. */
export interface ScenarioPodView {
  /** Backup `namespace/name` (the designer's pod key). */
  key: string;
  startAt: string;
  timeline: {
    at: string;
    phase: string | null;
    deleted: boolean;
    containerStatuses: ContainerStatus[];
  }[];
}

export interface ScenarioView {
  source: ScenarioSource;
  pods: ScenarioPodView[];
  errors: string[];
  warnings: string[];
}

/**
 * The chosen scenario as plain data (durations as Go strings) for the timeline's container lanes.
 * The single-pod form applies to the plan's first pod, as `buildSimulationInput` pairs it.
 */
export function scenarioToView(choice: ScenarioChoice, plan: Plan): ScenarioView {
  const { scenario } = choice;
  const first = plan.pods[0];
  return {
    source: choice.source,
    errors: choice.errors,
    warnings: choice.warnings,
    pods: scenario.pods.map((sp) => ({
      key:
        scenario.form === 'single' && first
          ? makePodKey(first)
          : `${sp.namespace ?? ''}/${sp.name ?? ''}`,
      startAt: formatDuration(sp.startAt),
      timeline: sp.timeline.map((s) => ({
        at: formatDuration(s.at),
        phase: s.phase,
        deleted: s.deleted,
        containerStatuses: s.containerStatuses.map((c) => ({ ...c })),
      })),
    })),
  };
}
