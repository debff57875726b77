import { dump } from 'js-yaml';
import { analyze } from './analyze.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { restoreObjects, type RestoreChange, type RestoredObject } from './velero/fullRestore.ts';
import { planToJson, type PodPlanJson } from './velero/planJson.ts';
import type { Scenario } from './velero/scenario.ts';
import { buildSimulationInput } from './velero/scenarioInput.ts';
import { defaultScenario } from './velero/defaultScenario.ts';
import { simulateRestore } from './velero/simulate.ts';
import { simulationToJson, type SimulationJson } from './velero/simulateJson.ts';
import { explainHookMatch } from './velero/selectHooks.ts';
import { locate } from './yaml/locate.ts';
import { parseYamlStream } from './yaml/parse.ts';
import { LineIndex } from './yaml/lineIndex.ts';

/** The designer's two editors, as file names in diagnostics. */
export const MANIFESTS_FILE = 'manifests.yaml';
export const RESTORE_FILE = 'restore.yaml';

export interface DesignerInput {
  manifests: string;
  restore: string;
  /** The simulated timeline; null: "everything goes well" (see defaultScenario). */
  scenario?: Scenario | null;
  /** Volumes backed up with file-system backup, besides the pods' own annotations. */
  fsBackupVolumes?: readonly string[];
}

/** Why each Restore resource hook does or does not select a pod. */
export interface HookMatchView {
  resourceIndex: number;
  name: string;
  matches: boolean;
  reasons: string[];
}

export interface PodView extends PodPlanJson {
  /** Stable key: `namespace/name` in the backup. */
  key: string;
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

export interface DesignerView {
  diagnostics: Diagnostic[];
  restore: { name: string; backupName: string; fromEditor: boolean; validationErrors: string[] };
  pods: PodView[];
  trackerAdded: number;
  diff: { hooksOnly: DiffView; full: DiffView };
  simulation: SimulationJson | null;
  simulationErrors: string[];
}

/**
 * Everything the designer shows, derived from what the user authored: diagnostics, per-pod plans,
 * the diff in both modes with each change explained, and the exec-hook simulation. Plain data (no
 * bigints, Maps or functions), so it crosses a Web Worker boundary as is. Never throws.
 */
export function designerView(input: DesignerInput): DesignerView {
  const analysis = analyze({
    manifests: [{ name: MANIFESTS_FILE, text: input.manifests }],
    restore: input.restore.trim() ? { name: RESTORE_FILE, text: input.restore } : null,
  });
  const { plan } = analysis;
  const planJson = planToJson(plan);
  const pods: PodView[] = plan.pods.map((p, i) => ({
    ...planJson.pods[i]!,
    key: `${p.target.namespace}/${p.target.name}`,
    document: p.target.ref.document,
    podPath: [...p.target.podPath],
    containers: p.containers,
    initSource: p.init.kind === 'ok' ? p.init.source : 'none',
    execSource: p.exec.source,
    annotations: annotationTexts(p.target.pod),
    volumes: volumeNames(p.target.pod),
    hookMatches: plan.hooks.map((h) => {
      const labels = stringLabels(p.target.pod);
      const reasons = explainHookMatch(h, p.targetNamespace, labels);
      return {
        resourceIndex: h.hook.index,
        name: h.hook.name,
        matches: reasons.length === 0,
        reasons,
      };
    }),
  }));
  const options = { fsBackupVolumes: input.fsBackupVolumes ?? [] };
  const objects = analysis.manifests.objects;
  const simulation = simulate(input.scenario ?? defaultScenario(plan), plan);
  return {
    diagnostics: analysis.diagnostics,
    restore: {
      name: plan.restore.name,
      backupName: plan.restore.backupName,
      fromEditor: analysis.restoreSource?.file === RESTORE_FILE,
      validationErrors: planJson.validationErrors,
    },
    pods,
    trackerAdded: plan.trackerAdded,
    diff: {
      hooksOnly: diffView(restoreObjects(objects, plan, { ...options, fullRestore: false })),
      full: diffView(restoreObjects(objects, plan, { ...options, fullRestore: true })),
    },
    simulation: simulation.result,
    simulationErrors: simulation.errors,
  };
}

function simulate(scenario: Scenario, plan: Parameters<typeof buildSimulationInput>[1]) {
  const built = buildSimulationInput(scenario, plan);
  if (!built.input) return { result: null, errors: built.errors };
  return {
    result: simulationToJson(simulateRestore(built.input), built.warnings),
    errors: built.errors,
  };
}

function titleOf(r: RestoredObject): string {
  const meta = (r.original['metadata'] ?? {}) as Record<string, unknown>;
  const name = `${String(meta['namespace'] ?? '')}/${String(meta['name'] ?? '')}`;
  if (r.pod && r.object.kind !== 'Pod')
    return `Pod ${name} (from ${r.object.kind} ${r.pod.target.ownerName})`;
  return `${r.object.kind || 'Object'} ${name}`;
}

/**
 * Both sides of the diff, dumped by the same serializer so that only real changes show, with each
 * change's lines found by locating its path in the restored text.
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
    const before = header + dump(r.original, { noRefs: true, lineWidth: -1 });
    const after = r.restored
      ? header + dump(r.restored, { noRefs: true, lineWidth: -1 })
      : `${header}# NOT RESTORED: ${r.notRestored ?? ''}\n`;
    if (!r.restored) notRestored.push({ title, reason: r.notRestored ?? '' });
    originals.push(before);
    results.push(after);
    if (r.restored) {
      const doc = parseYamlStream(after).documents[0];
      const lines = new LineIndex(after);
      for (const change of r.changes) {
        const found = doc ? locate(doc.root, change.path, 'entry') : null;
        const range = found
          ? lines.range(found.start, found.end)
          : { start: { line: 2 }, end: { line: 2 } };
        blocks.push({
          startLine: restoredLine + range.start.line - 1,
          endLine: restoredLine + range.end.line - 1,
          title,
          change,
        });
      }
    }
    restoredLine += after.split('\n').length; // the `---` separator takes the line after the document
  }
  return {
    original: originals.join('---\n'),
    restored: results.join('---\n'),
    blocks,
    notRestored,
  };
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

function stringLabels(pod: Record<string, unknown>): Record<string, string> {
  const meta = (pod['metadata'] ?? {}) as Record<string, unknown>;
  const labels = meta['labels'];
  const out: Record<string, string> = {};
  if (!labels || typeof labels !== 'object' || Array.isArray(labels)) return out;
  for (const [k, v] of Object.entries(labels)) if (typeof v === 'string') out[k] = v;
  return out;
}

function volumeNames(pod: Record<string, unknown>): string[] {
  const spec = (pod['spec'] ?? {}) as Record<string, unknown>;
  const volumes = Array.isArray(spec['volumes']) ? spec['volumes'] : [];
  return volumes
    .map((v) => String((v as Record<string, unknown> | null)?.['name'] ?? ''))
    .filter(Boolean);
}
