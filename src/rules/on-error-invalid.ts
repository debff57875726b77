import { defineEntry } from '../diagnostics/diagnostic.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { replaceValueFix, findScalar } from './utils/textEdits.ts';

/** `Continue`/`Fail` when the value is one of them in the wrong case (or with spaces around it). */
function recased(value: string): 'Continue' | 'Fail' | null {
  const lower = value.trim().toLowerCase();
  return lower === 'continue' ? 'Continue' : lower === 'fail' ? 'Fail' : null;
}

/** An on-error that is not exactly `Continue` or `Fail`: Velero reads it as unset (acts like Continue). */
export const onErrorInvalid = defineRule({
  entry: defineEntry({
    code: 'on-error-invalid',
    title: 'on-error is not exactly "Continue" or "Fail"',
    severity: 'warning',
    why:
      'Velero compares post.hook.restore.velero.io/on-error with "Continue" and "Fail" exactly (case-sensitive) and ' +
      'turns anything else into "" (unset), which behaves like Continue: after a failure the pod\'s other hooks ' +
      'still run. So "fail" or "FAIL" silently does not stop anything. In a Restore spec, onError is limited to the ' +
      'two values by the CRD, so the API server rejects the Restore instead.',
    source:
      'internal/hook/item_hook_handler.go getPodExecRestoreHookFromAnnotations; internal/hook/wait_exec_hook_handler.go HandleHooks; pkg/apis/velero/v1/backup_types.go HookErrorMode (CRD enum)',
    fix: 'Write exactly Continue or Fail.',
    message: (d: {
      where: string;
      field: string;
      value: string;
      suggestion: string | null;
      spec: boolean;
    }) =>
      (d.spec
        ? `${d.where}: ${d.field} ${JSON.stringify(d.value)} is not "Continue" or "Fail": the API server rejects the Restore (CRD enum)`
        : `${d.where}: ${d.field} ${JSON.stringify(d.value)} is neither "Continue" nor "Fail" (case matters): Velero treats it as unset, which acts like Continue`) +
      (d.suggestion ? `; write "${d.suggestion}"` : ''),
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      const value = readPodAnnotations(target)[ExecAnnotation.onError];
      if (typeof value !== 'string' || value === '' || value === 'Continue' || value === 'Fail')
        continue;
      const at = ctx.podAt(target, ['metadata', 'annotations', ExecAnnotation.onError], 'value');
      const suggestion = recased(value);
      const data = {
        where: namePod(target),
        field: ExecAnnotation.onError,
        value,
        suggestion,
        spec: false,
      };
      report(
        at,
        data,
        suggestion
          ? { fix: replaceValueFix(`Change to ${suggestion}`, at, suggestion) }
          : undefined,
      );
    }
    for (const r of ctx.restore.resources) {
      for (const post of r.postHooks) {
        const at = ctx.restoreAt([...post.path, 'exec', 'onError'], 'value');
        const scalar = at ? findScalar(ctx, at) : undefined;
        if (
          !at ||
          !scalar ||
          scalar.value === null ||
          scalar.text === 'Continue' ||
          scalar.text === 'Fail'
        )
          continue;
        const suggestion = recased(scalar.text);
        const data = {
          where: `Restore hook ${JSON.stringify(r.name)}`,
          field: `postHooks[${post.index}].exec.onError`,
          value: scalar.text,
          suggestion,
          spec: true,
        };
        report(at, data, {
          severity: 'error',
          ...(suggestion
            ? { fix: replaceValueFix(`Change to ${suggestion}`, at, suggestion) }
            : {}),
        });
      }
    }
  },
});
