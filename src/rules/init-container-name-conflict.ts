import { defineEntry } from '../diagnostics/diagnostic.ts';
import {
  InitAnnotation,
  LEGACY_RESTIC_WAIT_CONTAINER,
  RESTORE_WAIT_CONTAINER,
} from '../model/annotations.ts';
import type { InjectedContainer } from '../velero/initHooks.ts';
import type { PodPlan } from '../velero/plan.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import { namePod } from './utils/podHooks.ts';
import { defineRule, type At, type RuleContext } from './utils/rule.ts';
import { findRawKey } from './utils/restoreSpec.ts';

type ConflictKind = 'container' | 'init-container' | 'hook-container' | 'restore-wait';

interface Conflict {
  kind: ConflictKind;
  name: string;
  hook: string;
  other: string;
  at: At;
  related: { at: At; message: string } | undefined;
  pods: string[];
}

/**
 * An injected init container whose name is already taken in the pod. `HandleRestoreHooks`
 * (`internal/hook/item_hook_handler.go`) never deduplicates names; a `restore-wait` is dropped by
 * `PodVolumeRestoreAction.Execute` (`pkg/restore/actions/pod_volume_restore_action.go`).
 */
export const initContainerNameConflict = defineRule({
  entry: defineEntry({
    code: 'init-container-name-conflict',
    title: 'Injected init container name already used in the pod',
    severity: 'error',
    why:
      'Velero adds hook init containers to the pod exactly as named and never checks or changes the names. Kubernetes ' +
      'requires every container and init container of a pod to have a unique name, so the API server rejects the pod ' +
      'and Velero cannot restore it (a restore error: PartiallyFailed). Two matching hooks injecting the same name ' +
      'collide the same way. The names restore-wait and restic-wait are reserved: the pod-volume restore action, ' +
      'which runs after the init-hook action, removes every init container with those names, so such a hook never runs.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks; pkg/restore/actions/pod_volume_restore_action.go ' +
      'PodVolumeRestoreAction.Execute; Kubernetes pod validation (validateContainers: Duplicate value)',
    fix: 'Give the hook init container a name of its own, e.g. prefixed with the hook name.',
    message: (d: { name: string; hook: string; kind: string; other: string; pods: string }) =>
      d.kind === 'restore-wait'
        ? `init container ${JSON.stringify(d.name)} from ${d.hook} is removed again in ${d.pods}: Velero's pod-volume ` +
          'restore action drops every init container named restore-wait or restic-wait, so this hook never runs'
        : `init container ${JSON.stringify(d.name)} from ${d.hook} has the same name as ${d.other} in ${d.pods}: ` +
          'Velero does not rename it, and the API server rejects the pod (duplicate container name)',
  }),
  check(ctx, report) {
    const found = new Map<string, Conflict>();
    for (const p of ctx.plan.pods) {
      for (const c of podConflicts(ctx, p)) {
        const key = JSON.stringify([
          c.at.file,
          c.at.document,
          c.at.path,
          c.kind,
          c.related?.at.path ?? null,
        ]);
        const seen = found.get(key);
        if (seen) seen.pods.push(...c.pods);
        else found.set(key, c);
      }
    }
    for (const c of found.values()) {
      const pods = c.pods[0] ?? '';
      report(
        c.at,
        {
          name: c.name,
          hook: c.hook,
          kind: c.kind,
          other: c.other,
          pods: c.pods.length > 1 ? `pod ${pods} and ${c.pods.length - 1} more` : `pod ${pods}`,
        },
        c.related ? { related: [c.related] } : undefined,
      );
    }
  },
});

/** Where an injected container's name is written, and how messages name its origin. */
function origin(
  ctx: RuleContext,
  p: PodPlan,
  injected: InjectedContainer,
): { at: At; hook: string } | null {
  const from = injected.from;
  if (from.source === 'annotation') {
    return {
      at: ctx.podAt(p.target, ['metadata', 'annotations', InitAnnotation.containerName]),
      hook: 'the init annotations',
    };
  }
  const resource = ctx.restore.resources[from.resourceIndex];
  const raw = resource?.postHooks[from.postHookIndex]?.initContainers?.[from.containerIndex];
  const at = ctx.restoreAt([...from.path, findRawKey(raw, 'name') ?? 'name']);
  return at && resource
    ? { at, hook: `hooks.resources[${resource.index}] ${JSON.stringify(resource.name)}` }
    : null;
}

function podConflicts(ctx: RuleContext, p: PodPlan): Conflict[] {
  if (p.init.kind !== 'ok') return [];
  const spec = asObject(p.target.pod['spec']);
  const names = (list: string) => asArray(spec[list]).map((c) => asString(asObject(c)['name']));
  const containers = names('containers');
  const initContainers = names('initContainers');
  const out: Conflict[] = [];
  const earlier: { name: string; at: At; hook: string }[] = [];
  for (const injected of p.init.injected) {
    if (injected.from.source === 'annotation' && injected.from.generatedName) continue;
    const name = injected.container.name ?? '';
    const here = origin(ctx, p, injected);
    if (!here || name === '') continue;
    const base = { name, hook: here.hook, at: here.at, pods: [namePod(p.target)] };
    const ci = containers.indexOf(name);
    const ii = initContainers.indexOf(name);
    const prior = earlier.find((e) => e.name === name);
    if (name === RESTORE_WAIT_CONTAINER || name === LEGACY_RESTIC_WAIT_CONTAINER) {
      out.push({ ...base, kind: 'restore-wait', other: '', related: undefined });
    } else if (ci !== -1) {
      const at = ctx.podAt(p.target, ['spec', 'containers', ci, 'name']);
      out.push({
        ...base,
        kind: 'container',
        other: `container ${JSON.stringify(name)}`,
        related: { at, message: "the pod's container" },
      });
    } else if (ii !== -1) {
      const at = ctx.podAt(p.target, ['spec', 'initContainers', ii, 'name']);
      out.push({
        ...base,
        kind: 'init-container',
        other: `init container ${JSON.stringify(name)}`,
        related: { at, message: "the pod's own init container" },
      });
    } else if (prior) {
      out.push({
        ...base,
        kind: 'hook-container',
        other: `the init container from ${prior.hook}`,
        related: { at: prior.at, message: `also injected by ${prior.hook}` },
      });
    }
    earlier.push({ name, at: here.at, hook: here.hook });
  }
  return out;
}
