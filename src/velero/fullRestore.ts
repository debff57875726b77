import { getValidName } from '../go/validLabelName.ts';
import { BACKUP_NAME_LABEL, RESTORE_NAME_LABEL } from '../model/annotations.ts';
import type { Container, JsonObject, JsonPath } from '../model/types.ts';
import type { Plan, PodPlan } from './plan.ts';
import { findPluginConfig, type PluginConfig } from './pluginConfig.ts';
import type { ManifestObject } from './pods.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import {
  listFsBackupVolumeNames,
  applyPodVolumeRestore,
  type FsBackupSource,
} from './restoreWait.ts';

export { listFsBackupVolumeNames } from './restoreWait.ts';

/** One change Velero makes to a restored object, with the Velero step that makes it. */
export interface RestoreChange {
  step: 'init-restore-hook' | 'pod-action' | 'pod-volume-restore' | 'restore-item';
  /** The Velero source file and function. */
  source: string;
  /** What changed and why, in one or two sentences. */
  explanation: string;
  /** The path in the restored object that changed. */
  path: JsonPath;
}

export interface RestoredObject {
  /** The manifest object (for a workload: the workload) this output comes from. */
  object: ManifestObject;
  /** For a pod (or a workload's pod): its plan. */
  pod: PodPlan | undefined;
  /** The object as it was in the backup (for a workload's pod: the pod derived from its template). */
  original: JsonObject;
  /** The object as Velero would create it; null when Velero would not create it. */
  restored: JsonObject | null;
  /** Why it is not restored, when `restored` is null. */
  notRestored: string | null;
  changes: RestoreChange[];
}

export interface RestoreOptions {
  /** Also apply Velero's other changes (pod action, pod volume restore, restoreItem), not only hooks. */
  fullRestore: boolean;
  /**
   * Volumes backed up with file-system backup, besides the pod's `backup.velero.io/backup-volumes`;
   * both stand in for the backup's PodVolumeBackups when the plan has none.
   */
  fsBackupVolumes?: readonly string[];
  /** The image of the `restore-wait` init container: the Velero server's own image. */
  veleroImage?: string;
  /** The pod volume restore plugin's ConfigMap; found among the objects when absent. */
  pluginConfig?: PluginConfig;
}

/**
 * Every input object as Velero would create it. Hooks only: pods (and workloads' pods) with the init
 * hooks applied. Full restore: also the pod action, the pod volume restore action and restoreItem's
 * namespace, labels and metadata reset, in Velero's order (`pkg/restore/restore.go` restoreItem).
 */
export function restoreObjects(
  objects: readonly ManifestObject[],
  plan: Plan,
  options: RestoreOptions,
): RestoredObject[] {
  const podsByObject = new Map(plan.pods.map((p) => [refKey(p.target.ref), p]));
  const withConfig = {
    ...options,
    pluginConfig: options.pluginConfig ?? findPluginConfig(objects),
  };
  const out: RestoredObject[] = [];
  for (const object of objects) {
    if (object.kind === 'Restore' && object.apiVersion.startsWith('velero.io/')) continue;
    const pod = podsByObject.get(refKey(object.ref));
    if (!pod || object.kind !== 'Pod') out.push(passThrough(object, plan, withConfig));
    if (pod) out.push(restorePod(object, pod, plan, withConfig));
  }
  return out;
}

function refKey(ref: ManifestObject['ref']): string {
  return `${ref.file}\u0000${ref.document}\u0000${ref.path.join('/')}`;
}

function passThrough(object: ManifestObject, plan: Plan, options: RestoreOptions): RestoredObject {
  const changes: RestoreChange[] = [];
  const restored = options.fullRestore ? restoreItem(object.value, plan, changes) : object.value;
  return { object, pod: undefined, original: object.value, restored, notRestored: null, changes };
}

function restorePod(
  object: ManifestObject,
  pod: PodPlan,
  plan: Plan,
  options: RestoreOptions,
): RestoredObject {
  const original = pod.target.pod;
  const base = { object, pod, original };
  if (pod.init.kind === 'skipped') {
    return { ...base, restored: null, notRestored: pod.init.message, changes: [] };
  }
  if (pod.init.kind === 'error') {
    const why = pod.init.panic ? `Velero panics (${pod.init.message})` : pod.init.message;
    return {
      ...base,
      restored: null,
      notRestored: `the init-hook action fails: ${why}; the pod is not restored`,
      changes: [],
    };
  }
  const typed = pod.init.roundTrip.pod;
  // The backed-up init containers come after the injected ones (and a kept restore-wait).
  const shift =
    pod.init.initContainers.length - asArray(asObject(typed['spec'])['initContainers']).length;
  const changes = droppedFieldChanges(pod.init.roundTrip.dropped, shift, plan);
  let spec: JsonObject = { ...(asObject(typed['spec']) as JsonObject) };
  spec = setInitContainers(spec, pod.init.initContainers);
  if (pod.init.injected.length > 0 || pod.init.restoreWaitKept) {
    changes.push({
      step: 'init-restore-hook',
      source: 'internal/hook/item_hook_handler.go HandleRestoreHooks',
      explanation: initExplanation(pod),
      path: ['spec', 'initContainers'],
    });
  }
  let restored: JsonObject = { ...typed, spec };
  const configError = options.pluginConfig?.error;
  const fsBackup: FsBackupSource = {
    podVolumeBackups: plan.podVolumeBackups,
    extra: options.fsBackupVolumes ?? [],
  };
  if (options.fullRestore && configError && listFsBackupVolumeNames(restored, fsBackup).length > 0)
    return {
      ...base,
      restored: null,
      notRestored: `the pod volume restore action fails: ${configError}; the pod is not restored`,
      changes: [],
    };
  if (options.fullRestore) {
    restored = podAction(restored, changes);
    restored = applyPodVolumeRestore(restored, options, fsBackup, plan.version, changes);
    restored = restoreItem(restored, plan, changes);
  }
  return { ...base, restored, notRestored: null, changes };
}

/**
 * One change per field the typed round trip drops, placed on the object that held it in the
 * restored pod (`shift`: how many init containers now come before the backed-up ones).
 */
function droppedFieldChanges(
  dropped: readonly string[],
  shift: number,
  plan: Plan,
): RestoreChange[] {
  return dropped.map((field) => {
    const path: (string | number)[] = [];
    for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
      path.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
    if (path[0] === 'spec' && path[1] === 'initContainers' && typeof path[2] === 'number')
      path[2] += shift;
    return {
      step: 'init-restore-hook',
      source:
        'internal/hook/item_hook_handler.go HandleRestoreHooks (FromUnstructured into corev1.Pod, then ToUnstructured)',
      explanation: `The backed-up pod's ${field} is dropped: Velero ${plan.version.name} reads every restored pod into the corev1.Pod of k8s.io/api ${plan.version.behaviours.podTypes}, which has no such field (or not in this letter case), and writes it back without it.`,
      path: path.slice(0, -1),
    };
  });
}

function initExplanation(pod: PodPlan): string {
  if (pod.init.kind !== 'ok') return '';
  const names = pod.init.injected.map((i) => String(i.container.name ?? '')).join(', ');
  const from =
    pod.init.source === 'annotation'
      ? 'the pod annotations (they override every spec init hook)'
      : 'the Restore spec.hooks';
  const where = pod.init.restoreWaitKept ? 'after restore-wait, which stays first,' : 'first,';
  return `Injected ${names || 'no container'} from ${from}, ${where} before the pod's own init containers.`;
}

function setInitContainers(spec: JsonObject, containers: readonly Container[]): JsonObject {
  const next = { ...spec };
  if (containers.length > 0) next['initContainers'] = [...containers];
  else delete next['initContainers'];
  return next;
}

/** `PodAction.Execute` (`pkg/restore/actions/pod_action.go`). */
function podAction(pod: JsonObject, changes: RestoreChange[]): JsonObject {
  const spec = { ...(asObject(pod['spec']) as JsonObject) };
  const source = 'pkg/restore/actions/pod_action.go PodAction.Execute';
  if ('nodeName' in spec) {
    delete spec['nodeName'];
    changes.push({
      step: 'pod-action',
      source,
      path: ['spec', 'nodeName'],
      explanation: 'nodeName cleared so the scheduler can place the pod on any node.',
    });
  }
  if ('priority' in spec) {
    delete spec['priority'];
    changes.push({
      step: 'pod-action',
      source,
      path: ['spec', 'priority'],
      explanation: 'priority cleared; the API server sets it again from priorityClassName.',
    });
  }
  const prefix = asString(spec['serviceAccountName']) + '-token-';
  const keep = (v: unknown) => !asString(asObject(v)['name']).startsWith(prefix);
  const volumes = asArray(spec['volumes']);
  if (volumes.some((v) => !keep(v))) {
    spec['volumes'] = volumes.filter(keep) as JsonObject[];
    changes.push({
      step: 'pod-action',
      source,
      path: ['spec', 'volumes'],
      explanation: `service-account-token volumes (${prefix}*) removed; the new cluster mounts its own token.`,
    });
  }
  for (const key of ['containers', 'initContainers'] as const) {
    const list = asArray(spec[key]);
    let changed = false;
    const next = list.map((c) => {
      const mounts = asArray(asObject(c)['volumeMounts']);
      if (!mounts.some((m) => !keep(m))) return c;
      changed = true;
      return { ...(asObject(c) as JsonObject), volumeMounts: mounts.filter(keep) as JsonObject[] };
    });
    if (changed) {
      spec[key] = next as JsonObject[];
      changes.push({
        step: 'pod-action',
        source,
        path: ['spec', key],
        explanation: 'service-account-token volume mounts removed.',
      });
    }
  }
  return { ...pod, spec };
}

const SERVER_SET_METADATA = [
  'generateName',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
];

/** `restoreItem`'s own changes (`pkg/restore/restore.go`): namespace mapped, restore labels, metadata and status reset. */
function restoreItem(obj: JsonObject, plan: Plan, changes: RestoreChange[]): JsonObject {
  const source = 'pkg/restore/restore.go restoreItem (resetMetadataAndStatus, addRestoreLabels)';
  const metadata = { ...(asObject(obj['metadata']) as JsonObject) };
  const ns = asString(metadata['namespace']);
  const mapped = plan.restore.namespaceMapping[ns];
  if (ns && mapped && mapped !== ns) {
    metadata['namespace'] = mapped;
    changes.push({
      step: 'restore-item',
      source,
      path: ['metadata', 'namespace'],
      explanation: `Namespace mapped ${ns} → ${mapped} by spec.namespaceMapping.`,
    });
  }
  const removed = SERVER_SET_METADATA.filter((k) => k in metadata);
  for (const k of removed) delete metadata[k];
  if (removed.length > 0) {
    changes.push({
      step: 'restore-item',
      source,
      path: ['metadata'],
      explanation: `Server-set metadata dropped: ${removed.join(', ')}.`,
    });
  }
  metadata['labels'] = {
    ...(asObject(metadata['labels']) as JsonObject),
    [BACKUP_NAME_LABEL]: getValidName(plan.restore.backupName),
    [RESTORE_NAME_LABEL]: getValidName(plan.restore.name),
  };
  changes.push({
    step: 'restore-item',
    source,
    path: ['metadata', 'labels'],
    explanation: `Labels ${BACKUP_NAME_LABEL} and ${RESTORE_NAME_LABEL} added; exec hooks are matched against them.`,
  });
  const next: JsonObject = { ...obj, metadata };
  if ('status' in next) {
    delete next['status'];
    changes.push({
      step: 'restore-item',
      source,
      path: ['status'],
      explanation: 'status dropped; the new cluster sets its own.',
    });
  }
  return next;
}
