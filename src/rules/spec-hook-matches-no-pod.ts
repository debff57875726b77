import { defineEntry } from '../diagnostics/diagnostic.ts';
import { explainHookMatch } from '../velero/selectHooks.ts';
import { namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook } from './utils/restoreSpec.ts';

/** How many pods a message explains before it summarises the rest. */
const SHOWN = 3;

/**
 * A `hooks.resources[]` entry that selects none of the input pods, for init (backed-up labels) or
 * exec (created pod) matching: `ResourceHookSelector.applicableTo` via `HandleRestoreHooks` and
 * `GroupRestoreExecHooks` (`internal/hook/item_hook_handler.go`).
 */
export const specHookMatchesNoPod = defineRule({
  entry: defineEntry({
    code: 'spec-hook-matches-no-pod',
    title: 'Restore hook matches none of the pods',
    severity: 'info',
    why:
      'A restore hook applies to a pod when the namespace the pod is restored into passes includedNamespaces and ' +
      'excludedNamespaces (glob patterns, excludes first) and its labels match the labelSelector. Init hooks see the ' +
      'labels from the backup; exec hooks see the created pod, which also carries velero.io/backup-name and ' +
      'velero.io/restore-name. A hook that matches nothing here does nothing for these pods.',
    source:
      'internal/hook/item_hook_handler.go ResourceHookSelector.applicableTo, HandleRestoreHooks, GroupRestoreExecHooks; ' +
      'pkg/util/collections/includes_excludes.go ShouldInclude',
    fix: "Compare the hook's namespaces and label selector with the pods' target namespaces and labels.",
    message: (d: { hook: string; pods: number; reasons: string }) =>
      `${d.hook} matches none of the ${d.pods === 1 ? 'pod' : `${d.pods} pods`} in the input: ${d.reasons}`,
  }),
  check(ctx, report) {
    const pods = ctx.plan.pods;
    if (pods.length === 0) return;
    ctx.plan.hooks.forEach((h, i) => {
      const matched = pods.some(
        (p) =>
          p.hookMatches.init[i]?.kind === 'selected' ||
          p.hookMatches.exec?.[i]?.kind === 'selected',
      );
      if (matched) return;
      const at = ctx.restoreAt([...h.hook.path, 'name']);
      if (!at) return;
      const reasons = pods.slice(0, SHOWN).map((p) => {
        const into =
          p.targetNamespace === p.target.namespace ? '' : ` (restored into ${p.targetNamespace})`;
        const match = p.hookMatches.init[i];
        const why = match ? explainHookMatch(match) : [];
        return `${namePod(p.target)}${into}: ${why.length > 0 ? why.join(', ') : 'not selected'}`;
      });
      if (pods.length > SHOWN) reasons.push(`and ${pods.length - SHOWN} more`);
      report(at, { hook: nameHook(h.hook), pods: pods.length, reasons: reasons.join('; ') });
    });
  },
});
