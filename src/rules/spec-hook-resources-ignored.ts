import { defineEntry } from '../diagnostics/diagnostic.ts';
import { asArray, asObject, readValueAt } from '../model/json.ts';
import { defineRule } from './utils/rule.ts';
import { deleteEntryFix, nameHook, readRawRestore } from './utils/restoreSpec.ts';

/** Values of `includedResources` that already say "pods" (or everything), so ignoring them changes nothing. */
const PODS = new Set(['pods', 'pod', 'po', '*']);

/**
 * `includedResources`/`excludedResources` of a Restore hook, which Velero never reads:
 * `GetRestoreHooksFromSpec` (`internal/hook/item_hook_handler.go`) always selects pods only.
 */
export const specHookResourcesIgnored = defineRule({
  entry: defineEntry({
    code: 'spec-hook-resources-ignored',
    title: 'includedResources/excludedResources of a restore hook are ignored',
    severity: 'warning',
    why:
      'The API docs describe includedResources and excludedResources for restore hooks, but Velero never reads them: ' +
      'it always builds the hook\'s resource filter as "pods". A hook with includedResources: [deployments.apps] or ' +
      'excludedResources: [pods] still applies to every pod its namespaces and label selector select.',
    source:
      'internal/hook/item_hook_handler.go GetRestoreHooksFromSpec (Resources: Includes(kuberesource.Pods))',
    fix: 'Remove the field, and narrow the hook with includedNamespaces, excludedNamespaces or labelSelector instead.',
    message: (d: { hook: string; field: string; values: string }) =>
      `${d.field} ${d.values} of ${d.hook} is ignored: Velero restore hooks only ever apply to pods, and this hook ` +
      'still applies to every pod its namespaces and label selector select',
  }),
  check(ctx, report) {
    const restore = readRawRestore(ctx);
    for (const resource of ctx.restore.resources) {
      const raw = asObject(readValueAt(restore, resource.path));
      for (const field of ['includedResources', 'excludedResources'] as const) {
        const values = asArray(raw[field]).map((v) => String(v));
        if (values.length === 0) continue;
        if (field === 'includedResources' && values.every((v) => PODS.has(v.toLowerCase())))
          continue;
        const at = ctx.restoreAt([...resource.path, field], 'key');
        if (!at) continue;
        const fix = deleteEntryFix(ctx, at, `Remove ${field}`);
        report(
          at,
          { hook: nameHook(resource), field, values: `[${values.join(', ')}]` },
          fix ? { fix } : undefined,
        );
      }
    }
  },
});
