/**
 * "What changes if I run this restore on another Velero release?": the same input planned and
 * simulated at every release in a range, grouped by what a user sees (validation, init containers,
 * exec hooks, hook errors, the Restore's phase and hook counts), each change tied to the version
 * model's entries that change at that release.
 */
import { analyze, type NamedText } from '../analyze.ts';
import { formatDuration } from '../go/duration.ts';
import { chooseScenario } from '../scenario/view.ts';
import { buildSimulationInput } from '../scenario/simulationInput.ts';
import type { ScenarioEdit } from '../scenario/edits.ts';
import { simulateRestore } from '../simulate/simulate.ts';
import type { SimulationResult } from '../simulate/types.ts';
import { BEHAVIOURS, type Behaviour, type BehaviourId } from '../versions/behaviours.ts';
import { changeAt, supportedVersions, type VeleroVersion } from '../versions/versionModel.ts';
import type { Plan } from '../velero/plan.ts';

export interface CompareInput {
  manifests: readonly NamedText[];
  restore?: NamedText | null;
  /** A scenario.yaml text; the designer's default "everything goes well" timeline when blank. */
  scenarioText?: string;
  scenarioEdits?: readonly ScenarioEdit[];
  /** Oldest and newest release compared (inclusive); default every supported release. */
  from?: VeleroVersion;
  to?: VeleroVersion;
}

/** One thing a user sees, and its value over a run of consecutive releases. */
export interface VersionRange {
  from: string;
  to: string;
  value: string;
}

/** A version-model entry that changes where the aspect changes: the likely cause, with evidence. */
export interface ChangeCause {
  version: string;
  title: string;
  meaning: string;
  evidence: string;
}

export interface AspectDifference {
  aspect: string;
  ranges: VersionRange[];
  causes: ChangeCause[];
}

export interface VersionComparison {
  versions: string[];
  /** Only the aspects that differ inside the range, in a fixed order. */
  differences: AspectDifference[];
}

type Aspects = Record<string, string>;

/** The version-model entries that can change each aspect. */
const ASPECT_BEHAVIOURS: Record<string, readonly BehaviourId[]> = {
  'Restore validation': ['execOnlyHookCrashesValidation', 'selectorOperatorText'],
  'Init containers': ['droppedContainerFields'],
  'Exec hooks': ['specHookSource', 'waitForReady'],
  'Hook errors': [
    'returnedErrors',
    'messageCase',
    'execErrorWrapped',
    'execTimeouts',
    'executorAcceptsSidecars',
    'waitForReady',
  ],
  'Restore phase': [
    'returnedErrors',
    'hookTracker',
    'trackerKeyHasHookIndex',
    'recordIndex',
    'hooksWait',
    'execTimeouts',
  ],
};

/** Plans and simulates the input at every release in the range and groups what differs. */
export function compareVersions(input: CompareInput): VersionComparison {
  const all = supportedVersions();
  const first = input.from ? all.findIndex((v) => v.name === input.from!.name) : 0;
  const last = input.to ? all.findIndex((v) => v.name === input.to!.name) : all.length - 1;
  const versions = all.slice(Math.min(first, last), Math.max(first, last) + 1);
  const seen = versions.map((v) => ({ version: v, aspects: observe(input, v) }));
  const names = Object.keys(seen[0]?.aspects ?? {});
  const differences: AspectDifference[] = [];
  for (const aspect of names) {
    const ranges: VersionRange[] = [];
    for (const { version, aspects } of seen) {
      const value = aspects[aspect] ?? '';
      const current = ranges[ranges.length - 1];
      if (current && current.value === value) current.to = version.name;
      else ranges.push({ from: version.name, to: version.name, value });
    }
    if (ranges.length > 1)
      differences.push({ aspect, ranges, causes: causesAt(aspect, ranges.slice(1)) });
  }
  return { versions: versions.map((v) => v.name), differences };
}

/** What a user sees of the restore at one release, one line per aspect. */
function observe(input: CompareInput, version: VeleroVersion): Aspects {
  const { plan } = analyze({
    manifests: input.manifests,
    restore: input.restore ?? null,
    veleroVersion: version,
  });
  const simulation = simulateDefault(plan, input);
  return {
    'Restore validation': validationOf(plan),
    'Init containers': plan.pods.map(initOf).join('; '),
    'Exec hooks': plan.pods.map(execOf).join('; '),
    'Hook errors': simulation ? errorsOf(simulation) : 'not simulated',
    'Restore phase': simulation ? phaseOf(simulation) : 'not simulated',
  };
}

function simulateDefault(plan: Plan, input: CompareInput): SimulationResult | null {
  const choice = chooseScenario(plan, {
    ...(input.scenarioText !== undefined ? { scenarioText: input.scenarioText } : {}),
    ...(input.scenarioEdits ? { scenarioEdits: input.scenarioEdits } : {}),
  });
  const built = buildSimulationInput(choice.scenario, plan);
  return built.input ? simulateRestore(built.input) : null;
}

function validationOf(plan: Plan): string {
  if (plan.validationPanic)
    return `the velero server panics validating the Restore (${plan.validationPanic.message}) and restarts`;
  if (plan.validationErrors.length > 0)
    return `FailedValidation: ${plan.validationErrors.map((e) => e.message).join('; ')}`;
  return 'valid';
}

function podName(p: Plan['pods'][number]): string {
  return `${p.target.namespace}/${p.target.name}`;
}

function initOf(p: Plan['pods'][number]): string {
  if (p.init.kind !== 'ok') return `${podName(p)} not restored (${p.init.message})`;
  const containers = p.init.initContainers.map((c) => JSON.stringify(c)).join(', ');
  return `${podName(p)}: [${containers}]`;
}

function execOf(p: Plan['pods'][number]): string {
  const hooks = [...p.exec.groups.values()].flat();
  const text = hooks.map(
    (h) =>
      `${h.container}/${h.hookName} (${h.hookSource}${h.waitForReady ? ', waits for Ready' : ''}, execTimeout ${formatDuration(h.execTimeout)})`,
  );
  return `${podName(p)}: ${text.length > 0 ? text.join(', ') : 'none'}`;
}

function errorsOf(s: SimulationResult): string {
  const errors = s.pods.flatMap((p) => p.errors);
  return errors.length > 0 ? errors.join('; ') : 'none returned';
}

function phaseOf(s: SimulationResult): string {
  const counts =
    s.hookStatus === null
      ? 'no HooksAttempted/HooksFailed'
      : `HooksAttempted ${s.hookStatus.hooksAttempted}, HooksFailed ${s.hookStatus.hooksFailed}`;
  return `${s.restoreOutcome} (${counts})`;
}

/** The aspect's behaviours that change at the first release of each new range. */
function causesAt(aspect: string, starts: readonly VersionRange[]): ChangeCause[] {
  const ids = ASPECT_BEHAVIOURS[aspect] ?? [];
  const out: ChangeCause[] = [];
  for (const { from } of starts) {
    for (const id of ids) {
      const b = BEHAVIOURS[id] as Behaviour<unknown>;
      const change = changeAt(b, from);
      if (change.since !== from || change === b.changes[0]) continue;
      out.push({ version: from, title: b.title, meaning: change.meaning, evidence: b.evidence });
    }
  }
  return out;
}
