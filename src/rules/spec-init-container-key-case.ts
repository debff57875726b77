import { defineEntry } from '../diagnostics/diagnostic.ts';
import { decodeContainer } from '../velero/decodeContainer.ts';
import { asObject } from '../model/json.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook, listSpecInitContainers } from './utils/restoreSpec.ts';
import { renameKeyFix } from './utils/textEdits.ts';

/**
 * A Restore-spec init container key in the wrong case (`IMAGE`): Go's `encoding/json` matches keys
 * case-insensitively, so it works (`internal/hook/item_hook_handler.go` HandleRestoreHooks).
 */
export const specInitContainerKeyCase = defineRule({
  entry: defineEntry({
    code: 'spec-init-container-key-case',
    title: 'Init container key in unusual case: it works, but only by accident',
    severity: 'info',
    why:
      'Velero decodes each init container of a Restore hook with Go encoding/json, which matches keys to struct ' +
      'fields case-insensitively, so `IMAGE` fills `image`. Kubernetes itself is case-sensitive everywhere else ' +
      '(kubectl, the API server, the same field in a Pod manifest), and if both spellings appear the later one wins.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks and ValidateContainer (encoding/json)',
    fix: 'Use the field name exactly as Kubernetes spells it.',
    message: (d: { hook: string; container: string; key: string; field: string }) =>
      `${JSON.stringify(d.key)} in init container ${d.container} of ${d.hook} works only because Go matches JSON keys ` +
      `case-insensitively; write ${JSON.stringify(d.field)}`,
  }),
  check(ctx, report) {
    for (const c of listSpecInitContainers(ctx)) {
      const decoded = decodeContainer(c.raw, ctx.plan.version);
      const keys = Object.keys(asObject(c.raw));
      const name = decoded.container?.name;
      for (const { from, to } of decoded.renamedKeys) {
        const at = ctx.restoreAt([...c.path, from], 'key');
        if (!at) continue;
        const clash = keys.some((k) => k !== from && k.toLowerCase() === to.toLowerCase());
        report(
          at,
          {
            hook: nameHook(c.resource),
            container: name ? JSON.stringify(name) : `initContainers[${c.index}]`,
            key: from,
            field: to,
          },
          clash ? undefined : { fix: renameKeyFix(`Rename to ${to}`, at, to) },
        );
      }
    }
  },
});
