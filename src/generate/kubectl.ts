import { validateDns1123Label, validateDns1123Subdomain } from '../go/dns.ts';
import type { JsonObject } from '../model/types.ts';
import { nest } from '../model/json.ts';
import {
  getAnnotationsPath,
  generateAnnotations,
  listHookAnnotationKeys,
  reportUnsupportedKind,
  type AnnotationHooks,
} from './annotations.ts';
import {
  makeGenerated,
  isTargetKind,
  type DesignedHook,
  type DesignProblem,
  type Generated,
} from './design.ts';

/** The object to annotate: a Pod, or a workload whose pod template gets the annotations. */
export interface KubectlTarget {
  kind: string;
  name: string;
  /** Omitted: kubectl's current namespace. */
  namespace?: string;
}

/** POSIX-shell single quoting: the whole text between `'…'`, each `'` written as `'\''`. Exact for any text without NUL. */
export function quoteShellWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Leaves a word bare when it has only characters no POSIX shell treats specially; quotes it otherwise. */
export function quoteShellWordIfNeeded(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : quoteShellWord(text);
}

/**
 * `kubectl annotate pod … --overwrite key='value' …`, or for a workload `kubectl patch <kind> … --type merge
 * -p '<json>'` on its pod template. Other keys Velero reads for the designed hook kinds are removed (`key-`,
 * `null` in the patch), so values left from an earlier design cannot change what Velero does.
 */
export function generateKubectlCommand(
  hooks: AnnotationHooks,
  target: KubectlTarget,
): Generated<string> {
  const problems = validateTarget(target);
  const annotations = generateAnnotations(hooks);
  if (annotations.kind === 'error') problems.push(...annotations.problems);
  if (problems.length > 0 || annotations.kind === 'error' || !isTargetKind(target.kind))
    return makeGenerated('', problems);
  const values = annotations.value;
  const kinds = new Set(
    (Array.isArray(hooks) ? (hooks as readonly DesignedHook[]) : [hooks as DesignedHook]).map(
      (h) => h.kind,
    ),
  );
  const removed = [...kinds].flatMap(listHookAnnotationKeys).filter((key) => !(key in values));
  const namespace = target.namespace ? ['-n', quoteShellWordIfNeeded(target.namespace)] : [];
  if (target.kind === 'Pod') {
    const words = [
      'kubectl',
      'annotate',
      'pod',
      quoteShellWordIfNeeded(target.name),
      ...namespace,
      '--overwrite',
    ];
    for (const [key, value] of Object.entries(values))
      words.push(`${key}=${quoteShellWord(value)}`);
    for (const key of removed) words.push(`${key}-`);
    return makeGenerated(words.join(' '), []);
  }
  const patchAnnotations: JsonObject = { ...values };
  for (const key of removed) patchAnnotations[key] = null;
  const patch = JSON.stringify(nest(getAnnotationsPath(target.kind), patchAnnotations));
  const words = [
    'kubectl',
    'patch',
    target.kind.toLowerCase(),
    quoteShellWordIfNeeded(target.name),
    ...namespace,
    '--type',
    'merge',
    '-p',
  ];
  return makeGenerated(
    `${words.join(' ')} ${quoteShellWord(patch)}`,
    [],
    workloadNotes(target.kind),
  );
}

function validateTarget(target: KubectlTarget): DesignProblem[] {
  const problems: DesignProblem[] = [];
  if (!isTargetKind(target.kind))
    problems.push(reportUnsupportedKind(target.kind, ['target', 'kind']));
  if (target.kind === 'Job') {
    problems.push({
      code: 'job-template-immutable',
      path: ['target', 'kind'],
      message:
        "a Job's pod template is immutable, so kubectl cannot patch it: put the annotations in the Job manifest, or annotate its pods",
    });
  }
  const nameErrors =
    typeof target.name === 'string' ? validateDns1123Subdomain(target.name) : ['must be a string'];
  if (nameErrors.length > 0) {
    problems.push({
      code: 'invalid-name',
      path: ['target', 'name'],
      message: `name ${JSON.stringify(target.name)}: ${nameErrors.join('; ')}`,
    });
  }
  if (target.namespace) {
    const nsErrors = validateDns1123Label(target.namespace);
    if (nsErrors.length > 0) {
      problems.push({
        code: 'invalid-namespace',
        path: ['target', 'namespace'],
        message: `namespace ${JSON.stringify(target.namespace)}: ${nsErrors.join('; ')}`,
      });
    }
  }
  return problems;
}

/** What a pod-template change does to the pods Velero will back up. */
function workloadNotes(kind: string): string[] {
  const backupNote =
    'Velero backs up the pods, not the template: take the backup after pods with these annotations exist.';
  switch (kind) {
    case 'ReplicaSet':
    case 'ReplicationController':
      return [
        `A ${kind} does not replace running pods when its template changes: recreate them, or annotate them directly.`,
        backupNote,
      ];
    case 'CronJob':
      return [
        'The change applies to Jobs the CronJob creates from now on; running Jobs keep their pods.',
        backupNote,
      ];
    case 'Deployment':
      return ['Changing the pod template rolls out new pods.', backupNote];
    default:
      return [
        `Changing the pod template rolls out new pods, unless the ${kind} uses the OnDelete update strategy.`,
        backupNote,
      ];
  }
}
