import { defineEntry } from '../diagnostics/diagnostic.ts';
import { parseBool } from '../go/parseBool.ts';
import { ExecAnnotation } from '../model/annotations.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { replaceValueFix } from './utils/textEdits.ts';

/** Words that clearly mean yes or no, for the fix. */
const MEANT: Record<string, 'true' | 'false'> = {
  yes: 'true',
  y: 'true',
  on: 'true',
  enabled: 'true',
  enable: 'true',
  no: 'false',
  n: 'false',
  off: 'false',
  disabled: 'false',
  disable: 'false',
};

/**
 * A wait-for-ready value Velero reads differently from what the docs suggest: one `strconv.ParseBool`
 * rejects (→ false), or a true spelled other than "true" (`1`, `t`, `True`: true, although the docs say false).
 */
export const waitForReadyValue = defineRule({
  entry: defineEntry({
    code: 'wait-for-ready-value',
    title: 'wait-for-ready is not a Go boolean, or is true in a way the docs deny',
    severity: 'warning',
    why:
      "Velero reads post.hook.restore.velero.io/wait-for-ready with Go's strconv.ParseBool: 1, t, T, TRUE, true and " +
      'True are true; 0, f, F, FALSE, false and False are false; anything else ("yes", "enabled") is only logged and ' +
      'read as false, so the hook runs as soon as the container is Running, not Ready. The docs say that any value ' +
      'except "true" is false, which is wrong for 1, t, T, TRUE and True.',
    source:
      'internal/hook/item_hook_handler.go getPodExecRestoreHookFromAnnotations (strconv.ParseBool)',
    // Before 1.13 the annotation is not read at all (velero#6918).
    appliesTo: (b) => b.waitForReady,
    fix: 'Write "true" or "false" (quoted, so YAML keeps it a string).',
    message: (d: { pod: string; value: string; readAs: boolean; suggestion: string | null }) =>
      d.readAs
        ? `${d.pod}: wait-for-ready ${JSON.stringify(d.value)} is true for Velero (Go's strconv.ParseBool), although the docs say only "true" is`
        : `${d.pod}: wait-for-ready ${JSON.stringify(d.value)} is not a Go boolean: Velero logs it and uses false, so the hook does not wait for Ready` +
          (d.suggestion ? `; write "${d.suggestion}"` : ''),
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      const raw = readPodAnnotations(target)[ExecAnnotation.waitForReady];
      if (typeof raw !== 'string' || raw === '' || raw === 'true') continue;
      const parsed = parseBool(raw);
      if (parsed === false) continue;
      const at = ctx.podAt(
        target,
        ['metadata', 'annotations', ExecAnnotation.waitForReady],
        'value',
      );
      const pod = namePod(target);
      if (parsed === true) {
        report(at, { pod, value: raw, readAs: true, suggestion: null }, { severity: 'info' });
        continue;
      }
      const suggestion = MEANT[raw.trim().toLowerCase()] ?? null;
      report(
        at,
        { pod, value: raw, readAs: false, suggestion },
        suggestion
          ? { fix: replaceValueFix(`Change to ${suggestion}`, at, suggestion) }
          : undefined,
      );
    }
  },
});
