import { defineEntry } from '../diagnostics/diagnostic.ts';
import { parseDuration } from '../go/duration.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { replaceValueFix, findScalar, suggestGoDuration } from './utils/textEdits.ts';

/** Unit spellings people write, mapped to a Go unit; `d` and `w` become hours. */

const EFFECT: Record<string, string> = {
  [ExecAnnotation.execTimeout]: "so the executor's 30s default applies",
  [ExecAnnotation.waitTimeout]: 'so the hook waits for its container without limit',
};

/** exec-timeout/wait-timeout annotations Go's time.ParseDuration rejects: Velero logs them and uses 0. */
export const timeoutNotGoDuration = defineRule({
  entry: defineEntry({
    code: 'timeout-not-go-duration',
    title: 'Hook timeout annotation is not a Go duration',
    severity: 'warning',
    why:
      "Velero parses post.hook.restore.velero.io/exec-timeout and wait-timeout with Go's time.ParseDuration, which " +
      'needs a unit on every number ("30s", "5m", "1h30m"; units ns, us, ms, s, m, h, lower case; no days). A value ' +
      "it rejects is only logged and becomes 0: an exec timeout of 0 means the executor's 30s default, a wait " +
      'timeout of 0 means no limit at all.',
    source:
      'internal/hook/item_hook_handler.go getPodExecRestoreHookFromAnnotations; pkg/podexec/pod_command_executor.go (defaultTimeout)',
    fix: 'Write a Go duration: "5" → "5s", "1d" → "24h", "2H" → "2h", "5 min" → "5m".',
    message: (d: { pod: string; key: string; value: string; suggestion: string | null }) =>
      `${d.pod}: ${d.key} ${JSON.stringify(d.value)} is not a Go duration: Velero logs it and uses 0, ${EFFECT[d.key] ?? ''}` +
      (d.suggestion ? `; did you mean ${JSON.stringify(d.suggestion)}?` : ''),
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      const annotations = readPodAnnotations(target);
      for (const key of [ExecAnnotation.execTimeout, ExecAnnotation.waitTimeout]) {
        const raw = annotations[key];
        const at = ctx.podAt(target, ['metadata', 'annotations', key], 'value');
        // An unquoted number is rejected by the API server (metadata-value-not-string); read it as written.
        const value =
          typeof raw === 'string'
            ? raw
            : typeof raw === 'number'
              ? (findScalar(ctx, at)?.text ?? String(raw))
              : null;
        if (value === null || value === '' || parseDuration(value) !== null) continue;
        const suggestion = suggestGoDuration(value);
        report(
          at,
          { pod: namePod(target), key, value, suggestion },
          suggestion === null
            ? undefined
            : { fix: replaceValueFix(`Change to ${suggestion}`, at, suggestion) },
        );
      }
    }
  },
});
