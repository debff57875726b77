import { defineEntry } from '../diagnostics/diagnostic.ts';
import { defineRule } from './utils/rule.ts';

/**
 * A hook's namespace patterns make gobwas v0.2.3 panic for a pod's namespace (an empty `{}` or `{,}`
 * part at the end of the input). In the init-hook plugin the plugin server recovers the panic into
 * an error and the pod is not restored; in exec-hook grouping, inside the Velero server, the server
 * exits up to 1.15 and, from 1.16, controller-runtime recovers it and the Restore stays InProgress.
 */
export const namespacePatternPanics = defineRule({
  entry: defineEntry({
    code: 'namespace-pattern-panics',
    title: 'A namespace pattern makes Velero panic',
    severity: 'error',
    why:
      'Hook namespace lists are gobwas/glob patterns, and Velero pins gobwas v0.2.3, whose matcher for a run of ' +
      'fixed-length parts slices past the end of the input when a part is empty ({} or {,}). Matching such a ' +
      'pattern against a namespace it reaches the end of panics; what follows depends on where. ' +
      'The init-hook restore item action runs in the `velero run-plugins` subprocess, whose gRPC Execute handler ' +
      'recovers the panic into an error ("plugin panicked: ..."): the restore records "error preparing" for the ' +
      'pod, does not create it, carries on with the other items and ends PartiallyFailed. ' +
      'Exec-hook grouping (reached when the init step did not match the hook, e.g. because an init annotation ' +
      'replaces the spec init hooks) runs in the Velero server, and Velero has no recover() there. Up to 1.13 it ' +
      "runs in the pod's hook goroutine, in 1.14 and 1.15 in the restore controller's Reconcile, whose " +
      'controller-runtime (v0.17) re-panics: either way the server exits, the rest of the backup is not restored, ' +
      'and when the server starts again it marks the InProgress Restore Failed. From 1.16 controller-runtime ' +
      'recovers panics in Reconcile by default: the server keeps running, but the restore stops at that pod and ' +
      'the Restore, already InProgress, is never picked up again (Reconcile only handles New ones): it stays ' +
      'InProgress until the server restarts and marks it Failed.',
    source:
      'github.com/gobwas/glob v0.2.3 match/row.go; pkg/util/collections/includes_excludes.go globStringSet.match; ' +
      'pkg/plugin/framework/restore_item_action_server.go Execute + pkg/plugin/framework/common/handle_panic.go ' +
      'HandlePanic; pkg/restore/restore.go restoreItem ("error preparing"), waitExec (up to 1.13) and ' +
      'hooksWaitExecutor.groupHooks (from 1.14); internal/hook/item_hook_handler.go GroupRestoreExecHooks; ' +
      'sigs.k8s.io/controller-runtime pkg/internal/controller/controller.go Reconcile (RecoverPanic on by default ' +
      'from v0.19, Velero 1.16); pkg/controller/restore_controller.go Reconcile; pkg/cmd/server/server.go ' +
      'markInProgressRestoresFailed',
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
            where:
              'the init-hook plugin recovers it into an error ("error preparing"): the pod is not restored and the Restore ends PartiallyFailed',
          }
        : p.exec.panic
          ? {
              index: p.exec.panic.resourceIndex,
              message: p.exec.panic.message,
              where:
                'exec-hook grouping panics inside the Velero server: up to 1.15 the server exits (the Restore is marked Failed when it starts again); from 1.16 controller-runtime recovers it, the restore stops at this pod and the Restore stays InProgress until the server restarts',
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
