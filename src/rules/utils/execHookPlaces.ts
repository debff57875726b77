/**
 * Where a grouped exec hook (`ExecHook` of a pod's plan) is written: the pod's exec annotations, or
 * the Restore-spec `postHooks[].exec` entries it came from. Shared by the exec-hook timing checks.
 */
import { ExecAnnotation } from '../../model/annotations.ts';
import type { ExecHook } from '../../model/types.ts';
import type { PodPlan } from '../../velero/plan.ts';
import { findMatchingSpecExecHooks, readPodAnnotations } from './podHooks.ts';
import type { At, RuleContext } from './rule.ts';
import { findNode } from './textEdits.ts';

/** The exec hook fields with both an annotation and a Restore-spec spelling. */
export type ExecHookField = 'onError' | 'execTimeout' | 'waitTimeout' | 'waitForReady';

export interface ExecHookPlace {
  /** The field's value when written, else the hook itself (the command annotation's key, or `exec:`). */
  at: At | null;
  written: boolean;
  /** How messages name the hook: `The exec hook annotation`, `Restore hook "x" (postHooks[1])`. */
  label: string;
}

/** Every place that defines `field` of `hook` for pod `p` (one for an annotation hook). */
export function execHookPlaces(
  ctx: RuleContext,
  p: PodPlan,
  hook: ExecHook,
  field: ExecHookField,
): ExecHookPlace[] {
  if (hook.hookSource === 'annotation') {
    const key = ExecAnnotation[field];
    const written = key in readPodAnnotations(p.target);
    return [
      {
        at: ctx.podAt(
          p.target,
          ['metadata', 'annotations', written ? key : ExecAnnotation.command],
          written ? 'value' : 'key',
        ),
        written,
        label: 'The exec hook annotation',
      },
    ];
  }
  return findMatchingSpecExecHooks(p)
    .filter(
      ({ resource, post }) => resource.name === hook.hookName && post.index === hook.hookIndex,
    )
    .map(({ resource, post }) => {
      const field_ = ctx.restoreAt([...post.path, 'exec', field], 'value');
      const written = field_ !== null && findNode(ctx, field_) !== undefined;
      return {
        at: written ? field_ : ctx.restoreAt([...post.path, 'exec'], 'key'),
        written,
        label: `Restore hook ${JSON.stringify(resource.name)} (postHooks[${post.index}])`,
      };
    });
}

/** The pod's grouped hooks per container, for containers HandleHooks keeps (in spec.containers). */
export function filterKeptExecGroups(p: PodPlan): [string, ExecHook[]][] {
  return [...p.exec.groups].filter(([container]) => p.containers.includes(container));
}
