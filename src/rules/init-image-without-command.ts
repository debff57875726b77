import { defineEntry } from '../diagnostics/diagnostic.ts';
import { InitAnnotation } from '../model/annotations.ts';
import { defineRule } from './utils/rule.ts';

/** The init annotation hook with an image and no (or an empty) command makes Velero panic. */
export const initImageWithoutCommand = defineRule({
  entry: defineEntry({
    code: 'init-image-without-command',
    title: 'Init hook image without a command: Velero panics and the pod is not restored',
    severity: 'error',
    why:
      'Velero logs "using container\'s default entrypoint", then parses the empty command by reading its first byte, ' +
      'which panics (index out of range). The plugin framework turns the panic into an error and the pod is NOT restored. ' +
      'The docs call the command optional; at this Velero version it is not (upstream PR velero-io/velero#10371 adds a guard).',
    source:
      'internal/hook/item_hook_handler.go getInitContainerFromAnnotation + parseStringToCommand; pkg/plugin/framework/common/handle_panic.go',
    fix: "Add init.hook.restore.velero.io/command. To run the image's own entrypoint, set it to '[]' (an empty JSON array).",
    message: (d: { pod: string }) =>
      `pod ${d.pod} sets ${InitAnnotation.containerImage} without ${InitAnnotation.command}: Velero panics and the pod is not restored`,
  }),
  check(ctx, report) {
    for (const p of ctx.plan.pods) {
      // Only the annotation's missing command: a namespace-pattern panic is caused in the Restore.
      if (p.init.kind !== 'error' || !p.init.panic || p.init.cause.in !== 'pod') continue;
      report(ctx.podAt(p.target, p.init.cause.path, 'key'), {
        pod: `${p.target.namespace}/${p.target.name}`,
      });
    }
  },
});
