import { defineEntry } from '../diagnostics/diagnostic.ts';
import { ExecAnnotation, InitAnnotation } from '../model/annotations.ts';
import type { PodPlan } from '../velero/plan.ts';
import { readPodAnnotations, namePod, filterSelectedHooks } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/**
 * A pod with restore hooks that Velero never creates: the Restore's item filters leave it out
 * (`pkg/restore/restore.go` getOrderedResourceCollection, getSelectedRestoreableItems) or it was
 * completed in the backup (`isCompleted`). Its hooks never run and are not counted.
 */
export const hooksOnPodNotRestored = defineRule({
  entry: defineEntry({
    code: 'hooks-on-pod-not-restored',
    title: 'A pod with restore hooks is not restored',
    severity: 'warning',
    why:
      "Velero only runs hooks for pods it creates. The Restore's own filters come first: includedResources/" +
      'excludedResources for pods, includedNamespaces/excludedNamespaces on the namespace the pod had in the ' +
      'backup (before namespaceMapping), then labelSelector and orLabelSelectors on its backed-up labels. A pod ' +
      'that was Succeeded or Failed in the backup is skipped as well. Such a pod gets no init containers, its exec ' +
      'hooks never run, and they are not counted in HooksAttempted.',
    source:
      'pkg/restore/restore.go getOrderedResourceCollection, getSelectedRestoreableItems, restoreItem (isCompleted)',
    fix: "Widen the Restore's filters to include the pod, or drop the hooks that can never run.",
    message: (d: { pod: string; reason: string }) =>
      `${d.pod} has restore hooks, but Velero does not restore it: ${d.reason}`,
  }),
  check(ctx, report) {
    for (const p of ctx.plan.pods) {
      if (p.init.kind !== 'skipped' || p.init.reason === 'restore-failed') continue;
      if (!hasHooks(p)) continue;
      const { file, document, path } = p.target.ref;
      report(
        { file, document, path: [...path, 'metadata', 'name'] },
        { pod: namePod(p.target), reason: p.init.message },
      );
    }
  },
});

/** Hook annotations Velero would read, or a Restore hook resource the plan matched for its init step. */
function hasHooks(p: PodPlan): boolean {
  const annotations = readPodAnnotations(p.target);
  const set = (k: string) => typeof annotations[k] === 'string' && annotations[k] !== '';
  if (set(ExecAnnotation.command) || set(InitAnnotation.containerImage)) return true;
  return filterSelectedHooks(p.hookMatches.init).some((hook) => hook.postHooks.length > 0);
}
