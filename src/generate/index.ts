/** The generators' public API: designed hooks → annotations, kubectl commands, Restore manifests. */
export * from './design.ts';
export {
  generateAnnotations,
  generateAnnotationsYaml,
  listHookAnnotationKeys,
  type AnnotationHooks,
} from './annotations.ts';
export {
  generateKubectlCommand,
  quoteShellWord,
  quoteShellWordIfNeeded,
  type KubectlTarget,
} from './kubectl.ts';
export { DEFAULT_VELERO_NAMESPACE, generateRestore, generateRestoreObject } from './restore.ts';
