import {
  ExecAnnotation,
  generateAnnotationsYaml,
  generateKubectlCommand,
  generateRestore,
  InitAnnotation,
  parseBool,
  parseStringToCommand,
  type DesignedExecHook,
  type DesignedHook,
  type DesignedInitHook,
  type DesignProblem,
  type Generated,
  type PodView,
} from '../../../src/index.ts';

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
export function hooksFromAnnotations(
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
  if (has(execKeys)) {
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
    hooks.push(exec);
  }
  return hooks;
}

/** A generator's refusal in words: which hook, and what to change. */
export function describeProblem(problem: DesignProblem, hooks: readonly DesignedHook[]): string {
  const index = typeof problem.path[0] === 'number' ? problem.path[0] : -1;
  const hook = hooks[index];
  const prefix = hook ? (hook.kind === 'init' ? 'Init hook: ' : 'Exec hook: ') : '';
  if (hook?.kind === 'init' && problem.code === 'command-not-strings') {
    return `${prefix}the command annotation is missing or empty, and Velero panics on it; write a JSON array such as ["/bin/sh", "-c", "…"], or [] for the image's entrypoint`;
  }
  return prefix + problem.message;
}

export interface PodExport {
  hooks: DesignedHook[];
  annotationsYaml: Generated<string>;
  kubectl: Generated<string>;
}

/** The annotations block and kubectl command for a pod's current hook annotations; null: it has none. */
export function exportPod(pod: PodView): PodExport | null {
  const hooks = hooksFromAnnotations(pod.annotations);
  if (hooks.length === 0) return null;
  return {
    hooks,
    annotationsYaml: generateAnnotationsYaml(hooks, pod.kind),
    kubectl: generateKubectlCommand(hooks, {
      kind: pod.kind,
      name: pod.owner,
      namespace: pod.namespace,
    }),
  };
}

/** The Restore to apply: the editor's text as written, or a hook-less Restore when it is empty. */
export function restoreManifest(
  restoreText: string,
  restore: { name: string; backupName: string },
): Generated<string> {
  if (restoreText.trim()) return { kind: 'ok', value: restoreText, notes: [] };
  const generated = generateRestore([], { name: restore.name, backupName: restore.backupName });
  if (generated.kind === 'error') return generated;
  return {
    ...generated,
    notes: [
      `The Restore editor is empty: this Restore has no hooks (the pods' annotations carry them). Set backupName (now ${restore.backupName}) to your backup.`,
    ],
  };
}

/** A file name made of safe characters only. */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${cleaned || 'export'}.${extension}`;
}
