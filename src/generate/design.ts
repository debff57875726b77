/**
 * The designed-hook model: what a user designs in the form or on the command line, before it is
 * written as pod annotations, a kubectl command or a Restore. Generators validate a design against
 * what Velero can express and refuse (with problems) rather than emit something Velero reads differently.
 */
import type { Container, JsonObject, JsonPath } from '../model/types.ts';

/** An init container from the `init.hook.restore.velero.io/*` annotations: exactly name, image, command. */
export interface DesignedInitHook {
  kind: 'init';
  /** Omitted (or ''): Velero generates `velero-restore-init-` + 8 random hex digits. */
  name?: string;
  image: string;
  /** `[]` runs the image's entrypoint (the only way to get it at this Velero version). */
  command: string[];
}

/** An exec hook: from the `post.hook.restore.velero.io/*` annotations, or a Restore `postHooks[].exec`. */
export interface DesignedExecHook {
  kind: 'exec';
  /** Omitted (or ''): the pod's `spec.containers[0]`. */
  container?: string;
  command: string[];
  /** Omitted: unset, which acts like Continue. */
  onError?: 'Continue' | 'Fail';
  /** Go duration strings (`30s`, `1m30s`); omitted or `0`: Velero's default (30s exec, unbounded wait). */
  execTimeout?: string;
  waitTimeout?: string;
  waitForReady?: boolean;
}

/** A hook that pod annotations can express. */
export type DesignedHook = DesignedInitHook | DesignedExecHook;

/** A Restore `postHooks[].init`: full `corev1.Container`s (volumeMounts, env, resources, …). */
export interface DesignedSpecInit {
  kind: 'init';
  initContainers: Container[];
}

/** One `postHooks[]` entry of a Restore resource hook. */
export type DesignedPostHook = DesignedSpecInit | DesignedExecHook;

/** One `spec.hooks.resources[]` entry of a Restore. Only pods are ever selected, so no resource lists. */
export interface DesignedResourceHook {
  name: string;
  /** gobwas glob patterns, matched against the TARGET namespace (after `namespaceMapping`). */
  includedNamespaces?: readonly string[];
  excludedNamespaces?: readonly string[];
  /** A `metav1.LabelSelector`; omitted: no label filtering. */
  labelSelector?: JsonObject;
  postHooks: DesignedPostHook[];
}

/** The Restore around the hooks. */
export interface RestoreOptions {
  name: string;
  backupName: string;
  /** Backup namespace → target namespace. */
  namespaceMapping?: Record<string, string>;
  /** Where Velero runs (the Restore's own namespace); default `velero`. */
  veleroNamespace?: string;
}

/** Stable codes for why a design cannot be generated. */
export type DesignProblemCode =
  | 'not-unicode'
  | 'image-required'
  | 'invalid-image'
  | 'invalid-container-name'
  | 'reserved-container-name'
  | 'duplicate-container-name'
  | 'command-not-strings'
  | 'exec-command-empty'
  | 'init-command-empty'
  | 'invalid-on-error'
  | 'invalid-duration'
  | 'invalid-wait-for-ready'
  | 'too-many-annotation-hooks'
  | 'unsupported-kind'
  | 'invalid-name'
  | 'invalid-namespace'
  | 'job-template-immutable'
  | 'duplicate-hook-name'
  | 'invalid-namespace-pattern'
  | 'invalid-label-selector'
  | 'no-post-hooks'
  | 'no-init-containers'
  | 'invalid-container'
  | 'unknown-container-field'
  | 'container-field-case'
  | 'backup-name-required'
  | 'unknown-hook-kind';

/** Why (part of) a design cannot be generated, and where in the design (for the form to highlight). */
export interface DesignProblem {
  code: DesignProblemCode;
  message: string;
  path: JsonPath;
}

/** A generator's answer: the text or object, plus notes for the user; or the problems that stop it. */
export type Generated<T> =
  { kind: 'ok'; value: T; notes: string[] } | { kind: 'error'; problems: DesignProblem[] };

/** Builds a generator answer from a value and the problems found while building it. */
export function makeGenerated<T>(
  value: T,
  problems: readonly DesignProblem[],
  notes: string[] = [],
): Generated<T> {
  return problems.length > 0
    ? { kind: 'error', problems: [...problems] }
    : { kind: 'ok', value, notes };
}

/** The kinds whose pod template can carry the annotations (`src/velero/pods.ts` POD_TEMPLATE_PATHS). */
export const TARGET_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

/** True for a kind listed in TARGET_KINDS. */
export function isTargetKind(kind: string): kind is TargetKind {
  return (TARGET_KINDS as readonly string[]).includes(kind);
}
