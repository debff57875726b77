import { defineEntry } from '../diagnostics/diagnostic.ts';
import { InitAnnotation } from '../model/annotations.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { findNode } from './utils/textEdits.ts';

/** The init hook timeout (annotation or Restore spec `init.timeout`): declared by Velero, never read. */
export const initTimeoutIgnored = defineRule({
  entry: defineEntry({
    code: 'init-timeout-ignored',
    title: 'Init hook timeout is never read',
    severity: 'warning',
    why:
      'Velero declares the init.hook.restore.velero.io/timeout annotation and the InitRestoreHook.Timeout field ' +
      '(documented as the time to wait for the init containers), but no code reads either. An init container that ' +
      'hangs keeps the pod in Init for as long as it runs; Velero does not stop it.',
    source:
      'internal/hook/item_hook_handler.go (podRestoreHookInitContainerTimeoutAnnotationKey, unused); pkg/apis/velero/v1/restore_types.go InitRestoreHook.Timeout',
    fix: 'Remove it, and bound the work inside the init container itself (e.g. `timeout 300 …` in its command).',
    message: (d: { where: string; field: string }) =>
      `${d.where}: ${d.field} is never read by Velero; the init container runs for as long as it takes`,
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      if (!(InitAnnotation.timeout in readPodAnnotations(target))) continue;
      report(ctx.podAt(target, ['metadata', 'annotations', InitAnnotation.timeout], 'key'), {
        where: namePod(target),
        field: InitAnnotation.timeout,
      });
    }
    for (const r of ctx.restore.resources) {
      for (const post of r.postHooks) {
        const at = ctx.restoreAt([...post.path, 'init', 'timeout'], 'key');
        if (!at || findNode(ctx, at) === undefined) continue;
        report(at, {
          where: `Restore hook ${JSON.stringify(r.name)}`,
          field: `postHooks[${post.index}].init.timeout`,
        });
      }
    }
  },
});
