import { defineEntry } from '../diagnostics/diagnostic.ts';
import { ExecAnnotation, InitAnnotation } from '../model/annotations.ts';
import {
  findMatchingSpecExecHooks,
  findMatchingSpecInitHooks,
  namePod,
  type SpecHookRef,
} from './utils/podHooks.ts';
import { defineRule, type At, type RuleContext } from './utils/rule.ts';

/** The overridden spec hooks as related locations (their `init`/`exec` key in the Restore). */
function relatedHooks(
  ctx: RuleContext,
  refs: SpecHookRef[],
  kind: 'init' | 'exec',
  pod: string,
): { at: At; message: string }[] {
  return refs.flatMap(({ resource, post }) => {
    const at = ctx.restoreAt([...post.path, kind], 'key');
    return at
      ? [
          {
            at,
            message: `Restore hook ${JSON.stringify(resource.name)}: its ${kind} part is skipped for ${pod}`,
          },
        ]
      : [];
  });
}

/** Distinct hook names, quoted, in order. */
function hookNames(refs: SpecHookRef[]): string {
  return [...new Set(refs.map((r) => JSON.stringify(r.resource.name)))].join(', ');
}

/**
 * Annotation hooks that silently replace the Restore's spec hooks on the same pod, per hook kind:
 * a non-empty init container-image replaces every spec init hook (HandleRestoreHooks), a non-empty
 * exec command every spec exec hook (GroupRestoreExecHooks), both in internal/hook/item_hook_handler.go.
 */
export const annotationOverridesSpecHooks = defineRule({
  entry: defineEntry({
    code: 'annotation-overrides-spec-hooks',
    title: "Annotation hook replaces the Restore spec's hooks for this pod",
    severity: 'warning',
    why:
      'Annotations win over the Restore spec, per hook kind. If the pod has a non-empty ' +
      'init.hook.restore.velero.io/container-image, NONE of the spec init hooks that select it are injected; if it ' +
      'has a non-empty post.hook.restore.velero.io/command, NONE of the spec exec hooks that select it run. Velero ' +
      'logs this only at info level, so the spec hooks seem to vanish. Init annotations do not affect spec exec hooks, ' +
      'and the exec annotation does not affect spec init hooks.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks (init), GroupRestoreExecHooks (exec)',
    fix: 'Put all hooks of that kind in one place: remove the annotation, or move the spec hook into the annotation (or exclude the pod from the spec hook with its label selector or namespaces).',
    message: (d: { pod: string; kind: 'init' | 'exec'; count: number; hooks: string }) =>
      d.kind === 'init'
        ? `${d.pod}: the init hook annotations replace the ${d.count} Restore spec init hook(s) that select this pod (${d.hooks}): none of their init containers are injected`
        : `${d.pod}: the exec hook annotation replaces the ${d.count} Restore spec exec hook(s) that select this pod (${d.hooks}): none of them run`,
  }),
  check(ctx, report) {
    for (const p of ctx.plan.pods) {
      const pod = namePod(p.target);
      if (p.init.kind === 'ok' && p.init.source === 'annotation') {
        const refs = findMatchingSpecInitHooks(p);
        if (refs.length > 0) {
          report(
            ctx.podAt(p.target, ['metadata', 'annotations', InitAnnotation.containerImage], 'key'),
            { pod, kind: 'init', count: refs.length, hooks: hookNames(refs) },
            { related: relatedHooks(ctx, refs, 'init', pod) },
          );
        }
      }
      if (p.exec.source !== 'annotation') continue;
      const refs = findMatchingSpecExecHooks(p);
      if (refs.length === 0) continue;
      report(
        ctx.podAt(p.target, ['metadata', 'annotations', ExecAnnotation.command], 'key'),
        { pod, kind: 'exec', count: refs.length, hooks: hookNames(refs) },
        { related: relatedHooks(ctx, refs, 'exec', pod) },
      );
    }
  },
});
