import { defineEntry } from '../diagnostics/diagnostic.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { decodeContainer } from '../velero/decodeContainer.ts';
import { asObject } from '../model/json.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook, listSpecInitContainers } from './utils/restoreSpec.ts';

/**
 * A Restore-spec init container that Go's `encoding/json` cannot decode into `corev1.Container`
 * (a wrong type, e.g. `command: "echo hi"`). Reflects `ValidateContainer`
 * (`internal/hook/item_hook_handler.go`) as run by `validateAndComplete` on every hook.
 */
export const specInitContainerUndecodable = defineRule({
  entry: defineEntry({
    code: 'spec-init-container-undecodable',
    title: 'Init container field of the wrong type: the whole Restore fails validation',
    severity: 'error',
    why:
      'Velero decodes each init container of a Restore hook with Go encoding/json into a corev1.Container. A field of ' +
      'the wrong JSON type (a string where a list is expected, as in `command: "echo hi"`) is a decode error. Restore ' +
      'validation runs this on every init container of every hook, matching or not, so the error lands in the ' +
      'validation errors: the Restore ends FailedValidation and nothing is restored.',
    source:
      'internal/hook/item_hook_handler.go ValidateContainer (json.Unmarshal into corev1api.Container); ' +
      'pkg/controller/restore_controller.go validateAndComplete',
    fix: 'Write the field with the type a Kubernetes Container expects; `command` and `args` are lists of strings.',
    message: (d: { hook: string; container: string; error: string }) =>
      `init container ${d.container} of ${d.hook} cannot be decoded (${d.error}): ` +
      'Velero fails the whole Restore validation (FailedValidation) and restores nothing',
  }),
  check(ctx, report) {
    for (const c of listSpecInitContainers(ctx)) {
      const { error } = decodeContainer(c.raw, ctx.plan.version);
      if (!error) continue;
      const at = ctx.restoreAt([...c.path, ...culpritKey(c.raw, ctx.plan.version)]);
      if (!at) continue;
      const name = asObject(c.raw)['name'];
      report(at, {
        hook: nameHook(c.resource),
        container:
          typeof name === 'string' && name ? JSON.stringify(name) : `initContainers[${c.index}]`,
        error,
      });
    }
  },
});

/** The key whose value fails to decode (the decoder stops at the first one), or [] for the whole entry. */
function culpritKey(raw: unknown, version: VeleroVersion): string[] {
  const obj = asObject(raw);
  for (const key of Object.keys(obj))
    if (decodeContainer({ [key]: obj[key] }, version).error) return [key];
  return [];
}
