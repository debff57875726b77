import { defineEntry } from '../diagnostics/diagnostic.ts';
import { defineRule } from './utils/rule.ts';

/**
 * Velero 1.10.0's `validateAndComplete` (`pkg/controller/restore_controller.go`) reads
 * `h.Init.InitContainers` of every postHooks entry without a nil check (velero#5674).
 */
export const restoreValidationPanics = defineRule({
  entry: defineEntry({
    code: 'restore-validation-panics',
    title: 'An exec-only hook crashes the velero server on 1.10.0',
    severity: 'error',
    why:
      "Velero 1.10.0 validates the init containers of every postHooks entry by reading the entry's init part without " +
      'checking that it exists. A postHooks entry with only exec (or init: null) dereferences nil: the restore ' +
      "controller's panic is not recovered, the velero server exits before the Restore's phase is written, and after " +
      'the restart it meets the same New Restore and crashes again. Fixed in 1.10.1 (velero#5675).',
    source: 'pkg/controller/restore_controller.go validateAndComplete @v1.10.0; velero#5674',
    fix: 'Upgrade to Velero 1.10.1 or later. On 1.10.0, give every postHooks entry an init part (init: {initContainers: []}).',
    appliesTo: (b) => b.execOnlyHookCrashesValidation,
    message: (d: { panic: string }) =>
      `Velero 1.10.0 panics validating this Restore (${d.panic}): this postHooks entry has no init part; the velero ` +
      'server exits and crashes again on this Restore after every restart',
  }),
  check(ctx, report) {
    const panic = ctx.plan.validationPanic;
    const at = panic ? ctx.restoreAt(panic.path) : null;
    if (panic && at) report(at, { panic: panic.message });
  },
});
