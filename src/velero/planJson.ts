import { formatDuration } from '../go/duration.ts';
import type { Container, ExecHook, ExecHookGroups } from '../model/types.ts';
import type { Plan, PodPlan } from './plan.ts';

export interface ExecHookJson {
  hookName: string;
  hookSource: string;
  hookIndex: number;
  container: string;
  command: string[];
  onError: string;
  execTimeout: string;
  waitTimeout: string;
  waitForReady: boolean;
}

export interface PodPlanJson {
  namespace: string;
  name: string;
  kind: string;
  owner: string;
  nameDerived: boolean;
  targetNamespace: string;
  initContainers: Container[] | null;
  execHooks: Record<string, ExecHookJson[]>;
  error: string | null;
  errorKind?: 'panic';
  /** false when Velero does not create the pod (skipped, or the init-hook step failed). */
  restored: boolean;
  /** Why Velero does not create the pod (`completed`, `namespace-excluded`, `resource-excluded`, `label-selector`, `or-label-selectors`, `restore-failed`); null otherwise. */
  skipReason: string | null;
  /** Why the pod is not restored, in words; null when it is. */
  notRestoredReason: string | null;
}

export interface PlanJson {
  restore: { name: string; backupName: string };
  /** The Velero release the plan follows. */
  veleroVersion: string;
  validationErrors: string[];
  validationPanic: string | null;
  trackerAdded: number | null;
  pods: PodPlanJson[];
}

/** The plan in the shape of the CLI contract (`shared/conformance/README.md`): durations as Go strings. */
export function planToJson(plan: Plan): PlanJson {
  return {
    restore: { name: plan.restore.name, backupName: plan.restore.backupName },
    veleroVersion: plan.version.name,
    validationErrors: plan.validationErrors.map((e) => e.message),
    validationPanic: plan.validationPanic?.message ?? null,
    trackerAdded: plan.trackerAdded,
    pods: plan.pods.map(podToJson),
  };
}

/** One pod's plan in the shape of the CLI contract (see planToJson). */
export function podToJson(p: PodPlan): PodPlanJson {
  const json: PodPlanJson = {
    namespace: p.target.namespace,
    name: p.target.name,
    kind: p.target.kind,
    owner: p.target.ownerName,
    nameDerived: p.target.nameDerived,
    targetNamespace: p.targetNamespace,
    initContainers: p.init.kind === 'ok' ? p.init.initContainers : null,
    execHooks: execGroupsToJson(p.exec.groups),
    error: p.init.kind === 'error' ? p.init.message : null,
    restored: p.init.kind === 'ok',
    skipReason: p.init.kind === 'skipped' ? p.init.reason : null,
    notRestoredReason: p.init.kind === 'ok' ? null : p.init.message,
  };
  if (p.init.kind === 'error' && p.init.panic) json.errorKind = 'panic';
  return json;
}

export function execGroupsToJson(groups: ExecHookGroups): Record<string, ExecHookJson[]> {
  const out: Record<string, ExecHookJson[]> = {};
  for (const [container, hooks] of groups) out[container] = hooks.map(execHookToJson);
  return out;
}

export function execHookToJson(h: ExecHook): ExecHookJson {
  return {
    hookName: h.hookName,
    hookSource: h.hookSource,
    hookIndex: h.hookIndex,
    container: h.container,
    command: h.command,
    onError: h.onError,
    execTimeout: formatDuration(h.execTimeout),
    waitTimeout: formatDuration(h.waitTimeout),
    waitForReady: h.waitForReady,
  };
}
