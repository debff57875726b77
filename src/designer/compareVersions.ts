/**
 * "What changes if I run this restore on another Velero release?": the same input planned and
 * simulated at every release in a range, grouped by what a user sees (validation, init containers,
 * exec hooks, hook errors, the Restore's phase and hook counts), each change tied to the version
 * model's entries that change at that release.
 */
import { analyze, type Analysis, type AnalyzeInput, type NamedText } from '../analyze.ts';
import { formatDuration } from '../go/duration.ts';
import { chooseScenario } from '../scenario/view.ts';
import { buildSimulationInput } from '../scenario/simulationInput.ts';
import type { ScenarioEdit } from '../scenario/edits.ts';
import { simulateRestore } from '../simulate/simulate.ts';
import type { SimulationResult } from '../simulate/types.ts';
import { BEHAVIOURS, type Behaviour, type BehaviourId } from '../versions/behaviours.ts';
import { changeAt, listSupportedVersions, type VeleroVersion } from '../versions/versionModel.ts';
import { LEGACY_RESTIC_WAIT_CONTAINER, RESTORE_WAIT_CONTAINER } from '../model/annotations.ts';
import { restoreObjects } from '../velero/fullRestore.ts';
import type { Plan } from '../velero/plan.ts';
import { asArray, asObject, asString } from '../model/json.ts';

export interface CompareInput {
  manifests: readonly NamedText[];
  restore?: NamedText | null;
  /** A scenario.yaml text; the designer's default "everything goes well" timeline when blank. */
  scenarioText?: string;
  scenarioEdits?: readonly ScenarioEdit[];
  /** Oldest and newest release compared (inclusive); default every supported release. */
  from?: VeleroVersion;
  to?: VeleroVersion;
  /** The backup's PodVolumeBackups and namespaces, as `analyze` takes them. */
  podVolumeBackups?: AnalyzeInput['podVolumeBackups'];
  backupNamespaces?: AnalyzeInput['backupNamespaces'];
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

/** Plans and simulates the input at every release in the range and groups what differs. */
export function compareVersions(input: CompareInput): VersionComparison {
  const all = listSupportedVersions();
  const first = input.from ? all.findIndex((v) => v.name === input.from!.name) : 0;
  const last = input.to ? all.findIndex((v) => v.name === input.to!.name) : all.length - 1;
  const versions = all.slice(Math.min(first, last), Math.max(first, last) + 1);
  const seen = versions.map((v) => ({ version: v, aspects: observe(input, v) }));
  const names = Object.keys(seen[0]?.aspects ?? {});
  const causes = new CauseFinder(input);
  const differences: AspectDifference[] = [];
  for (const aspect of names) {
    const ranges: VersionRange[] = [];
    for (const { version, aspects } of seen) {
      const value = aspects[aspect] ?? '';
      const current = ranges[ranges.length - 1];
      if (current && current.value === value) current.to = version.name;
      else ranges.push({ from: version.name, to: version.name, value });
    }
    if (ranges.length < 2) continue;
    const starts = seen.filter((s, i) => i > 0 && ranges.some((r) => r.from === s.version.name));
    differences.push({
      aspect,
      ranges,
      causes: starts.flatMap((s) => causes.at(aspect, s.version, s.aspects[aspect] ?? '')),
    });
  }
  return { versions: versions.map((v) => v.name), differences };
}

/**
 * Why an aspect changes at a release: each version-model entry that changes there is put back to
 * its previous value, alone; an entry is a cause when that alone changes what the user sees. When
 * no single entry does (two entries only matter together), every entry changing there is listed.
 */
class CauseFinder {
  private readonly reverted = new Map<string, Aspects>();

  constructor(private readonly input: CompareInput) {}

  at(aspect: string, version: VeleroVersion, value: string): ChangeCause[] {
    const changing = (Object.keys(BEHAVIOURS) as BehaviourId[]).filter((id) => {
      const b = BEHAVIOURS[id] as Behaviour<unknown>;
      const change = changeAt(b, version.name);
      return change.since === version.name && change !== b.changes[0];
    });
    const alone = changing.filter((id) => this.revert(version, id)[aspect] !== value);
    return (alone.length > 0 ? alone : changing).map((id) => {
      const b = BEHAVIOURS[id] as Behaviour<unknown>;
      const change = changeAt(b, version.name);
      return {
        version: version.name,
        title: b.title,
        meaning: change.meaning,
        evidence: b.evidence,
      };
    });
  }

  /** What the user would see at `version` if entry `id` had kept its previous value. */
  private revert(version: VeleroVersion, id: BehaviourId): Aspects {
    const key = `${version.name}\u0000${id}`;
    let aspects = this.reverted.get(key);
    if (!aspects) {
      const b = BEHAVIOURS[id] as Behaviour<unknown>;
      const index = b.changes.indexOf(changeAt(b, version.name));
      const behaviours = { ...version.behaviours, [id]: b.changes[index - 1]!.value };
      aspects = observe(this.input, { ...version, behaviours });
      this.reverted.set(key, aspects);
    }
    return aspects;
  }
}

/** What a user sees of the restore at one release, one line per aspect. */
function observe(input: CompareInput, version: VeleroVersion): Aspects {
  const analysis = analyze({
    manifests: input.manifests,
    restore: input.restore ?? null,
    veleroVersion: version,
    podVolumeBackups: input.podVolumeBackups ?? null,
    ...(input.backupNamespaces ? { backupNamespaces: input.backupNamespaces } : {}),
  });
  const { plan } = analysis;
  const simulation = simulateDefault(plan, input);
  return {
    'Restore validation': validationOf(plan),
    'Init containers': plan.pods.map(initOf).join('; '),
    'Fields dropped': plan.pods.map(droppedOf).join('; '),
    'Exec hooks': plan.pods.map(execOf).join('; '),
    'Hook errors': simulation ? errorsOf(simulation) : 'not simulated',
    'Restore phase': simulation ? phaseOf(simulation) : 'not simulated',
    'Full restore': fullRestoreOf(analysis),
    Checks: checksOf(analysis),
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

/** The pod's fields the typed round trip drops (every restored pod goes through it). */
function droppedOf(p: Plan['pods'][number]): string {
  const dropped = p.init.kind === 'ok' ? p.init.roundTrip.dropped : [];
  return `${podName(p)}: ${dropped.length > 0 ? dropped.join(', ') : 'none'}`;
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

/**
 * The pods' init containers when Velero's other restore steps run too (restore-wait and its
 * image and securityContext). The image tag is the release's own, so it is not part of the value.
 */
function fullRestoreOf(analysis: Analysis): string {
  const { plan } = analysis;
  const restored = restoreObjects(analysis.manifests.objects, plan, { fullRestore: true });
  const tag = plan.version.name === 'main' ? ':main' : `:v${plan.version.name}`;
  return restored
    .filter((r) => r.pod && r.restored)
    .map((r) => {
      const inits = asArray(asObject(r.restored!['spec'])['initContainers']).map(asObject);
      const text = inits.map((c) => {
        const name = asString(c['name']);
        if (name !== RESTORE_WAIT_CONTAINER && name !== LEGACY_RESTIC_WAIT_CONTAINER) return name;
        const image = asString(c['image']).replace(tag, '');
        return `${name} (image ${image}, securityContext ${JSON.stringify(c['securityContext'] ?? null)})`;
      });
      return `${podName(r.pod!)}: [${text.join(', ')}]`;
    })
    .join('; ');
}

/** The checks that fire, by code, severity and place (their texts name the release). */
function checksOf(analysis: Analysis): string {
  const found = analysis.diagnostics.map(
    (d) => `${d.severity} ${d.code} at ${d.file}:${d.range.start.line}`,
  );
  return found.length > 0 ? found.join('; ') : 'none';
}
