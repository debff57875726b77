import { defineEntry } from '../diagnostics/diagnostic.ts';
import { decodeContainer } from '../velero/decodeContainer.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook, listSpecInitContainers } from './utils/restoreSpec.ts';

/**
 * A Restore-spec init container without a non-empty command, name or image. Reflects
 * `ValidateContainer` (`internal/hook/item_hook_handler.go`), which `validateAndComplete`
 * (`pkg/controller/restore_controller.go`) runs on every init container of every hook.
 */
export const specInitContainerIncomplete = defineRule({
  entry: defineEntry({
    code: 'spec-init-container-incomplete',
    title: 'Init container without command, name or image: the whole Restore fails validation',
    severity: 'error',
    why:
      'Before restoring anything, Velero validates every init container of every hook in the Restore, whether or not ' +
      'the hook matches any pod, and requires a non-empty command, name and image. A single incomplete container puts ' +
      '"invalid InitContainer in restore hook, it doesn\'t have Command, Name or Image field" into the validation ' +
      'errors: the Restore ends FailedValidation and nothing is restored. A container with only `args` (relying on the ' +
      "image's entrypoint) is rejected too.",
    source:
      'internal/hook/item_hook_handler.go ValidateContainer; pkg/controller/restore_controller.go validateAndComplete',
    fix:
      "Give the container a name, an image and a non-empty command. To run the image's entrypoint with arguments, " +
      'write the entrypoint itself into `command`.',
    message: (d: { hook: string; container: string; missing: string; argsOnly: boolean }) =>
      `init container ${d.container} of ${d.hook} has no ${d.missing}${d.argsOnly ? ' (args alone are not enough)' : ''}: ` +
      'Velero fails the whole Restore validation (FailedValidation) and restores nothing',
  }),
  check(ctx, report) {
    for (const c of listSpecInitContainers(ctx)) {
      const decoded = decodeContainer(c.raw, ctx.plan.version);
      if (decoded.error || !decoded.container) continue;
      const { command, name, image, args } = decoded.container;
      const missing = [
        ...(Array.isArray(command) && command.length > 0 ? [] : ['command']),
        ...(name ? [] : ['name']),
        ...(image ? [] : ['image']),
      ];
      if (missing.length === 0) continue;
      const at = ctx.restoreAt(c.path);
      if (!at) continue;
      report(at, {
        hook: nameHook(c.resource),
        container: name ? JSON.stringify(name) : `initContainers[${c.index}]`,
        missing:
          missing.length === 1
            ? missing.join('')
            : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1) ?? ''}`,
        argsOnly: missing.includes('command') && Array.isArray(args) && args.length > 0,
      });
    }
  },
});
