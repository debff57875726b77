import { defineEntry } from '../diagnostics/diagnostic.ts';
import { parseDuration } from '../go/duration.ts';
import { asObject } from '../model/json.ts';
import { defineRule } from './utils/rule.ts';
import { namePostHook, readRawPostHook } from './utils/restoreSpec.ts';
import { replaceValueFix, suggestGoDuration } from './utils/textEdits.ts';

/** The `metav1.Duration` fields of a restore hook, by postHooks part. */
const FIELDS = [
  ['exec', 'execTimeout'],
  ['exec', 'waitTimeout'],
  ['init', 'timeout'],
] as const;

/**
 * A Restore hook duration that Go's `time.ParseDuration` rejects (`metav1.Duration.UnmarshalJSON`,
 * k8s.io/apimachinery; the fields of `ExecRestoreHook`/`InitRestoreHook` in
 * `pkg/apis/velero/v1/restore_types.go`), or one that is not a string at all.
 */
export const specDurationInvalid = defineRule({
  entry: defineEntry({
    code: 'spec-duration-invalid',
    title: 'Hook timeout is not a Go duration: the Restore cannot be read',
    severity: 'error',
    why:
      "execTimeout, waitTimeout and init.timeout are metav1.Durations: strings that Go's time.ParseDuration must " +
      'accept, with a unit on every number (30s, 5m, 1h30m; no days, no bare numbers, lower-case units). The Restore ' +
      'CRD only checks that the value is a string, so the API server accepts "30" or "1d", but Velero cannot decode ' +
      'the Restore object and never processes it. A value that is not a string (a YAML number such as 30) is refused ' +
      'by the API server already. Unlike the annotations, which fall back to 0, nothing here is forgiven.',
    source:
      'pkg/apis/velero/v1/restore_types.go ExecRestoreHook.ExecTimeout/WaitTimeout, InitRestoreHook.Timeout ' +
      '(metav1.Duration); k8s.io/apimachinery metav1.Duration.UnmarshalJSON (time.ParseDuration)',
    fix: 'Write a Go duration string: a number and a unit (ns, us, ms, s, m, h) for every part, e.g. 30s, 2m, 1h30m, 24h.',
    message: (d: {
      field: string;
      hook: string;
      value: string;
      kind: string;
      suggestion: string;
    }) =>
      (d.kind === 'type'
        ? `${d.field} ${d.value} of ${d.hook} is not a string: the Restore CRD requires a duration string, so the API ` +
          'server refuses the Restore'
        : `${d.field} ${d.value} of ${d.hook} is not a Go duration: Velero cannot decode the Restore ` +
          '(time.ParseDuration fails) and never processes it') +
      (d.suggestion ? `; write ${d.suggestion}` : ''),
  }),
  check(ctx, report) {
    for (const resource of ctx.restore.resources) {
      for (const post of resource.postHooks) {
        const raw = readRawPostHook(ctx, post);
        for (const [part, field] of FIELDS) {
          const value = asObject(raw[part])[field];
          if (value === undefined || value === null) continue;
          if (typeof value === 'string' && parseDuration(value) !== null) continue;
          const at = ctx.restoreAt([...post.path, part, field]);
          if (!at) continue;
          const suggestion =
            typeof value === 'string' || typeof value === 'number'
              ? suggestGoDuration(String(value))
              : null;
          report(
            at,
            {
              field: `${part}.${field}`,
              hook: namePostHook(resource, post),
              value: JSON.stringify(value),
              kind: typeof value === 'string' ? 'string' : 'type',
              suggestion: suggestion ?? '',
            },
            suggestion ? { fix: replaceValueFix(`Use ${suggestion}`, at, suggestion) } : undefined,
          );
        }
      }
    }
  },
});
