import { analyze } from '../analyze.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { restoreObjects, type RestoreChange, type RestoredObject } from '../velero/fullRestore.ts';
import { podToJson, type PodPlanJson } from '../velero/planJson.ts';
import type { Plan, PodPlan } from '../velero/plan.ts';
import type { ManifestObject } from '../velero/pods.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { buildSimulationInput } from '../scenario/simulationInput.ts';
import type { ScenarioEdit } from '../scenario/edits.ts';
import { chooseScenario, scenarioToView, type ScenarioView } from '../scenario/view.ts';
import { simulateRestore } from '../simulate/simulate.ts';
import { simulationToJson, type SimulationJson } from '../simulate/simulationJson.ts';
import type { InitResult } from '../velero/initHooks.ts';
import { asObject, asString } from '../model/json.ts';
import { explainHookMatch, type HookMatch } from '../velero/selectHooks.ts';
import { emitYaml, formatPathKey } from '../yaml/emit.ts';
import type { SourceFile } from '../yaml/source.ts';
import { readBackupOrigin, type BackupOrigin } from '../backup/origin.ts';
import { findAnnotationsLayout, type AnnotationsLayout } from './exportPod.ts';
import { formatNamespacedName, formatObjectName } from './objectName.ts';
import {
  buildHookSelections,
  choosePods,
  toPodListItem,
  type HookSelection,
  type PodChoice,
  type PodListItem,
} from './podList.ts';
import { buildTimeline, type SimulationRun, type Timeline } from './timeline.ts';

/** The designer's two editors, as file names in diagnostics. */
export const MANIFESTS_FILE = 'manifests.yaml';
export const RESTORE_FILE = 'restore.yaml';

export interface DesignerInput {
  manifests: string;
  restore: string;
  /** The simulated timeline; null: "everything goes well" (see buildDefaultScenario). */
  scenario?: Scenario | null;
  /** A scenario.yaml text (conformance format); when non-blank it replaces the edited default. */
  scenarioText?: string;
  /** The timeline controls' edits, applied on top of the default scenario (see chooseScenario). */
  scenarioEdits?: readonly ScenarioEdit[];
  /** Volumes backed up with file-system backup, besides the pods' own annotations. */
  fsBackupVolumes?: readonly string[];
  /** What to compute beyond diagnostics and the plan (default: everything). */
  include?: ViewInclude;
  /** The Velero release to predict (`1.17.2`, `1.17`, `main`); the newest release when absent or unknown. */
  veleroVersion?: string;
}

/**
 * The parts of the view a screen needs: large inputs stay fast when only what is shown is computed
 * and sent. `auto` diffs every object when there are few, else the first pod.
 */
export interface ViewInclude {
  diff?: 'all' | 'auto' | 'none' | { pod: string };
  /** The diff's modes to build (the Diff tab shows one at a time); default both. */
  diffModes?: readonly DiffMode[];
  /** Every object as restored in each mode, without the diff's other side (`restored`). */
  restored?: boolean;
  /** The pods whose whole view is sent (the rest are in `podList` by name); default every pod. */
  pods?: PodChoice;
  /** The whole-restore simulation as the CLI contract's JSON (`simulation`); default true. */
  simulation?: boolean;
  /** The timeline the Timeline tab draws (`timeline`), from the same run; default: as `simulation`. */
  timeline?: boolean;
}

/** The diff of Velero's hook changes alone, or of every change a full restore makes. */
export type DiffMode = 'hooksOnly' | 'full';

/** How many objects `diff: 'auto'` shows in one diff before it shows one pod at a time. */
export const DIFF_ALL_LIMIT = 25;

/** Why each Restore resource hook does or does not select a pod. */
export interface HookMatchView {
  resourceIndex: number;
  name: string;
  matches: boolean;
  reasons: string[];
  /**
   * For a selected pod: the hook's parts that still do nothing there, because the pod's own
   * annotations win (one sentence each; empty when every part applies).
   */
  overridden: string[];
}

export interface PodView extends PodPlanJson {
  /**
   * Stable key: `namespace/name` in the backup (`default/…` for a manifest without a namespace, as
   * the engine plans it). An identifier, not a display: show `formatObjectName`'s text instead.
   */
  key: string;
  /** True when the manifest has no namespace: `namespace` is the `default` the engine assumed. */
  namespaceDefaulted: boolean;
  /** Where its annotation lines go in the manifests editor (see AnnotationsLayout). */
  annotationsLayout: AnnotationsLayout | null;
  /**
   * Set for a pod loaded from a backup tarball (the `# from backup …` comment before its document,
   * see backup/origin.ts): its annotation hooks are fixed in the backup.
   */
  fromBackup: BackupOrigin | null;
  /** Document of the manifests editor and the path of the pod-shaped object within it. */
  document: number;
  podPath: (string | number)[];
  containers: string[];
  initSource: 'annotation' | 'spec' | 'none';
  execSource: 'annotation' | 'spec' | 'none';
  /** The pod's annotations as written (strings as text; other values as their YAML text). */
  annotations: Record<string, string>;
  volumes: string[];
  hookMatches: HookMatchView[];
  /** The init containers the init-hook step added: their index in `initContainers` and origin. */
  injectedInit: InjectedInitView[];
}

/** One init container Velero injects, and where it comes from (pod annotation or Restore spec hook). */
export interface InjectedInitView {
  index: number;
  name: string;
  source: 'annotation' | 'spec';
  /** The Restore resource hook's name, for a spec init hook. */
  hookName: string | null;
  /** True for an annotation init container without a name: Velero generates a random one. */
  generatedName: boolean;
}

/** One changed block of the diff, explained by the Velero step that made it. */
export interface DiffBlock {
  /** 1-based lines in the restored text. */
  startLine: number;
  endLine: number;
  title: string;
  change: RestoreChange;
}

export interface DiffView {
  original: string;
  restored: string;
  blocks: DiffBlock[];
  /** Objects Velero would not create, with the reason. */
  notRestored: { title: string; reason: string }[];
}

/** What the diff covers: every object, one pod, or nothing (not requested). */
export interface DiffScope {
  kind: 'all' | 'pod' | 'none';
  /** The pod shown, for `pod`. */
  pod: string | null;
  /** Number of objects in the input. */
  objects: number;
}

export interface DesignerView {
  diagnostics: Diagnostic[];
  restore: { name: string; backupName: string; fromEditor: boolean; validationErrors: string[] };
  /** The Velero release the view predicts (`1.18.2`, `main`). */
  veleroVersion: string;
  /** The pods asked for (`include.pods`), in the plan's order. */
  pods: PodView[];
  /** Every pod of the plan, named. */
  podList: PodListItem[];
  /** Which pods each Restore resource hook selects. */
  hookSelections: HookSelection[];
  /** Distinct hook-tracker keys; null on versions without a hook tracker (before 1.13). */
  trackerAdded: number | null;
  /** Each mode's diff; null when not asked for (`include.diffModes`). */
  diff: { hooksOnly: DiffView | null; full: DiffView | null; scope: DiffScope };
  /**
   * Every object as Velero creates it, in each mode: the diff's restored side over all objects,
   * for export; null unless asked for (`include.restored`).
   */
  restored: { hooksOnly: string; full: string } | null;
  simulation: SimulationJson | null;
  /** The timeline the page draws; null when not asked for or when nothing could be simulated. */
  timeline: Timeline | null;
  simulationErrors: string[];
  /**
   * The simulated scenario: where it comes from, and per pod the states the timeline shows; null
   * when neither the simulation nor the timeline is asked for (`include`).
   */
  scenario: ScenarioView | null;
}

/**
 * Everything the designer shows, derived from what the user authored: diagnostics, per-pod plans,
 * the diff in both modes with each change explained, and the exec-hook simulation. Plain data (no
 * bigints, Maps or functions), so it crosses a Web Worker boundary as is. Never throws.
 */
export function buildDesignerView(input: DesignerInput): DesignerView {
  const version = input.veleroVersion
    ? resolveVeleroVersion(input.veleroVersion).version
    : undefined;
  const analysis = analyze({
    manifests: [{ name: MANIFESTS_FILE, text: input.manifests }],
    restore: input.restore.trim() ? { name: RESTORE_FILE, text: input.restore } : null,
    ...(version ? { veleroVersion: version } : {}),
    // A quick fix that needs a Restore writes it into the (empty) Restore editor.
    newRestoreFile: RESTORE_FILE,
  });
  const { plan } = analysis;
  const pods = buildPodViews(plan, analysis.files);
  const options = { fsBackupVolumes: input.fsBackupVolumes ?? [] };
  const scope = diffScope(input.include?.diff ?? 'all', analysis.manifests.objects, plan.pods);
  const objects = scope.objects;
  const wantSimulation = input.include?.simulation !== false;
  const wantTimeline = input.include?.timeline ?? wantSimulation;
  const scenario = wantSimulation || wantTimeline ? chooseScenario(plan, input) : null;
  const simulation = scenario ? simulate(scenario.scenario, plan) : { run: null, errors: [] };
  const { run } = simulation;
  const scenarioView = scenario ? scenarioToView(scenario, plan) : null;
  const podList = pods.map(toPodListItem);
  const modes = new Set(input.include?.diffModes ?? ['hooksOnly', 'full']);
  const diffOf = (mode: DiffMode) =>
    modes.has(mode)
      ? diffView(restoreObjects(objects, plan, { ...options, fullRestore: mode === 'full' }))
      : null;
  const restoredOf = (fullRestore: boolean) =>
    emitRestored(restoreObjects(analysis.manifests.objects, plan, { ...options, fullRestore }));
  return {
    diagnostics: analysis.diagnostics,
    veleroVersion: plan.version.name,
    restore: {
      name: plan.restore.name,
      backupName: plan.restore.backupName,
      fromEditor: analysis.restoreSource?.file === RESTORE_FILE,
      validationErrors: plan.validationErrors.map((e) => e.message),
    },
    pods: choosePods(pods, { podList, scenario: scenarioView }, input.include?.pods),
    podList,
    hookSelections: buildHookSelections(pods),
    trackerAdded: plan.trackerAdded,
    diff: { hooksOnly: diffOf('hooksOnly'), full: diffOf('full'), scope: scope.view },
    restored: input.include?.restored
      ? { hooksOnly: restoredOf(false), full: restoredOf(true) }
      : null,
    simulation: run && wantSimulation ? simulationToJson(run.result, run.warnings) : null,
    timeline:
      run && scenario && wantTimeline
        ? buildTimeline(run, plan, [...scenario.errors, ...scenario.warnings])
        : null,
    simulationErrors: simulation.errors,
    scenario: scenarioView,
  };
}

/**
 * Every pod's view: its plan as JSON, where it is written, and why each Restore hook selects it or
 * not. What the Plan tab and the CLI's plan text describe (planText.ts). `files` (the analysed
 * inputs) give each pod the layout of its annotations for the export.
 */
export function buildPodViews(plan: Plan, files: readonly SourceFile[] = []): PodView[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  return plan.pods.map((p) => podView(p, byName.get(p.target.ref.file)));
}

function podView(p: PodPlan, file: SourceFile | undefined): PodView {
  return {
    ...podToJson(p),
    key: `${p.target.namespace}/${p.target.name}`,
    namespaceDefaulted: p.target.namespaceDefaulted,
    annotationsLayout: findAnnotationsLayout(file, p.target.ref.document, p.target.podPath),
    fromBackup:
      p.target.ref.path.length === 0 ? readBackupOrigin(file, p.target.ref.document) : null,
    document: p.target.ref.document,
    podPath: [...p.target.podPath],
    containers: p.containers,
    initSource: p.init.kind === 'ok' ? p.init.source : 'none',
    execSource: p.exec.source,
    annotations: annotationTexts(p.target.pod),
    volumes: volumeNames(p.target.pod),
    injectedInit: injectedInit(p.init),
    // As the init step matched them: the target namespace and the backup labels.
    hookMatches: p.hookMatches.init.map((m, i) => ({
      resourceIndex: m.hook.hook.index,
      name: m.hook.hook.name,
      matches: m.kind === 'selected',
      reasons: explainHookMatch(m),
      overridden: overriddenParts(p, m, p.hookMatches.exec?.[i]),
    })),
  };
}

/**
 * What a resource hook selected for pod `p` loses to the pod's annotations: its init containers
 * when the pod has an annotation init hook (rule 7), its exec hooks when the pod has an annotation
 * exec hook (rule 19). Each kind on its own: one does not suppress the other.
 */
function overriddenParts(
  p: PodPlan,
  initMatch: HookMatch,
  execMatch: HookMatch | undefined,
): string[] {
  const { hook } = initMatch.hook;
  const parts: string[] = [];
  const hasInit = hook.postHooks.some((h) => h.initContainers !== undefined);
  const hasExec = hook.postHooks.some((h) => h.exec !== undefined);
  if (
    initMatch.kind === 'selected' &&
    hasInit &&
    p.init.kind === 'ok' &&
    p.init.source === 'annotation'
  )
    parts.push(
      'its init containers are not added: the pod’s init.hook.restore.velero.io annotations replace every spec init hook (rule 7)',
    );
  if (execMatch?.kind === 'selected' && hasExec && p.exec.source === 'annotation')
    parts.push(
      'its exec hooks do not run: the pod’s post.hook.restore.velero.io/command annotation makes the annotation hook the pod’s only exec hook (rule 19)',
    );
  return parts;
}

function simulate(scenario: Scenario, plan: Plan): { run: SimulationRun | null; errors: string[] } {
  const built = buildSimulationInput(scenario, plan);
  if (!built.input) return { run: null, errors: built.errors };
  const run = {
    input: built.input,
    result: simulateRestore(built.input),
    warnings: built.warnings,
  };
  return { run, errors: built.errors };
}

/** A diff header: the object as `formatObjectName` names it (a derived pod with its workload). */
function titleOf(r: RestoredObject): string {
  const meta = (r.original['metadata'] ?? {}) as Record<string, unknown>;
  // A pod's own metadata carries the `default` the engine assumed for a manifest without one.
  const namespace = r.pod?.target.namespaceDefaulted ? '' : asString(meta['namespace']);
  const name = asString(meta['name']);
  if (r.pod && r.object.kind !== 'Pod')
    return `Pod ${formatNamespacedName(namespace, name)} (from ${r.object.kind} ${r.pod.target.ownerName})`;
  return formatObjectName({ kind: r.object.kind, namespace, name });
}

/** The objects a diff covers, by the requested scope. */
function diffScope(
  requested: NonNullable<ViewInclude['diff']>,
  all: readonly ManifestObject[],
  pods: readonly PodPlan[],
): { objects: readonly ManifestObject[]; view: DiffScope } {
  const count = all.length;
  if (requested === 'none')
    return { objects: [], view: { kind: 'none', pod: null, objects: count } };
  if (requested === 'all' || (requested === 'auto' && count <= DIFF_ALL_LIMIT)) {
    return { objects: all, view: { kind: 'all', pod: null, objects: count } };
  }
  const key = requested === 'auto' ? undefined : requested.pod;
  const pod = pods.find((p) => `${p.target.namespace}/${p.target.name}` === key) ?? pods[0];
  if (!pod) return { objects: [], view: { kind: 'pod', pod: null, objects: count } };
  const ref = pod.target.ref;
  const objects = all.filter(
    (o) =>
      o.ref.file === ref.file &&
      o.ref.document === ref.document &&
      o.ref.path.join('/') === ref.path.join('/'),
  );
  return {
    objects,
    view: { kind: 'pod', pod: `${pod.target.namespace}/${pod.target.name}`, objects: count },
  };
}

/**
 * Both sides of the diff, written by one deterministic emitter so that only real changes show;
 * the emitter records the lines of each change's path as it writes.
 */
function diffView(restored: RestoredObject[]): DiffView {
  const originals: string[] = [];
  const results: string[] = [];
  const blocks: DiffBlock[] = [];
  const notRestored: DiffView['notRestored'] = [];
  let restoredLine = 1;
  for (const r of restored) {
    const title = titleOf(r);
    const header = `# ${title}\n`;
    originals.push(header + emitYaml(r.original).text);
    if (!r.restored) {
      notRestored.push({ title, reason: r.notRestored ?? '' });
      results.push(notRestoredText(header, r));
      restoredLine += 3;
      continue;
    }
    const emitted = emitYaml(
      r.restored,
      r.changes.map((c) => c.path),
    );
    results.push(header + emitted.text);
    for (const change of r.changes) {
      const span = emitted.spans.get(formatPathKey(change.path)) ?? { startLine: 1, endLine: 1 };
      blocks.push({
        startLine: restoredLine + span.startLine,
        endLine: restoredLine + span.endLine,
        title,
        change,
      });
    }
    // The header line, the document's lines, then the `---` separator.
    restoredLine += 1 + emitted.text.split('\n').length;
  }
  return {
    original: originals.join('---\n'),
    restored: results.join('---\n'),
    blocks,
    notRestored,
  };
}

/** The diff's restored side alone (see diffView): what the Export tab offers. */
function emitRestored(restored: RestoredObject[]): string {
  return restored
    .map((r) => {
      const header = `# ${titleOf(r)}\n`;
      return r.restored ? header + emitYaml(r.restored).text : notRestoredText(header, r);
    })
    .join('---\n');
}

function notRestoredText(header: string, r: RestoredObject): string {
  return `${header}# NOT RESTORED: ${r.notRestored ?? ''}\n`;
}

function injectedInit(init: InitResult): InjectedInitView[] {
  if (init.kind !== 'ok') return [];
  const first = init.restoreWaitKept ? 1 : 0;
  return init.injected.map((inj, i) => ({
    index: first + i,
    name: asString(inj.container.name),
    source: inj.from.source,
    hookName: inj.from.source === 'spec' ? inj.from.hookName : null,
    generatedName: inj.from.source === 'annotation' && inj.from.generatedName,
  }));
}

function annotationTexts(pod: Record<string, unknown>): Record<string, string> {
  const meta = (pod['metadata'] ?? {}) as Record<string, unknown>;
  const annotations = meta['annotations'];
  const out: Record<string, string> = {};
  if (!annotations || typeof annotations !== 'object' || Array.isArray(annotations)) return out;
  for (const [k, v] of Object.entries(annotations))
    out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  return out;
}

function volumeNames(pod: Record<string, unknown>): string[] {
  const spec = (pod['spec'] ?? {}) as Record<string, unknown>;
  const volumes = Array.isArray(spec['volumes']) ? spec['volumes'] : [];
  return volumes.map((v) => asString(asObject(v)['name'])).filter(Boolean);
}
