import { defineEntry } from '../diagnostics/diagnostic.ts';
import { defineRule } from './utils/rule.ts';

/**
 * A hook's namespace patterns make gobwas v0.2.3 panic for a pod's namespace (an empty `{}` or `{,}`
 * part at the end of the input). In the init-hook plugin the framework turns the panic into an
 * error and the pod is not restored; in exec-hook grouping, inside the Velero server, nothing
 * recovers it.
 */
export const namespacePatternPanics = defineRule({
  entry: defineEntry({
    code: 'namespace-pattern-panics',
    title: 'A namespace pattern makes Velero panic',
    severity: 'error',
    why:
      'Hook namespace lists are gobwas/glob patterns, and Velero pins gobwas v0.2.3, whose matcher for a run of ' +
      'fixed-length parts slices past the end of the input when a part is empty ({} or {,}). Matching such a ' +
      'pattern against a namespace it reaches the end of panics. The init-hook action runs in a plugin, whose ' +
      'framework turns the panic into an error: the pod is not restored. Exec-hook grouping runs in the Velero ' +
      'server itself, where no recover() catches it.',
    source:
      'github.com/gobwas/glob v0.2.3 match/row.go; pkg/util/collections/includes_excludes.go; ' +
      'pkg/plugin/framework/common/handle_panic.go; internal/hook/item_hook_handler.go GroupRestoreExecHooks',
    fix: 'Remove the empty alternative: write prod instead of prod{} and {a,b} instead of {a,b,}.',
    message: (d: { hook: string; pod: string; panic: string; where: string }) =>
      `hook ${d.hook}: matching its namespace patterns against pod ${d.pod} panics (${d.panic}); ${d.where}`,
  }),
  check(ctx, report) {
    const seen = new Set<string>();
    for (const p of ctx.plan.pods) {
      const pod = `${p.targetNamespace}/${p.target.name}`;
      const initPanic =
        p.init.kind === 'error' && p.init.panic && p.init.cause.in === 'restore' ? p.init : null;
      const found = initPanic
        ? {
            index: Number(initPanic.cause.path[3]),
            message: initPanic.message,
            where: 'the init-hook action fails and the pod is not restored',
          }
        : p.exec.panic
          ? {
              index: p.exec.panic.resourceIndex,
              message: p.exec.panic.message,
              where: 'exec-hook grouping panics inside the Velero server',
            }
          : null;
      if (!found) continue;
      const hook = ctx.restore.resources[found.index];
      if (!hook || seen.has(`${found.index}/${pod}`)) continue;
      seen.add(`${found.index}/${pod}`);
      const key = hook.excludedNamespaces.length > 0 ? 'excludedNamespaces' : 'includedNamespaces';
      const at = ctx.restoreAt([...hook.path, key], 'key');
      if (at) report(at, { hook: hook.name, pod, panic: found.message, where: found.where });
    }
  },
});
