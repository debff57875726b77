import { defineEntry } from '../diagnostics/diagnostic.ts';
import { convertLabelSelector } from '../go/labelSelector.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook } from './utils/restoreSpec.ts';

/**
 * A hook label selector that `metav1.LabelSelectorAsSelector` rejects. `GetRestoreHooksFromSpec`
 * (`internal/hook/item_hook_handler.go`) returns the error: `validateAndComplete` fails the Restore
 * and `InitRestoreHookPodAction.Execute` would fail every pod.
 */
export const specLabelSelectorInvalid = defineRule({
  entry: defineEntry({
    code: 'spec-label-selector-invalid',
    title: 'Invalid hook label selector: the whole Restore fails validation',
    severity: 'error',
    why:
      "Velero converts every hook's labelSelector with metav1.LabelSelectorAsSelector before doing anything else. " +
      'An unknown operator, In/NotIn without values, Exists/DoesNotExist with values, or an invalid key or value makes ' +
      'the conversion fail: the error becomes a Restore validation error (FailedValidation) and nothing is restored. ' +
      'The init-hook restore action converts the same spec for every pod before it looks at annotations, so it would ' +
      'return this error for every pod, annotated ones included. Velero reports only the first bad selector.',
    source:
      'internal/hook/item_hook_handler.go GetRestoreHooksFromSpec; pkg/controller/restore_controller.go ' +
      'validateAndComplete; pkg/restore/actions/init_restorehook_pod_action.go Execute',
    fix:
      'Use the operators In, NotIn (both with values), Exists or DoesNotExist (both without values), and valid label ' +
      'keys and values.',
    message: (d: { hook: string; error: string; stage: string }) =>
      d.stage === 'schema'
        ? `label selector of ${d.hook} has the wrong shape (${d.error}): the Restore CRD schema rejects it, so the API ` +
          'server refuses the Restore'
        : `label selector of ${d.hook} is invalid (${d.error}): Velero fails the whole Restore validation ` +
          '(FailedValidation) and restores nothing; the init-hook action would return this error for every pod, ' +
          'annotated ones included',
  }),
  check(ctx, report) {
    for (const resource of ctx.restore.resources) {
      if (resource.labelSelector === undefined) continue;
      const converted = convertLabelSelector(resource.labelSelector);
      if (!('error' in converted)) continue;
      const [first, second] = converted.path;
      const onKey =
        first === 'matchLabels' && second !== undefined && /^\[?key:/.test(converted.error);
      const at = ctx.restoreAt(
        [...resource.path, 'labelSelector', ...converted.path],
        onKey ? 'key' : 'value',
      );
      if (!at) continue;
      // The converter's decode errors ("… must be a string, not a number") are JSON type errors, which the
      // CRD's structural schema refuses before Velero ever sees the Restore.
      const stage = / must be .+, not /.test(converted.error) ? 'schema' : 'validation';
      report(at, { hook: nameHook(resource), error: converted.error, stage });
    }
  },
});
