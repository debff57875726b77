import { getValidName } from '../go/validLabelName.ts';
import { BACKUP_NAME_LABEL, RESTORE_NAME_LABEL } from '../model/annotations.ts';
import type { JsonObject } from '../model/types.ts';
import { groupExecHooks, type ExecGrouping } from './execHooks.ts';
import { applyInitHooks, type InitResult } from './initHooks.ts';
import type { PodTarget } from './pods.ts';
import { asArray, asObject, asString, type RestoreModel } from './restore.ts';
import {
  selectableHooks,
  validateRestoreHooks,
  type SelectableHook,
  type SelectorError,
  type ValidationError,
} from './selectHooks.ts';

/** What Velero will do with one backed-up pod. */
export interface PodPlan {
  target: PodTarget;
  /** The namespace the pod is restored into (`namespaceMapping` applied). */
  targetNamespace: string;
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
  restore: RestoreModel;
  hooks: SelectableHook[];
  selectorError: SelectorError | null;
  /** Entries Velero would put in `status.validationErrors` because of `spec.hooks`. */
  validationErrors: ValidationError[];
  pods: PodPlan[];
  /** Distinct hook-tracker keys over all pods (the later `HooksAttempted`). */
  trackerAdded: number;
}

/**
 * Plans a restore: restore validation, then for each pod the init-hook step on the backed-up pod and
 * exec-hook grouping on the created pod, as `pkg/restore/restore.go` restoreItem orders them.
 */
export function planRestore(pods: readonly PodTarget[], restore: RestoreModel): Plan {
  const selection = selectableHooks(restore);
  const trackerKeys = new Set<string>();
  const podPlans = pods.map((target) => {
    const plan = planPod(target, restore, selection);
    for (const key of plan.exec.trackerKeys) trackerKeys.add(key);
    return plan;
  });
  return {
    restore,
    hooks: selection.hooks,
    selectorError: selection.error,
    validationErrors: validateRestoreHooks(restore),
    pods: podPlans,
    trackerAdded: trackerKeys.size,
  };
}

function planPod(
  target: PodTarget,
  restore: RestoreModel,
  selection: ReturnType<typeof selectableHooks>,
): PodPlan {
  const targetNamespace = restore.namespaceMapping[target.namespace] ?? target.namespace;
  const containers = asArray(asObject(target.pod['spec'])['containers']).map((c) =>
    asString(asObject(c)['name']),
  );
  const init = applyInitHooks(target.pod, selection, restore.namespaceMapping);
  if (init.kind === 'error') {
    return {
      target,
      targetNamespace,
      init,
      restoredPod: null,
      exec: { groups: new Map(), trackerKeys: [], source: 'none' },
      containers,
    };
  }
  const restoredPod = createdPod(target.pod, init.initContainers, targetNamespace, restore);
  return {
    target,
    targetNamespace,
    init,
    restoredPod,
    exec: groupExecHooks(restoredPod, selection.hooks),
    containers,
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
  const labels: JsonObject = {
    ...(asObject(metadata['labels']) as JsonObject),
    [BACKUP_NAME_LABEL]: getValidName(restore.backupName),
    [RESTORE_NAME_LABEL]: getValidName(restore.name),
  };
  const spec = { ...(asObject(pod['spec']) as JsonObject) };
  if (initContainers.length > 0) spec['initContainers'] = initContainers;
  else delete spec['initContainers'];
  return { ...pod, metadata: { ...metadata, namespace, labels }, spec };
}
