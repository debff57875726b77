import { defineEntry } from '../diagnostics/diagnostic.ts';
import { asArray, asObject } from '../model/json.ts';
import { listFsBackupVolumeNames } from '../velero/fullRestore.ts';
import { decodeConfigSecurityContext, findPluginConfig } from '../velero/pluginConfig.ts';
import { namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

/**
 * 1.16.0–1.18.2: without a plugin ConfigMap and a first-container securityContext, restore-wait runs
 * with a restricted default as uid 1000 (`pod_volume_restore_action.go` getSecurityContext,
 * defaultSecurityCtx), whatever user the pod runs as (velero#10046, #7485, #7192, #3876).
 */
export const restoreWaitUserMismatch = defineRule({
  entry: defineEntry({
    code: 'restore-wait-user-mismatch',
    title: 'restore-wait runs as uid 1000 while the pod runs as another user',
    severity: 'warning',
    why:
      'When a pod has volumes backed up with file-system backup, Velero prepends the restore-wait init container, ' +
      'which waits for the restored data and writes a marker into each volume. On these releases, without a ' +
      "securityContext from the plugin ConfigMap or the pod's first container, it runs with a restricted default as " +
      "uid 1000. When the pod's data belongs to another user (the pod-level runAsUser), restore-wait cannot write " +
      'there and the pod hangs at Init:0/1. On main the pod-level runAsUser/runAsGroup are used (velero#10047).',
    source:
      'pkg/restore/actions/pod_volume_restore_action.go getSecurityContext, defaultSecurityCtx; velero#10046, #7485, #7192, #3876',
    fix:
      "Give the pod's first container a securityContext with the same runAsUser, or set the restore-wait user in the " +
      'velero.io/pod-volume-restore plugin ConfigMap (secCtxRunAsUser), or upgrade past the fix.',
    appliesTo: (b) =>
      b.restoreWaitSecurityContext === 'first-container-over-configmap' ||
      b.restoreWaitSecurityContext === 'configmap-first',
    message: (d: { pod: string; user: number; volumes: string }) =>
      `${d.pod} runs as uid ${d.user} and backs up ${d.volumes} with file-system backup: restore-wait runs as uid ` +
      '1000 (no ConfigMap or first-container securityContext), cannot write into the restored volume, and the pod ' +
      'can hang at Init:0/1 (velero#10046)',
  }),
  check(ctx, report) {
    // A plugin ConfigMap among the manifests whose securityContext parses decides the user instead.
    const config = decodeConfigSecurityContext(
      findPluginConfig(ctx.manifests.objects).data,
      ctx.plan.version,
    );
    if (config && config.error === null) return;
    for (const target of ctx.manifests.pods) {
      const spec = asObject(target.pod['spec']);
      const user = asObject(spec['securityContext'])['runAsUser'];
      if (typeof user !== 'number' || user === 1000) continue;
      if (asObject(asArray(spec['containers'])[0])['securityContext'] != null) continue;
      const volumes = listFsBackupVolumeNames(target.pod, ctx.plan);
      if (volumes.length === 0) continue;
      const at = ctx.podAt(target, ['spec', 'securityContext', 'runAsUser']);
      report(at, { pod: namePod(target), user, volumes: volumes.join(', ') });
    }
  },
});
