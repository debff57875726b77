import { defineEntry } from '../diagnostics/diagnostic.ts';
import {
  BACKUP_VOLUMES_ANNOTATION,
  LEGACY_RESTIC_WAIT_CONTAINER,
  RESTORE_WAIT_CONTAINER,
} from '../model/annotations.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import { listFsBackupVolumeNames } from '../velero/fullRestore.ts';
import { namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/**
 * Before 1.17.0 the pod-volume restore action returns a pod without volume backups unchanged
 * (`pkg/restore/actions/pod_volume_restore_action.go` Execute), so a backed-up `restore-wait`
 * (from a pod that was itself restored by Velero) stays first and waits for ever (velero#8870).
 */
export const staleRestoreWait = defineRule({
  entry: defineEntry({
    code: 'stale-restore-wait',
    title: 'A backed-up restore-wait init container that nothing will release',
    severity: 'warning',
    why:
      'A pod that Velero once restored with file-system backup keeps its restore-wait init container, and a later ' +
      'backup takes it along. On these releases a restore of that pod only replaces restore-wait when the pod has ' +
      'volumes backed up with file-system backup; without any, it leaves the old one in place, and it waits for a ' +
      'volume restore that never comes: the pod hangs at Init:0/n. Fixed in 1.17.0, which removes every restore-wait ' +
      'first (velero#8880).',
    source: 'pkg/restore/actions/pod_volume_restore_action.go Execute (before 1.17.0); velero#8870',
    fix:
      'Remove the restore-wait init container from the workload (it is never part of an application), or upgrade to ' +
      'Velero 1.17.0 or later.',
    appliesTo: (b) => b.restoreWaitPlacement === 'replace-first',
    message: (d: { name: string; pod: string; recorded: boolean }) =>
      `${d.pod} starts with a ${d.name} init container but ` +
      (d.recorded
        ? "the backup's PodVolumeBackups hold no snapshot of its volumes: Velero leaves this "
        : `names no volume for file-system backup (${BACKUP_VOLUMES_ANNOTATION}): unless its volumes are backed ` +
          'up that way by default, Velero leaves this ') +
      'container in place and the pod waits at Init for ever (velero#8870)',
  }),
  check(ctx, report) {
    for (const target of ctx.manifests.pods) {
      const spec = asObject(target.pod['spec']);
      const name = asString(asObject(asArray(spec['initContainers'])[0])['name']);
      if (name !== RESTORE_WAIT_CONTAINER && name !== LEGACY_RESTIC_WAIT_CONTAINER) continue;
      if (listFsBackupVolumeNames(target.pod, ctx.plan).length > 0) continue;
      const at = ctx.podAt(target, ['spec', 'initContainers', 0, 'name']);
      report(at, { name, pod: namePod(target), recorded: ctx.plan.podVolumeBackups !== null });
    }
  },
});
