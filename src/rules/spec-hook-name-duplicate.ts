import { defineEntry } from '../diagnostics/diagnostic.ts';
import { defineRule } from './utils/rule.ts';
import { chooseFreeHookName, findTrackerCollisions } from './utils/restoreSpec.ts';
import { replaceValueFix } from './utils/textEdits.ts';

/**
 * Two `hooks.resources[]` entries with the same name. Velero names spec exec hooks by it
 * (`GroupRestoreExecHooks`, `internal/hook/item_hook_handler.go`) and keys its hook tracker on it
 * (`internal/hook/hook_tracker.go`). Not reported where spec-hook-name-collapses already is.
 */
export const specHookNameDuplicate = defineRule({
  entry: defineEntry({
    code: 'spec-hook-name-duplicate',
    title: 'Two restore hooks with the same name',
    severity: 'warning',
    why:
      'Velero does not require hook names to be unique, but it uses them: exec-hook errors and logs name the hook, and ' +
      'the hook tracker identifies an exec hook by its name and postHooks index. With the same name, two hooks cannot be ' +
      "told apart in the Restore's errors, and as soon as both run an exec hook at the same index in the same " +
      'container of a pod they collapse into one tracker entry (spec-hook-name-collapses).',
    source:
      'internal/hook/hook_tracker.go HookTracker.Add; internal/hook/item_hook_handler.go GroupRestoreExecHooks',
    fix: 'Give every hooks.resources entry a unique name.',
    message: (d: { name: string; index: number; first: number }) =>
      `hooks.resources[${d.index}] has the same name ${JSON.stringify(d.name)} as hooks.resources[${d.first}]: ` +
      'their exec-hook errors cannot be told apart, and hooks at the same postHooks index for the same container ' +
      'count only once',
  }),
  check(ctx, report) {
    const collapsed = new Set(findTrackerCollisions(ctx).map((c) => c.resource.index));
    const firstByName = new Map<string, number>();
    for (const resource of ctx.restore.resources) {
      const first = firstByName.get(resource.name);
      if (first === undefined) {
        firstByName.set(resource.name, resource.index);
        continue;
      }
      if (collapsed.has(resource.index)) continue;
      const at = ctx.restoreAt([...resource.path, 'name']);
      const firstAt = ctx.restoreAt([...(ctx.restore.resources[first]?.path ?? []), 'name']);
      if (!at || !firstAt) continue;
      const name = resource.name;
      const rename = chooseFreeHookName(ctx, name, resource.index);
      report(
        at,
        { name: resource.name, index: resource.index, first },
        {
          related: [{ at: firstAt, message: `first used by hooks.resources[${first}]` }],
          ...(name ? { fix: replaceValueFix(`Rename to ${rename}`, at, rename) } : {}),
        },
      );
    }
  },
});
