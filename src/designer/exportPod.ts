/**
 * What the Export tab gives for one pod: its hook annotations as lines to paste into the user's
 * manifest, laid out as that manifest is, and the kubectl command that sets them on the live object.
 */
import { dump } from 'js-yaml';
import { parseBool } from '../go/parseBool.ts';
import { ExecAnnotation, InitAnnotation } from '../model/annotations.ts';
import type { JsonPath } from '../model/types.ts';
import { generateAnnotations, generateAnnotationsYaml } from '../generate/annotations.ts';
import type {
  DesignedExecHook,
  DesignedHook,
  DesignedInitHook,
  Generated,
} from '../generate/design.ts';
import { generateKubectlCommand } from '../generate/kubectl.ts';
import { parseStringToCommand } from '../velero/command.ts';
import type { SourceFile } from '../yaml/source.ts';
import { findBlockMappingLayout } from '../yaml/style.ts';
import { formatObjectName } from './objectName.ts';

/**
 * Where a pod's annotation lines go in the manifest it comes from. `entries`: under its block
 * `annotations:` (the lines are entries at that mapping's column); `block`: under `metadata:`, as
 * an `annotations:` line at the metadata entries' column and entries one indentation step deeper.
 */
export interface AnnotationsLayout {
  kind: 'entries' | 'block';
  /** 1-based line of the key to paste under (`annotations:` or `metadata:`). */
  line: number;
  /** 0-based column of the lines' keys (for `block`, of `annotations:`). */
  column: number;
  /** The file's indentation step there (the entries' column minus their key's). */
  step: number;
}

/**
 * The layout of the pod template's metadata at `podPath` in document `document` of `file`; null
 * when its metadata is not a block mapping (absent, flow style, an alias): the export then writes
 * the whole path from the object's root, as `generateAnnotationsYaml` does.
 */
export function findAnnotationsLayout(
  file: SourceFile | undefined,
  document: number,
  podPath: JsonPath,
): AnnotationsLayout | null {
  const root = file?.documents[document]?.root ?? null;
  if (!file || !root) return null;
  const metadata = [...podPath, 'metadata'];
  const annotations = findBlockMappingLayout(file.text, root, [...metadata, 'annotations']);
  if (annotations) {
    return {
      kind: 'entries',
      line: file.lines.position(annotations.keyStart).line,
      column: annotations.column,
      step: annotations.column - annotations.keyColumn,
    };
  }
  const meta = findBlockMappingLayout(file.text, root, metadata);
  if (!meta) return null;
  return {
    kind: 'block',
    line: file.lines.position(meta.keyStart).line,
    column: meta.column,
    step: meta.column - meta.keyColumn,
  };
}

/**
 * Annotation lines laid out for pasting (see AnnotationsLayout), values in single quotes as
 * `generateAnnotationsYaml` writes them, so `true` or `30` stay strings.
 */
export function formatAnnotationLines(
  annotations: Readonly<Record<string, string>>,
  layout: AnnotationsLayout,
): string {
  const value = layout.kind === 'entries' ? annotations : { annotations };
  const text = dump(value, {
    forceQuotes: true,
    quoteStyle: 'single',
    lineWidth: -1,
    indent: Math.max(1, layout.step),
  });
  const pad = ' '.repeat(layout.column);
  return text.replace(/^(?=.)/gm, pad);
}

const initKeys = [
  InitAnnotation.containerImage,
  InitAnnotation.containerName,
  InitAnnotation.command,
];
const execKeys = Object.values(ExecAnnotation) as string[];

/**
 * The hooks a pod's annotations describe, values as written, so the generators check them as Velero
 * reads them and refuse what Velero would read differently. A kind appears when any of its keys does.
 */
export function readHooksFromAnnotations(
  annotations: Readonly<Record<string, string>>,
): DesignedHook[] {
  const hooks: DesignedHook[] = [];
  const has = (keys: readonly string[]) => keys.some((k) => k in annotations);
  if (has(initKeys)) {
    const init: DesignedInitHook = {
      kind: 'init',
      image: annotations[InitAnnotation.containerImage] ?? '',
      // null (missing or empty: Velero panics) is refused by the generator as "not a list of strings".
      command: parseStringToCommand(annotations[InitAnnotation.command] ?? '') as string[],
    };
    const name = annotations[InitAnnotation.containerName];
    if (name) init.name = name;
    hooks.push(init);
  }
  if (has(execKeys)) hooks.push(execHookOf(annotations));
  return hooks;
}

function execHookOf(annotations: Readonly<Record<string, string>>): DesignedExecHook {
  const exec: DesignedExecHook = {
    kind: 'exec',
    command: parseStringToCommand(annotations[ExecAnnotation.command] ?? '') ?? [],
  };
  const container = annotations[ExecAnnotation.container];
  if (container) exec.container = container;
  const onError = annotations[ExecAnnotation.onError];
  if (onError !== undefined) exec.onError = onError as DesignedExecHook['onError'];
  const execTimeout = annotations[ExecAnnotation.execTimeout];
  if (execTimeout !== undefined) exec.execTimeout = execTimeout;
  const waitTimeout = annotations[ExecAnnotation.waitTimeout];
  if (waitTimeout !== undefined) exec.waitTimeout = waitTimeout;
  const ready = annotations[ExecAnnotation.waitForReady];
  if (ready !== undefined) exec.waitForReady = (parseBool(ready) ?? ready) as boolean;
  return exec;
}

/** What the export needs of a pod (a PodView has it all). */
export interface ExportTarget {
  kind: string;
  /** The object the user wrote: the Pod, or the workload whose template holds the annotations. */
  owner: string;
  namespace: string;
  /** True when the manifest has no namespace (`namespace` is then the engine's `default`). */
  namespaceDefaulted: boolean;
  annotations: Readonly<Record<string, string>>;
  annotationsLayout: AnnotationsLayout | null;
}

export interface PodExport {
  hooks: DesignedHook[];
  annotationsYaml: Generated<string>;
  kubectl: Generated<string>;
}

/** The annotation lines and kubectl command for a pod's current hook annotations; null: it has none. */
export function exportPod(pod: ExportTarget): PodExport | null {
  const hooks = readHooksFromAnnotations(pod.annotations);
  if (hooks.length === 0) return null;
  return {
    hooks,
    annotationsYaml: exportAnnotations(hooks, pod),
    kubectl: exportKubectl(hooks, pod),
  };
}

function exportAnnotations(hooks: readonly DesignedHook[], pod: ExportTarget): Generated<string> {
  const layout = pod.annotationsLayout;
  if (!layout) return generateAnnotationsYaml(hooks, pod.kind);
  const annotations = generateAnnotations(hooks);
  if (annotations.kind === 'error') return annotations;
  const where =
    layout.kind === 'entries'
      ? `Indented for the annotations: at line ${layout.line} of the manifest: paste the lines under it.`
      : `Indented for the metadata: at line ${layout.line} of the manifest: paste the block under it.`;
  return { kind: 'ok', value: formatAnnotationLines(annotations.value, layout), notes: [where] };
}

/**
 * The kubectl command; without `-n` when the manifest has no namespace (kubectl then uses its
 * current namespace, which a comment line above the command says), so none is invented.
 */
function exportKubectl(hooks: readonly DesignedHook[], pod: ExportTarget): Generated<string> {
  const target = { kind: pod.kind, name: pod.owner };
  if (!pod.namespaceDefaulted) {
    return generateKubectlCommand(hooks, { ...target, namespace: pod.namespace });
  }
  const command = generateKubectlCommand(hooks, target);
  if (command.kind === 'error') return command;
  const comment = `# ${formatObjectName({ kind: pod.kind, name: pod.owner })}: kubectl's current namespace is used (kubectl config view --minify -o jsonpath='{..namespace}').\n`;
  return { ...command, value: comment + command.value };
}
