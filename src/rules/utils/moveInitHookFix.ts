/**
 * The fix that moves a pod's annotation init hook into the Restore's `spec.hooks.resources`: a
 * resource hook that selects the pod (target namespace, its labels) with an init container that
 * carries the annotations' image, name and command plus the volume mounts the command needs, and
 * the `init.hook.restore.velero.io/` annotations removed, in one fix over both files.
 */
import type { Fix, FileEdits, TextEdit } from '../../diagnostics/diagnostic.ts';
import { INIT_HOOK_PREFIX } from '../../model/annotations.ts';
import { readTypedStringMap } from '../../velero/initHooks.ts';
import type { PodPlan } from '../../velero/plan.ts';
import { asArray, asObject, asString } from '../../model/json.ts';
import { changeInDocument } from '../../yaml/edit.ts';
import { emitYaml } from '../../yaml/emit.ts';
import { findNodeAt } from '../../yaml/locate.ts';
import type { SourceFile } from '../../yaml/source.ts';
import { sequencesIndented, type EditStyle } from '../../yaml/style.ts';
import { removeAnnotationEdits, toTextEdit } from './annotationEdits.ts';
import type { PodMount } from './podHooks.ts';
import type { RuleContext } from './rule.ts';

/** What moves: the annotation hook as Velero reads it, and the mounts its command uses. */
export interface AnnotationInitHook {
  pod: PodPlan;
  image: string;
  /** The container-name annotation ('' when missing: Velero would generate a random name). */
  containerName: string;
  /** The command as `parseStringToCommand` reads the annotation. */
  command: string[];
  /** The app containers' mounts whose paths the command uses, in the order found. */
  mounts: PodMount[];
}

/**
 * The move fix is offered while at most this many pods of the input need it (as the designer's
 * diff shows every object up to DIFF_ALL_LIMIT): each fix carries a whole Restore hook.
 */
export const MOVE_FIX_LIMIT = 25;

/** The backupName of a Restore the fix creates: clearly not a real Backup (the title says to set it). */
const PLACEHOLDER_BACKUP = 'REPLACE-WITH-BACKUP-NAME';

/** The pod's labels as Velero's init step matches them (the backed-up labels). */
export function readPodLabels(pod: PodPlan): Record<string, string> {
  return readTypedStringMap(asObject(pod.target.pod['metadata'])['labels']);
}

/** What the fixes of one check share, worked out once. */
interface Shared {
  ctx: RuleContext;
  /** The pods of each target namespace that carry a label, by namespace and `key=value`. */
  podsWith: Map<string, Map<string, Set<PodPlan>>>;
  /** Whether a file parses without errors, by name (filled on first ask). */
  clean: Map<string, boolean>;
  /** How each file writes its block sequences, by name (filled on first ask). */
  styles: Map<string, EditStyle>;
}

/**
 * Prepares the move fixes of one check: returns the function that builds one annotation hook's
 * fix. The work the fixes share is done once, so thousands of such pods stay fast.
 */
export function prepareInitHookMoves(
  ctx: RuleContext,
): (hook: AnnotationInitHook) => Fix | undefined {
  const podsWith: Shared['podsWith'] = new Map();
  for (const pod of ctx.plan.pods) {
    const byLabel = podsWith.get(pod.targetNamespace) ?? new Map<string, Set<PodPlan>>();
    podsWith.set(pod.targetNamespace, byLabel);
    for (const [k, v] of Object.entries(readPodLabels(pod))) {
      const key = labelKey(k, v);
      byLabel.set(key, (byLabel.get(key) ?? new Set<PodPlan>()).add(pod));
    }
  }
  const shared: Shared = { ctx, podsWith, clean: new Map(), styles: new Map() };
  return (hook) => moveInitHookFix(shared, hook);
}

/**
 * The move fix, or undefined when a text cannot be edited cleanly (a document that does not
 * parse, annotations behind an alias or sharing a line, `spec.hooks.resources` that is not a list)
 * or the pod has no labels (no hook could select just this pod).
 */
function moveInitHookFix(shared: Shared, hook: AnnotationInitHook): Fix | undefined {
  const { ctx } = shared;
  const labels = readPodLabels(hook.pod);
  if (Object.keys(labels).length === 0) return undefined;
  const { target } = hook.pod;
  const podFile = ctx.file(target.ref.file);
  if (!podFile) return undefined;
  const annotations = removeAnnotationEdits(
    podFile,
    target.ref.document,
    [...target.podPath, 'metadata'],
    (key) => key.startsWith(INIT_HOOK_PREFIX),
  );
  if (!annotations) return undefined;
  const restore = addResourceHook(
    shared,
    resourceHook(ctx, hook, labels),
    podFile,
    target.ownerName,
  );
  if (!restore) return undefined;
  const others = otherSelectedPods(shared, hook.pod, labels);
  const notes = [
    ...(restore.note ? [restore.note] : []),
    ...(others > 0
      ? [
          `its labels also select ${others} other pod${others === 1 ? '' : 's'} in ${hook.pod.targetNamespace}`,
        ]
      : []),
  ];
  const title = restore.title + (notes.length > 0 ? ` (${notes.join('; ')})` : '');
  const edits: FileEdits[] = [
    { file: podFile.name, edits: annotations },
    { file: restore.file, edits: restore.edits },
  ];
  const [first, ...rest] = mergeByFile(edits);
  if (!first) return undefined;
  return { title, ...first, ...(rest.length > 0 ? { otherFiles: rest } : {}) };
}

/** The `hooks.resources[]` entry: selects the pod, and runs the init container with its mounts. */
function resourceHook(
  ctx: RuleContext,
  hook: AnnotationInitHook,
  labels: Record<string, string>,
): Record<string, unknown> {
  const { target } = hook.pod;
  const container: Record<string, unknown> = {
    name: hook.containerName || freeContainerName(hook),
    image: hook.image,
    command: hook.command,
  };
  const mounts = distinctMounts(hook.mounts);
  if (mounts.length > 0) container['volumeMounts'] = mounts;
  return {
    name: freeHookName(ctx, `${target.ownerName}-init`),
    includedNamespaces: [hook.pod.targetNamespace],
    labelSelector: { matchLabels: labels },
    postHooks: [{ init: { initContainers: [container] } }],
  };
}

/**
 * One volume mount per mount path (Kubernetes rejects two at one path), as the app container
 * mounts it: subPath and subPathExpr decide what the path shows, so they are kept; readOnly is not
 * (a restore hook usually writes).
 */
function distinctMounts(mounts: readonly PodMount[]): Record<string, string>[] {
  const seen = new Set<string>();
  const out: Record<string, string>[] = [];
  for (const m of mounts) {
    if (seen.has(m.mountPath)) continue;
    seen.add(m.mountPath);
    out.push({
      name: m.volume,
      mountPath: m.mountPath,
      ...(m.subPath ? { subPath: m.subPath } : {}),
      ...(m.subPathExpr ? { subPathExpr: m.subPathExpr } : {}),
    });
  }
  return out;
}

/** `restore-init`, or `restore-init-<n>` when a container of the pod has that name. */
function freeContainerName(hook: AnnotationInitHook): string {
  const spec = asObject(hook.pod.target.pod['spec']);
  const taken = new Set(
    [...asArray(spec['containers']), ...asArray(spec['initContainers'])].map((c) =>
      asString(asObject(c)['name']),
    ),
  );
  return freeName('restore-init', taken);
}

/** `base`, or `base-<n>` when a `hooks.resources[]` entry already has that name. */
function freeHookName(ctx: RuleContext, base: string): string {
  return freeName(base, new Set(ctx.restore.resources.map((r) => r.name)));
}

function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Other pods of the input in the same target namespace whose labels the selector matches too. */
function otherSelectedPods(shared: Shared, pod: PodPlan, labels: Record<string, string>): number {
  const byLabel = shared.podsWith.get(pod.targetNamespace);
  const sets = Object.entries(labels).map(([k, v]) => byLabel?.get(labelKey(k, v)) ?? new Set());
  const [smallest, ...rest] = sets.sort((a, b) => a.size - b.size);
  let count = 0;
  for (const q of smallest ?? []) if (q !== pod && rest.every((set) => set.has(q))) count++;
  return count;
}

function labelKey(key: string, value: string): string {
  return `${key}=${value}`;
}

/**
 * The Restore edit: the hook appended to the Restore in use; else a new Restore document in the
 * Restore file (`ctx.restoreFile`) or, without one, at the end of the pod's file.
 */
function addResourceHook(
  shared: Shared,
  hook: Record<string, unknown>,
  podFile: SourceFile,
  podName: string,
): { title: string; note?: string; file: string; edits: TextEdit[] } | undefined {
  const { ctx } = shared;
  const source = ctx.restoreSource;
  if (source) {
    const file = ctx.file(source.file);
    if (!file) return undefined;
    const resources = [...source.path, 'spec', 'hooks', 'resources'];
    const doc = file.documents[source.document];
    const existing = findNodeAt(doc?.root ?? null, resources);
    const index = existing?.kind === 'seq' ? existing.items.length : 0;
    const change = changeInDocument(
      file.text,
      doc,
      [...resources, index],
      hook,
      styleOf(shared, file),
    );
    if (!change) return undefined;
    return {
      title: "Move this init hook to the Restore's spec.hooks",
      file: file.name,
      edits: [toTextEdit(file, change)],
    };
  }
  const name = ctx.restoreFile;
  const file = name === null ? podFile : ctx.file(name);
  const fileName = name ?? podFile.name;
  if (file && !parsesCleanly(shared, file)) return undefined;
  const text = file?.text ?? '';
  const doc = newRestore(hook, `restore-${podName}`, file ? styleOf(shared, file) : {});
  const blank = text.trim() === '';
  const edit: TextEdit = blank
    ? { range: rangeIn(file, 0, text.length), text: doc }
    : {
        range: rangeIn(file, text.length, text.length),
        text: (text.endsWith('\n') ? '' : '\n') + '---\n' + doc,
      };
  const where = name === null ? ` at the end of ${fileName}` : '';
  return {
    title: `Move this init hook to spec.hooks of a new Restore${where}`,
    note: 'its backupName is a placeholder: set it',
    file: fileName,
    edits: [edit],
  };
}

/** A minimal velero.io/v1 Restore holding the hook; its backupName is a placeholder to replace. */
function newRestore(hook: Record<string, unknown>, name: string, style: EditStyle): string {
  const restore = {
    apiVersion: 'velero.io/v1',
    kind: 'Restore',
    metadata: { name, namespace: 'velero' },
    spec: { backupName: PLACEHOLDER_BACKUP, hooks: { resources: [hook] } },
  };
  const line = `  backupName: ${PLACEHOLDER_BACKUP}\n`;
  return emitYaml(restore, [], style).text.replace(
    line,
    `${line.trimEnd()} # placeholder: the name of the Backup to restore from\n`,
  );
}

/** No document of the file has a YAML error (so a Restore appended to it is the one Velero reads). */
function parsesCleanly(shared: Shared, file: SourceFile): boolean {
  const known = shared.clean.get(file.name);
  if (known !== undefined) return known;
  const problems = [...file.problems, ...file.documents.flatMap((d) => d.problems)];
  const clean = problems.every((p) => p.kind === 'duplicate-key');
  shared.clean.set(file.name, clean);
  return clean;
}

/**
 * The file's sequence style (`key:\n- item` or `key:\n  - item`, from its own block sequences;
 * indented when it has none), so the hook the fix writes looks like the rest of the file.
 */
function styleOf(shared: Shared, file: SourceFile): EditStyle {
  const known = shared.styles.get(file.name);
  if (known) return known;
  const style = { sequenceIndent: sequencesIndented(file.text, file.documents) };
  shared.styles.set(file.name, style);
  return style;
}

/** A range in a file, or at its start when the file does not exist yet (an empty editor). */
function rangeIn(file: SourceFile | undefined, start: number, end: number): TextEdit['range'] {
  return file
    ? file.lines.range(start, end)
    : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** One entry per file, edits in order (the pod's file first). */
function mergeByFile(list: readonly FileEdits[]): FileEdits[] {
  const out: FileEdits[] = [];
  for (const { file, edits } of list) {
    const known = out.find((f) => f.file === file);
    if (known) known.edits.push(...edits);
    else out.push({ file, edits: [...edits] });
  }
  return out;
}
