import { defineEntry } from '../diagnostics/diagnostic.ts';
import { GoPanic } from '../go/glob.ts';
import { shouldInclude as shouldIncludeOrPanic } from '../go/includesExcludes.ts';
import { defineRule } from './utils/rule.ts';
import { nameHook } from './utils/restoreSpec.ts';
import { replaceValueFix } from './utils/textEdits.ts';

/**
 * A hook namespace entry naming the BACKUP namespace of a `namespaceMapping`: hooks match the
 * target namespace (`HandleRestoreHooks` maps it, Velero issue #4720; `GroupRestoreExecHooks` sees
 * the created pod; `internal/hook/item_hook_handler.go`).
 */
export const specNamespaceBeforeMapping = defineRule({
  entry: defineEntry({
    code: 'spec-namespace-before-mapping',
    title: 'Hook namespace names the source of a namespace mapping',
    severity: 'warning',
    why:
      'Hook includedNamespaces/excludedNamespaces are matched against the namespace a pod is restored INTO, after ' +
      'spec.namespaceMapping: init hooks map the namespace explicitly (Velero issue #4720), and exec hooks are grouped ' +
      "on the created pod. The Restore's own spec.includedNamespaces, by contrast, name backup namespaces, so it is " +
      'easy to write the source namespace here too. Such an entry never matches the pods from that namespace.',
    source:
      'internal/hook/item_hook_handler.go HandleRestoreHooks (namespaceMapping) and GroupRestoreExecHooks; ' +
      'pkg/restore/restore.go restoreItem',
    fix: 'Name the target namespace of the mapping.',
    message: (d: { hook: string; field: string; source: string; target: string }) =>
      d.field === 'includedNamespaces'
        ? `includedNamespaces of ${d.hook} names ${JSON.stringify(d.source)}, but pods from it are restored into ` +
          `${JSON.stringify(d.target)} and hooks match the target namespace: this entry matches none of them; use ` +
          JSON.stringify(d.target)
        : `excludedNamespaces of ${d.hook} names ${JSON.stringify(d.source)}, but pods from it are restored into ` +
          `${JSON.stringify(d.target)} and hooks match the target namespace: they are NOT excluded; use ` +
          JSON.stringify(d.target),
  }),
  check(ctx, report) {
    const mapping = ctx.restore.namespaceMapping;
    const targets = new Set(Object.values(mapping));
    for (const resource of ctx.restore.resources) {
      const { includedNamespaces: includes, excludedNamespaces: excludes } = resource;
      for (const field of ['includedNamespaces', 'excludedNamespaces'] as const) {
        const list = field === 'includedNamespaces' ? includes : excludes;
        list.forEach((entry, i) => {
          const target = Object.hasOwn(mapping, entry) ? mapping[entry] : undefined;
          if (target === undefined || target === entry || targets.has(entry)) return;
          const excludedTarget = !shouldInclude([], excludes, target);
          if (
            field === 'includedNamespaces' &&
            (excludedTarget || shouldInclude(includes, excludes, target))
          )
            return;
          if (field === 'excludedNamespaces' && excludedTarget) return;
          const at = ctx.restoreAt([...resource.path, field, i]);
          if (!at) return;
          report(
            at,
            { hook: nameHook(resource), field, source: entry, target },
            { fix: replaceValueFix(`Use ${target}`, at, target) },
          );
        });
      }
    }
  },
});

/** `shouldInclude`, false where gobwas panics (namespace-pattern-panics reports that). */
function shouldInclude(
  includes: readonly string[],
  excludes: readonly string[],
  value: string,
): boolean {
  try {
    return shouldIncludeOrPanic(includes, excludes, value);
  } catch (err) {
    if (err instanceof GoPanic) return false;
    throw err;
  }
}
