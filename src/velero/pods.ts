import type { JsonObject, JsonPath } from '../model/types.ts';
import type { SourceFile } from '../yaml/source.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import { copyWith } from '../model/objects.ts';

/** Kinds whose pods Velero backs up, with the path of their pod template. */
export const POD_TEMPLATE_PATHS: Record<string, JsonPath> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Where an object sits: its file, document, and the path of the object within the document. */
export interface ObjectRef {
  file: string;
  document: number;
  /** [] for a top-level object, ['items', i] inside a List. */
  path: JsonPath;
}

/** A pod as Velero would find it in the backup, derived from a Pod or from a workload's pod template. */
export interface PodTarget {
  ref: ObjectRef;
  kind: string;
  /** The Pod's or the workload's own name. */
  ownerName: string;
  /** Path of the pod-shaped object (metadata + spec) within the document. */
  podPath: JsonPath;
  namespace: string;
  /** True when the manifest has no namespace and `default` is assumed. */
  namespaceDefaulted: boolean;
  name: string;
  /** True when the name is derived (a workload's pod gets a generated name). */
  nameDerived: boolean;
  /** A v1 Pod: the backed-up metadata (name, namespace, labels, annotations) and spec. */
  pod: JsonObject;
}

export interface ManifestObject {
  ref: ObjectRef;
  apiVersion: string;
  kind: string;
  value: JsonObject;
}

export interface Manifests {
  objects: ManifestObject[];
  pods: PodTarget[];
  restores: ManifestObject[];
}

/**
 * Finds the pods, workloads and Restores in parsed files; other kinds pass through untouched.
 * `backupFiles`: files that are items of a Velero backup, where only a Pod is a pod (a workload's
 * pods are backed up themselves) and a Restore is not the one to plan with.
 */
export function findManifests(
  files: readonly SourceFile[],
  backupFiles: ReadonlySet<string> = new Set(),
): Manifests {
  const out: Manifests = { objects: [], pods: [], restores: [] };
  for (const file of files) {
    const fromBackup = backupFiles.has(file.name);
    for (const doc of file.documents) {
      const value = doc.value;
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      const obj = value as JsonObject;
      if (isList(obj)) {
        (obj['items'] as unknown[]).forEach((item, i) => {
          if (item && typeof item === 'object' && !Array.isArray(item)) {
            addObject(
              out,
              { file: file.name, document: doc.index, path: ['items', i] },
              item as JsonObject,
              fromBackup,
            );
          }
        });
      } else {
        addObject(out, { file: file.name, document: doc.index, path: [] }, obj, fromBackup);
      }
    }
  }
  return out;
}

function isList(obj: JsonObject): boolean {
  const kind = asString(obj['kind']);
  return (kind === 'List' || kind.endsWith('List')) && Array.isArray(obj['items']);
}

function addObject(out: Manifests, ref: ObjectRef, value: JsonObject, fromBackup: boolean): void {
  const object: ManifestObject = {
    ref,
    apiVersion: asString(value['apiVersion']),
    kind: asString(value['kind']),
    value,
  };
  out.objects.push(object);
  if (object.kind === 'Restore' && object.apiVersion.startsWith('velero.io/')) {
    if (!fromBackup) out.restores.push(object);
    return;
  }
  if (fromBackup && object.kind !== 'Pod') return;
  const templatePath = POD_TEMPLATE_PATHS[object.kind];
  if (templatePath) out.pods.push(podTarget(object, templatePath));
}

function podTarget(object: ManifestObject, templatePath: JsonPath): PodTarget {
  const metadata = asObject(object.value['metadata']);
  const ownerName = asString(metadata['name']);
  const rawNamespace = asString(metadata['namespace']);
  const namespace = rawNamespace || 'default';
  let template: Record<string, unknown> = object.value;
  for (const step of templatePath) template = asObject(template[step as string]);
  const templateMeta = asObject(template['metadata']);
  const isPod = object.kind === 'Pod';
  const ordinal = object.kind === 'StatefulSet' ? statefulSetStartOrdinal(object.value) : 0;
  const name = isPod ? ownerName : derivePodName(object.kind, ownerName, namespace, ordinal);
  const podMetadata: JsonObject = { name, namespace };
  if (templateMeta['labels'] !== undefined)
    podMetadata['labels'] = templateMeta['labels'] as JsonObject;
  if (templateMeta['annotations'] !== undefined)
    podMetadata['annotations'] = templateMeta['annotations'] as JsonObject;
  let spec = (template['spec'] ?? {}) as JsonObject;
  if (object.kind === 'StatefulSet') spec = addClaimVolumes(spec, object.value, ownerName, ordinal);
  const pod: JsonObject = isPod
    ? copyWith(object.value, { metadata: copyWith(metadata as JsonObject, { namespace }) })
    : { apiVersion: 'v1', kind: 'Pod', metadata: podMetadata, spec };
  return {
    ref: object.ref,
    kind: object.kind,
    ownerName,
    podPath: [...object.ref.path, ...templatePath],
    namespace,
    namespaceDefaulted: rawNamespace === '',
    name,
    nameDerived: !isPod,
    pod,
  };
}

/**
 * The ordinal of the StatefulSet's first pod, the one the engine derives: `spec.ordinals.start`
 * (k8s.io/api apps/v1 StatefulSetOrdinals: indices run from start to start+replicas-1), else 0. A
 * negative or non-integer start is rejected by the API server; 0 stands in for it.
 */
function statefulSetStartOrdinal(set: JsonObject): number {
  const start = asObject(asObject(set['spec'])['ordinals'])['start'];
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 && start <= 2 ** 31 - 1
    ? start
    : 0;
}

/**
 * The pod spec with the volumes the StatefulSet controller gives its pod (`updateStorage`,
 * k8s.io/kubernetes pkg/controller/statefulset/stateful_set_utils.go): per volumeClaimTemplate a
 * volume of its name with claim `<template>-<set>-<ordinal>`, replacing a same-named template
 * volume; these come first, then the template's other volumes in their order. Go ranges over a map
 * for the claim volumes, so their order is not guaranteed; this keeps the templates' order.
 */
function addClaimVolumes(
  spec: JsonObject,
  set: JsonObject,
  setName: string,
  ordinal: number,
): JsonObject {
  const claims = new Map<string, JsonObject>();
  for (const template of asArray(asObject(set['spec'])['volumeClaimTemplates'])) {
    const name = asString(asObject(asObject(template)['metadata'])['name']);
    if (name === '') continue; // a volume without a name: the pod is rejected, nothing mounts it
    const claimName = `${name}-${setName}-${ordinal}`;
    claims.set(name, { name, persistentVolumeClaim: { claimName } });
  }
  if (claims.size === 0 || asObject(spec) !== spec) return spec;
  const own = asArray(spec['volumes']).filter((v) => !claims.has(asString(asObject(v)['name'])));
  return copyWith(spec, { volumes: [...claims.values(), ...(own as JsonObject[])] });
}

/** Kubernetes' random-suffix alphabet (`k8s.io/apimachinery/pkg/util/rand`), here fed by a hash. */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A stable, realistic pod name for a workload's pod (e.g. `web-7d4b9c6f8d-x2k9q` for a Deployment,
 * `db-<ordinal>` for a StatefulSet). Real names are random; this one is derived from the identity so
 * output is deterministic.
 */
export function derivePodName(kind: string, owner: string, namespace: string, ordinal = 0): string {
  const seed = `${kind}/${namespace}/${owner}`;
  const suffix = (length: number, salt: string) => {
    let h = hashFnv1a(seed + salt);
    let s = '';
    for (let i = 0; i < length; i++) {
      s += SUFFIX_ALPHABET[h % SUFFIX_ALPHABET.length];
      h = (Math.floor(h / SUFFIX_ALPHABET.length) ^ hashFnv1a(s + salt)) >>> 0;
    }
    return s;
  };
  switch (kind) {
    case 'StatefulSet':
      return `${owner}-${ordinal}`;
    case 'Deployment':
      return `${owner}-${suffix(10, 'rs')}-${suffix(5, 'pod')}`;
    case 'CronJob':
      return `${owner}-${(hashFnv1a(seed) % 90_000_000) + 10_000_000}-${suffix(5, 'pod')}`;
    default:
      return `${owner}-${suffix(5, 'pod')}`;
  }
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashFnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The namespaces holding items of the backup the manifests stand for (what Velero's
 * `extractNamespacesFromBackup` reads): every pod's, and every other object's own namespace.
 */
export function backupNamespaces(manifests: Manifests): string[] {
  const names = new Set(manifests.pods.map((p) => p.namespace));
  for (const o of manifests.objects) {
    if (o.kind === 'Restore') continue;
    const ns = asString(asObject(o.value['metadata'])['namespace']);
    if (ns) names.add(ns);
  }
  return [...names];
}
