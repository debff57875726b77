import { dump } from 'js-yaml';
import { formatDuration, parseDuration } from '../go/duration.ts';
import { ExecAnnotation, InitAnnotation } from '../model/annotations.ts';
import { nest } from '../model/json.ts';
import type { JsonPath } from '../model/types.ts';
import { POD_TEMPLATE_PATHS } from '../velero/pods.ts';
import {
  makeGenerated,
  isTargetKind,
  TARGET_KINDS,
  type DesignedExecHook,
  type DesignedHook,
  type DesignedInitHook,
  type DesignProblem,
  type Generated,
  type TargetKind,
} from './design.ts';
import { validateAnnotationHooks } from './validate.ts';

/** Hooks given one by one or as the list for one pod (at most one init and one exec). */
export type AnnotationHooks = DesignedHook | readonly DesignedHook[];

/**
 * The annotation map for the designed hooks: `init.hook.restore.velero.io/*` and/or
 * `post.hook.restore.velero.io/*`, commands as compact JSON arrays (which `parseStringToCommand`
 * always decodes back exactly), durations as Go strings, and only the keys whose value is not the default.
 */
export function generateAnnotations(hooks: AnnotationHooks): Generated<Record<string, string>> {
  const list = asList(hooks);
  const problems = validateAnnotationHooks(list, (i) => (Array.isArray(hooks) ? [i] : []));
  if (problems.length > 0) return makeGenerated({}, problems);
  const out: Record<string, string> = {};
  for (const hook of list)
    Object.assign(out, hook.kind === 'init' ? initAnnotations(hook) : execAnnotations(hook));
  return makeGenerated(out, []);
}

function asList(hooks: AnnotationHooks): readonly DesignedHook[] {
  return Array.isArray(hooks) ? (hooks as readonly DesignedHook[]) : [hooks as DesignedHook];
}

function initAnnotations(hook: DesignedInitHook): Record<string, string> {
  const out: Record<string, string> = { [InitAnnotation.containerImage]: hook.image };
  if (hook.name) out[InitAnnotation.containerName] = hook.name;
  out[InitAnnotation.command] = JSON.stringify(hook.command);
  return out;
}

function execAnnotations(hook: DesignedExecHook): Record<string, string> {
  const out: Record<string, string> = {};
  if (hook.container) out[ExecAnnotation.container] = hook.container;
  out[ExecAnnotation.command] = JSON.stringify(hook.command);
  if (hook.onError) out[ExecAnnotation.onError] = hook.onError;
  const execTimeout = formatGoDuration(hook.execTimeout);
  if (execTimeout) out[ExecAnnotation.execTimeout] = execTimeout;
  const waitTimeout = formatGoDuration(hook.waitTimeout);
  if (waitTimeout) out[ExecAnnotation.waitTimeout] = waitTimeout;
  if (hook.waitForReady === true) out[ExecAnnotation.waitForReady] = 'true';
  return out;
}

/** A valid duration as Go's `Duration.String` prints it; undefined when absent or zero (the default). */
export function formatGoDuration(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const d = parseDuration(value);
  return d === null || d === 0n ? undefined : formatDuration(d);
}

/** The annotation keys Velero reads for a hook kind (the init `timeout` key is never read). */
export function listHookAnnotationKeys(kind: DesignedHook['kind']): readonly string[] {
  if (kind === 'init')
    return [InitAnnotation.containerImage, InitAnnotation.containerName, InitAnnotation.command];
  return Object.values(ExecAnnotation);
}

/** Where the pod annotations sit in an object of this kind: the pod template for workloads. */
export function getAnnotationsPath(kind: TargetKind): JsonPath {
  return [...(POD_TEMPLATE_PATHS[kind] ?? []), 'metadata', 'annotations'];
}

/** The problem for a kind that has no pod template. */
export function reportUnsupportedKind(kind: string, path: JsonPath): DesignProblem {
  return {
    code: 'unsupported-kind',
    path,
    message: `kind ${JSON.stringify(kind)} has no pod template; use one of ${TARGET_KINDS.join(', ')}`,
  };
}

/**
 * A YAML block ready to paste into a manifest of `kind`: `metadata.annotations` for a Pod,
 * `spec.template.metadata.annotations` for a workload (`spec.jobTemplate.spec.template…` for a
 * CronJob). Every value is a quoted string, so `true` or `30` never become a bool or number: single
 * quotes, as Velero's docs write annotations (a command's JSON reads as it is), or double quotes
 * where a value holds a line break or another character single quotes cannot carry.
 */
export function generateAnnotationsYaml(hooks: AnnotationHooks, kind: string): Generated<string> {
  if (!isTargetKind(kind)) return makeGenerated('', [reportUnsupportedKind(kind, ['kind'])]);
  const annotations = generateAnnotations(hooks);
  if (annotations.kind === 'error') return annotations;
  const path = getAnnotationsPath(kind);
  return makeGenerated(
    dump(nest(path, annotations.value), { forceQuotes: true, quoteStyle: 'single', lineWidth: -1 }),
    [],
  );
}
