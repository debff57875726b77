import { getValidName } from '../go/validLabelName.ts';
import { BACKUP_NAME_LABEL, RESTORE_NAME_LABEL } from '../model/annotations.ts';
import type { JsonObject } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { groupExecHooks, type ExecGrouping } from './execHooks.ts';
import { applyInitHooks, readTypedStringMap, type InitResult } from './initHooks.ts';
import type { PodVolumeBackupRecord } from './podVolumeBackups.ts';
import type { PodTarget } from './pods.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import type { RestoreModel } from './restore.ts';
import { validateRestoreFilters } from './restoreFilterValidation.ts';
import { readRestoreFilters, type FilterFailure, type RestoreFilters } from './restoreFilters.ts';
import {
  matchResourceHooks,
  collectSelectableHooks,
  validateRestoreHooks,
  type HookMatch,
  type SelectableHook,
  type SelectorError,
  type ValidationError,
} from './selectHooks.ts';
import { copyWith } from '../model/objects.ts';

/**
 * Which Restore resource hooks select a pod, one entry per `Plan.hooks` entry in its order. Velero
 * matches twice: the init step on the backed-up labels and the TARGET namespace
 * (`HandleRestoreHooks`), exec grouping on the created pod (`GroupRestoreExecHooks`), whose labels
 * also carry `velero.io/backup-name` and `velero.io/restore-name`.
 */
export interface PodHookMatches {
  /** Matched for every pod, restored or not (empty when a label selector does not convert). */
  init: HookMatch[];
  /** null when the pod is not created. */
  exec: HookMatch[] | null;
}

/** What Velero will do with one backed-up pod. */
export interface PodPlan {
  target: PodTarget;
  /** The namespace the pod is restored into (`namespaceMapping` applied). */
  targetNamespace: string;
  /** Which resource hooks select the pod, for init and exec; the steps below read these. */
  hookMatches: PodHookMatches;
  init: InitResult;
  /**
   * The pod as `restoreItem` creates it, which exec grouping sees: init hooks applied, target
   * namespace, restore labels added. null when the init step failed (the pod is not restored).
   */
  restoredPod: JsonObject | null;
  exec: ExecGrouping;
  /** Names in `spec.containers`, in order. */
  containers: string[];
}

export interface Plan {
  /** The Velero release whose behaviour the plan follows. */
  version: VeleroVersion;
  restore: RestoreModel;
  hooks: SelectableHook[];
  selectorError: SelectorError | null;
  /** Entries Velero would put in `status.validationErrors` because of the item filters and `spec.hooks`. */
  validationErrors: ValidationError[];
  /** A panic of restore validation (1.10.0, velero#5674): the velero server exits. */
  validationPanic: ValidationError | null;
  /** An error of the Restore's item filters that ends the restore before any item is restored. */
  filterFailure: FilterFailure | null;
  pods: PodPlan[];
  /** Distinct hook-tracker keys over all pods (the later `HooksAttempted`); null without a tracker. */
  trackerAdded: number | null;
  /**
   * The backup's PodVolumeBackups, which decide restore-wait (`pkg/podvolume/util.go`
   * GetVolumeBackupsForPod); null when not given: each pod's `backup.velero.io/backup-volumes`
   * stands in for them.
   */
  podVolumeBackups: readonly PodVolumeBackupRecord[] | null;
}

/**
 * Plans a restore: restore validation, the Restore's item filters, then for each restored pod the
 * init-hook step on the backed-up pod and exec-hook grouping on the created pod, as
 * `pkg/restore/restore.go` restoreItem orders them. `backupNamespaces`: the namespaces of every
 * item in the backup (wildcard expansion reads them; default: the pods' namespaces);
 * `podVolumeBackups`: the backup's record of file-system-backed volumes, when known.
 */
export function planRestore(
  pods: readonly PodTarget[],
  restore: RestoreModel,
  version: VeleroVersion,
  backupNamespaces: readonly string[] = pods.map((p) => p.namespace),
  podVolumeBackups: readonly PodVolumeBackupRecord[] | null = null,
): Plan {
  const selection = collectSelectableHooks(restore, version);
  const filters = readRestoreFilters(restore, version, backupNamespaces);
  const trackerKeys = new Set<string>();
  const podPlans = pods.map((target) => {
    const plan = planPod(target, restore, selection, filters, version);
    for (const key of plan.exec.trackerKeys) trackerKeys.add(key);
    return plan;
  });
  const validation = validateRestoreHooks(restore, version);
  return {
    version,
    restore,
    hooks: selection.hooks,
    selectorError: selection.error,
    validationErrors: [...validateRestoreFilters(restore), ...validation.errors],
    validationPanic: validation.panic,
    filterFailure: filters.failure,
    pods: podPlans,
    trackerAdded: version.behaviours.hookTracker === 'none' ? null : trackerKeys.size,
    podVolumeBackups,
  };
}

function planPod(
  target: PodTarget,
  restore: RestoreModel,
  selection: ReturnType<typeof collectSelectableHooks>,
  filters: RestoreFilters,
  version: VeleroVersion,
): PodPlan {
  const targetNamespace = restore.namespaceMapping[target.namespace] ?? target.namespace;
  const containers = asArray(asObject(target.pod['spec'])['containers']).map((c) =>
    asString(asObject(c)['name']),
  );
  const phase = asObject(target.pod['status'])['phase'];
  const filtered = filters.skip(target);
  // Init matching (`HandleRestoreHooks`): the backed-up labels, the namespace after namespaceMapping.
  const labels = readTypedStringMap(asObject(target.pod['metadata'])['labels']);
  const initMatches = matchResourceHooks(selection.hooks, targetNamespace, labels);
  const init: InitResult = filtered
    ? { kind: 'skipped', ...filtered }
    : phase === 'Succeeded' || phase === 'Failed'
      ? completedPodSkip(phase)
      : applyInitHooks(target.pod, { matches: initMatches, error: selection.error }, version);
  if (init.kind !== 'ok') {
    return {
      target,
      targetNamespace,
      hookMatches: { init: initMatches, exec: null },
      init,
      restoredPod: null,
      exec: { groups: new Map(), trackerKeys: [], source: 'none' },
      containers,
    };
  }
  const restoredPod = createdPod(target.pod, init.initContainers, targetNamespace, restore);
  // Exec matching (`GroupRestoreExecHooks`): the created pod's namespace and labels.
  const created = asObject(restoredPod['metadata']);
  const execMatches = matchResourceHooks(
    selection.hooks,
    asString(created['namespace']),
    readTypedStringMap(created['labels']),
  );
  return {
    target,
    targetNamespace,
    hookMatches: { init: initMatches, exec: execMatches },
    init,
    restoredPod,
    exec: groupExecHooks(restoredPod, execMatches, version),
    containers,
  };
}

/**
 * `restoreItem` (`pkg/restore/restore.go`) skips a pod whose backed-up `status.phase` is Succeeded
 * or Failed (`isCompleted`) before any restore item action or hook, in every supported version.
 */
function completedPodSkip(phase: string): InitResult {
  return {
    kind: 'skipped',
    reason: 'completed',
    message: `the pod was ${phase} in the backup: Velero never restores a completed pod (pkg/restore/restore.go isCompleted), so it gets no hooks`,
  };
}

/** The pod as created: init containers from the init step, target namespace, restore labels. */
function createdPod(
  pod: JsonObject,
  initContainers: JsonObject[],
  namespace: string,
  restore: RestoreModel,
): JsonObject {
  const metadata = asObject(pod['metadata']) as JsonObject;
  // Copies made with copyWith and Object.assign, not spreads (model/objects.ts says why).
  const labels: JsonObject = copyWith(asObject(metadata['labels']) as JsonObject, {
    [BACKUP_NAME_LABEL]: getValidName(restore.backupName),
    [RESTORE_NAME_LABEL]: getValidName(restore.name),
  });
  const spec: JsonObject = Object.assign({}, asObject(pod['spec']) as JsonObject);
  if (initContainers.length > 0) spec['initContainers'] = initContainers;
  else delete spec['initContainers'];
  return copyWith(pod, { metadata: copyWith(metadata, { namespace, labels }), spec });
}
