/**
 * Shared reading helpers for the hook checks: how a message names a pod, a pod's raw annotations,
 * and the Restore-spec hooks the plan recorded as selecting a pod.
 */
import {
  ExecAnnotation,
  INIT_HOOK_PREFIX,
  InitAnnotation,
  POST_HOOK_PREFIX,
} from '../../model/annotations.ts';
import type { JsonPath } from '../../model/types.ts';
import type { PodPlan } from '../../velero/plan.ts';
import type { PodTarget } from '../../velero/pods.ts';
import { asArray, asObject, asString } from '../../model/json.ts';
import type { PostHook, ResourceHook } from '../../velero/restore.ts';
import type { HookMatch } from '../../velero/selectHooks.ts';
import type { At, RuleContext } from './rule.ts';
import { copyWith } from '../../model/objects.ts';

/** How messages name a pod: `default/db` for a Pod, `Deployment default/web` for a workload's pods. */
export function namePod(target: PodTarget): string {
  const id = `${target.namespace}/${target.ownerName}`;
  return target.kind === 'Pod' ? id : `${target.kind} ${id}`;
}

/** The pod's annotations exactly as written (values of any type; non-strings are reported elsewhere). */
export function readPodAnnotations(target: PodTarget): Record<string, unknown> {
  return asObject(asObject(target.pod['metadata'])['annotations']);
}

/** True for keys under the two restore-hook prefixes (`init.hook.restore.velero.io/`, `post.hook.restore.velero.io/`). */
export function isRestoreHookKey(key: string): boolean {
  return key.startsWith(INIT_HOOK_PREFIX) || key.startsWith(POST_HOOK_PREFIX);
}

/** The init and exec command annotations of a pod that hold strings, in that order. */
export function readAnnotationCommands(target: PodTarget): { key: string; value: string }[] {
  const annotations = readPodAnnotations(target);
  const out: { key: string; value: string }[] = [];
  for (const key of [InitAnnotation.command, ExecAnnotation.command]) {
    const value = annotations[key];
    if (typeof value === 'string') out.push({ key, value });
  }
  return out;
}

/** One `postHooks[]` entry of one `hooks.resources[]` entry. */
export interface SpecHookRef {
  resource: ResourceHook;
  post: PostHook;
}

/**
 * The Restore-spec hooks whose `init` part Velero applies to the pod when no init annotation wins:
 * those the plan matched on the TARGET namespace and the backed-up labels (`HandleRestoreHooks`, IHH).
 */
export function findMatchingSpecInitHooks(p: PodPlan): SpecHookRef[] {
  const out: SpecHookRef[] = [];
  for (const hook of filterSelectedHooks(p.hookMatches.init)) {
    for (const post of hook.postHooks) {
      if ((post.initContainers ?? []).length > 0) out.push({ resource: hook, post });
    }
  }
  return out;
}

/**
 * The Restore-spec hooks whose `exec` part Velero groups for the pod when no exec annotation wins:
 * those the plan matched on the CREATED pod (target namespace, restore labels added;
 * `GroupRestoreExecHooks`, IHH).
 */
export function findMatchingSpecExecHooks(p: PodPlan): SpecHookRef[] {
  if (!p.hookMatches.exec || p.containers.length === 0) return [];
  const out: SpecHookRef[] = [];
  for (const hook of filterSelectedHooks(p.hookMatches.exec)) {
    for (const post of hook.postHooks) if (post.exec) out.push({ resource: hook, post });
  }
  return out;
}

/** The resource hooks of `matches` that select the pod, in order. */
export function filterSelectedHooks(matches: readonly HookMatch[]): ResourceHook[] {
  return matches.filter((m) => m.kind === 'selected').map((m) => m.hook.hook);
}

/** A volume mount of one of the pod's own containers. */
export interface PodMount {
  container: string;
  volume: string;
  /** The mount path without a trailing slash. */
  mountPath: string;
  /** The part of the volume shown at the mount path (`subPath`, `subPathExpr`), '' when none. */
  subPath: string;
  subPathExpr: string;
  path: JsonPath;
}

/** Every `volumeMounts[]` entry of the pod's containers and init containers (relative to the pod). */
export function listPodMounts(target: PodTarget): PodMount[] {
  const spec = asObject(target.pod['spec']);
  const out: PodMount[] = [];
  for (const list of ['containers', 'initContainers'] as const) {
    asArray(spec[list]).forEach((raw, ci) => {
      const c = asObject(raw);
      asArray(c['volumeMounts']).forEach((m, mi) => {
        const mount = asObject(m);
        const mountPath = asString(mount['mountPath']).replace(/\/+$/, '');
        if (mountPath === '') return;
        out.push({
          container: asString(c['name']),
          volume: asString(mount['name']),
          mountPath,
          subPath: asString(mount['subPath']),
          subPathExpr: asString(mount['subPathExpr']),
          path: ['spec', list, ci, 'volumeMounts', mi, 'mountPath'],
        });
      });
    });
  }
  return out;
}

/** Names of init containers with `restartPolicy: Always` (native sidecars). */
export function listNativeSidecars(target: PodTarget): string[] {
  return asArray(asObject(target.pod['spec'])['initContainers'])
    .map(asObject)
    .filter((c) => c['restartPolicy'] === 'Always')
    .map((c) => asString(c['name']));
}

/**
 * Collects findings per place, so a Restore-spec hook that selects many pods is reported once; the
 * first pod is named and the distinct pods are counted (`podCount`).
 */
export function collectByPlace<D extends { pod: string }>(): {
  add: (at: At | null, data: D, variant?: string) => void;
  list: () => { at: At; data: D & { podCount: number } }[];
} {
  const found = new Map<string, { at: At; data: D; pods: Set<string> }>();
  return {
    add(at, data, variant = '') {
      if (!at) return;
      const id = JSON.stringify([at.file, at.document, at.path, at.part ?? 'value', variant]);
      const known = found.get(id);
      if (known) known.pods.add(data.pod);
      else found.set(id, { at, data, pods: new Set([data.pod]) });
    },
    list: () =>
      [...found.values()].map((f) => ({
        at: f.at,
        data: copyWith(f.data, { podCount: f.pods.size }),
      })),
  };
}

/** A metadata block to check: where it is and how messages name its object. */
export interface MetadataBlock {
  at: At;
  where: string;
}

/** Every metadata block of the input: each object's own, pod templates, CronJob job templates, the Restore. */
export function listMetadataBlocks(ctx: RuleContext): MetadataBlock[] {
  const blocks = new Map<string, MetadataBlock>();
  const add = (file: string, document: number, path: JsonPath, where: string) => {
    const at: At = { file, document, path: [...path, 'metadata'] };
    const id = JSON.stringify([file, document, at.path]);
    if (!blocks.has(id)) blocks.set(id, { at, where });
  };
  const objects = [...ctx.manifests.objects];
  const source = ctx.restoreSource;
  if (
    source &&
    !objects.some((o) => o.ref.file === source.file && o.ref.document === source.document)
  ) {
    add(source.file, source.document, source.path, 'Restore');
  }
  const pods = new Map(ctx.manifests.pods.map((t) => [t.ref, t]));
  for (const o of objects) {
    const meta = asObject(o.value['metadata']);
    const pod = pods.get(o.ref);
    const namespace = pod ? pod.namespace : asString(meta['namespace']);
    const name = `${o.kind || 'object'} ${namespace ? `${namespace}/` : ''}${asString(meta['name'])}`;
    add(o.ref.file, o.ref.document, o.ref.path, name);
    if (o.kind === 'CronJob')
      add(
        o.ref.file,
        o.ref.document,
        [...o.ref.path, 'spec', 'jobTemplate'],
        `${name} (job template)`,
      );
  }
  for (const t of ctx.manifests.pods) {
    if (t.kind !== 'Pod')
      add(
        t.ref.file,
        t.ref.document,
        t.podPath,
        `${t.kind} ${t.namespace}/${t.ownerName} (pod template)`,
      );
  }
  return [...blocks.values()];
}

/** Metadata blocks of a workload that are NOT the pod's: its own, and a CronJob's job template. */
export function listOuterMetadataPaths(kind: string): JsonPath[] {
  return kind === 'CronJob' ? [['metadata'], ['spec', 'jobTemplate', 'metadata']] : [['metadata']];
}

/** An annotation key on a workload's own metadata (not its pod template), with where it is. */
export interface WorkloadAnnotation {
  target: PodTarget;
  key: string;
  /** Where the key is, as a place for reports (its `key` part). */
  at: At;
}

/** Every annotation key on the workloads' own metadata blocks (a CronJob's job template too). */
export function readWorkloadOwnAnnotations(ctx: RuleContext): WorkloadAnnotation[] {
  const out: WorkloadAnnotation[] = [];
  for (const target of ctx.manifests.pods) {
    if (target.kind === 'Pod') continue;
    const object = ctx.manifests.objects.find((o) => o.ref === target.ref);
    if (!object) continue;
    for (const metaPath of listOuterMetadataPaths(target.kind)) {
      let meta: unknown = object.value;
      for (const step of metaPath) meta = asObject(meta)[step as string];
      for (const key of Object.keys(asObject(asObject(meta)['annotations']))) {
        const path = [...target.ref.path, ...metaPath, 'annotations', key];
        const at: At = { file: target.ref.file, document: target.ref.document, path, part: 'key' };
        out.push({ target, key, at });
      }
    }
  }
  return out;
}
