import { defineEntry } from '../diagnostics/diagnostic.ts';
import type { ResourceHook } from '../velero/restore.ts';
import { defineRule } from './utils/rule.ts';
import {
  chooseFreeHookName,
  findTrackerCollisions,
  type TrackerCollision,
} from './utils/restoreSpec.ts';
import { replaceValueFix } from './utils/textEdits.ts';

/**
 * Two same-named `hooks.resources[]` entries whose exec hooks get one hook-tracker key
 * (`internal/hook/hook_tracker.go` HookTracker.Add/Record: only the first record of a key counts),
 * as grouped by `GroupRestoreExecHooks` (`internal/hook/item_hook_handler.go`).
 */
export const specHookNameCollapses = defineRule({
  entry: defineEntry({
    code: 'spec-hook-name-collapses',
    title: 'Same hook name, same postHooks index, same container: one tracker entry for two hooks',
    severity: 'warning',
    why:
      "Velero's hook tracker identifies an exec hook by (namespace, pod, container, source, hook name, postHooks " +
      'index). Two hooks.resources entries with the same name whose exec hooks sit at the same postHooks index and run ' +
      'in the same container get ONE key: both hooks run, but only the first result recorded counts. If the second ' +
      'hook fails after the first succeeded, the failure is only logged, it is not counted in HooksFailed, and it ' +
      'cannot make the Restore PartiallyFailed.',
    source:
      'internal/hook/hook_tracker.go HookTracker.Add and Record; internal/hook/item_hook_handler.go GroupRestoreExecHooks',
    fix: 'Give every hooks.resources entry a unique name.',
    message: (d: {
      name: string;
      index: number;
      first: number;
      postHook: number;
      container: string;
      pods: string;
    }) =>
      `hooks.resources[${d.index}] has the same name ${JSON.stringify(d.name)} as hooks.resources[${d.first}]: their ` +
      `exec hooks at postHooks[${d.postHook}] run in the same container (${JSON.stringify(d.container)} in ${d.pods}) ` +
      'and share one hook-tracker key, so a failure of this hook is not counted and cannot make the Restore PartiallyFailed',
  }),
  check(ctx, report) {
    const byResource = new Map<ResourceHook, TrackerCollision[]>();
    for (const c of findTrackerCollisions(ctx))
      byResource.set(c.resource, [...(byResource.get(c.resource) ?? []), c]);
    for (const [resource, collisions] of byResource) {
      const c = collisions[0];
      const at = ctx.restoreAt([...resource.path, 'name']);
      if (!c || !at) continue;
      const firstAt = ctx.restoreAt([...c.first.path, 'name']);
      const pods = [...new Set(collisions.map((x) => x.pod))];
      const name = resource.name;
      const rename = chooseFreeHookName(ctx, name, resource.index);
      report(
        at,
        {
          name,
          index: resource.index,
          first: c.first.index,
          postHook: c.post.index,
          container: c.container,
          pods:
            pods.length > 1
              ? `pod ${c.pod}, and ${pods.length - 1} more pod${pods.length > 2 ? 's' : ''}`
              : `pod ${c.pod}`,
        },
        {
          ...(firstAt
            ? {
                related: [
                  {
                    at: firstAt,
                    message: `the hook the tracker counts (hooks.resources[${c.first.index}])`,
                  },
                ],
              }
            : {}),
          ...(name ? { fix: replaceValueFix(`Rename to ${rename}`, at, rename) } : {}),
        },
      );
    }
  },
});
