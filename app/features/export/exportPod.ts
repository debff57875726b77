import {
  generateRestore,
  type DesignedHook,
  type DesignProblem,
  type Generated,
} from '../../../src/index.ts';

// The export of a pod's annotations and kubectl command is engine knowledge (src/designer/exportPod.ts).
export { exportPod, readHooksFromAnnotations, type PodExport } from '../../../src/index.ts';

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
export function makeSafeFileName(base: string, extension: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return `${cleaned || 'export'}.${extension}`;
}
