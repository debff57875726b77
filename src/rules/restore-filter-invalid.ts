import { defineEntry } from '../diagnostics/diagnostic.ts';
import { validateRestoreFilters } from '../velero/restoreFilterValidation.ts';
import { defineRule } from './utils/rule.ts';

/**
 * The Restore's own item filters make Velero restore nothing: `validateAndComplete`
 * (`pkg/controller/restore_controller.go`) rejects the lists or both selectors, or
 * `RestoreWithResolvers` (`pkg/restore/restore.go`) fails converting a selector or expanding
 * namespace wildcards before it restores any item.
 */
export const restoreFilterInvalid = defineRule({
  entry: defineEntry({
    code: 'restore-filter-invalid',
    title: "The Restore's item filters make Velero restore nothing",
    severity: 'error',
    why:
      "Velero checks the Restore's own filters before it restores anything. The restore controller rejects a " +
      'non-restorable resource in includedResources (nodes, events, backups.velero.io, …), * next to other ' +
      'includes, * in excludes, an entry in both lists, and labelSelector together with orLabelSelectors: the ' +
      'Restore ends FailedValidation. Then the restorer converts orLabelSelectors and labelSelector with ' +
      'metav1.LabelSelectorAsSelector and, on 1.18.0 and main, expands namespace wildcards (braces, ** and ' +
      '| ( ) ! , are refused there): an error ends the restore with that error before any item is restored ' +
      '(PartiallyFailed, nothing restored). Either way no pod is created and no hook runs.',
    source:
      'pkg/controller/restore_controller.go validateAndComplete; pkg/util/collections/includes_excludes.go ' +
      'ValidateIncludesExcludes; pkg/restore/restore.go RestoreWithResolvers, expandNamespaceWildcards; ' +
      'pkg/util/wildcard/expand.go ValidateNamespaceName',
    fix:
      'Remove the non-restorable resources and the entries listed in both lists, use * alone, use either ' +
      'labelSelector or orLabelSelectors, write valid selector operators (In, NotIn, Exists, DoesNotExist), and ' +
      'keep namespace patterns to *, ? and [abc].',
    message: (d: { error: string; stage: 'validation' | 'restore' }) =>
      d.stage === 'validation'
        ? `${d.error}: Velero fails the Restore validation (FailedValidation) and restores nothing`
        : `${d.error}: the restore fails before restoring any item (PartiallyFailed, nothing restored)`,
  }),
  check(ctx, report) {
    for (const e of validateRestoreFilters(ctx.restore)) {
      const keyOnly = typeof e.path[e.path.length - 1] === 'string';
      const at = ctx.restoreAt(e.path, keyOnly ? 'key' : 'value');
      if (at) report(at, { error: e.message, stage: 'validation' });
    }
    const failure = ctx.plan.filterFailure;
    if (!failure) return;
    const field = failure.path.length === 2;
    const at = ctx.restoreAt(failure.path, field ? 'key' : 'value');
    if (at) report(at, { error: failure.message, stage: 'restore' });
  },
});
