import { defineEntry } from '../diagnostics/diagnostic.ts';
import { readPodAnnotations, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/** The phased backup-hook prefixes and the legacy unphased one (a pre hook). */
const BACKUP_PREFIXES = [
  'pre.hook.backup.velero.io/',
  'post.hook.backup.velero.io/',
  'hook.backup.velero.io/',
];

/** Backup-hook annotations on a pod: valid, but they run during backups, never on restore. */
export const backupHookAnnotation = defineRule({
  entry: defineEntry({
    code: 'backup-hook-annotation',
    title: 'Backup hook annotation: it does not run on restore',
    severity: 'info',
    why:
      'pre.hook.backup.velero.io/… and post.hook.backup.velero.io/… (and the legacy hook.backup.velero.io/…, a pre ' +
      'hook) configure hooks that Velero runs while it backs the pod up. Restores read only init.hook.restore.velero.io/… ' +
      'and post.hook.restore.velero.io/…, so these annotations are carried along but never run on restore.',
    source:
      'internal/hook/item_hook_handler.go DefaultItemHookHandler.HandleHooks + getPodExecHookFromAnnotations (backups); getPodExecRestoreHookFromAnnotations (restores)',
    fix: 'Nothing to fix if they are meant for backups. For a hook after restore, use post.hook.restore.velero.io/command (and container, on-error, exec-timeout, wait-timeout).',
    message: (d: { pod: string; key: string; count: number }) =>
      `${d.pod}: ${d.key} is a backup hook annotation` +
      (d.count > 1 ? ` (one of ${d.count})` : '') +
      ': it runs when the pod is backed up, not on restore (restore hooks use post.hook.restore.velero.io/…)',
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      const keys = Object.keys(readPodAnnotations(target)).filter((k) =>
        BACKUP_PREFIXES.some((p) => k.startsWith(p)),
      );
      const first = keys[0];
      if (first === undefined) continue;
      report(ctx.podAt(target, ['metadata', 'annotations', first], 'key'), {
        pod: namePod(target),
        key: first,
        count: keys.length,
      });
    }
  },
});
