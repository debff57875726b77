import { defineEntry } from '../diagnostics/diagnostic.ts';
import { listFsBackupVolumeNames } from '../velero/fullRestore.ts';
import { resolveRestoreResource, restoreIncludesResource } from '../velero/restoreFilters.ts';
import { namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

const CLAIMS = 'persistentvolumeclaims';
const VOLUMES = 'persistentvolumes';

/**
 * ≤1.18.2: `restoreItem` (`pkg/restore/restore.go`) creates pod volume restores only when the
 * Restore includes PVCs and PVs, but the pod-volume restore action still injects restore-wait,
 * which then waits for ever (velero#10269; fixed on main).
 */
export const restoreExcludesVolumeClaims = defineRule({
  entry: defineEntry({
    code: 'restore-excludes-volume-claims',
    title: 'The Restore leaves out PVCs or PVs, so restore-wait waits for ever',
    severity: 'error',
    why:
      'Velero restores file-system-backed volume data only when the Restore includes persistentvolumeclaims and ' +
      'persistentvolumes. The pod-volume restore action does not check that: it still prepends restore-wait to every ' +
      'pod with file-system-backed volumes, and restore-wait waits for a volume restore that is never created. The ' +
      'pods hang at Init:0/1. On main the volume restores are created anyway (velero#10269).',
    source:
      'pkg/restore/restore.go restoreItem (ShouldInclude persistentvolumeclaims/persistentvolumes); velero#10269',
    fix: 'Include persistentvolumeclaims and persistentvolumes in the Restore, or restore those pods in a Restore that does.',
    appliesTo: (b) => b.excludedVolumeClaims === 'wait-forever',
    message: (d: { filter: string; pods: string }) =>
      `This Restore ${d.filter}, yet volumes of ${d.pods} are backed up with file-system backup: restore-wait is injected but ` +
      'no volume restore is created, so those pods wait at Init:0/1 for ever (velero#10269)',
  }),
  check(ctx, report) {
    const { includedResources: inc, excludedResources: exc } = ctx.restore;
    const claims = restoreIncludesResource(ctx.restore, CLAIMS);
    if (claims && restoreIncludesResource(ctx.restore, VOLUMES)) return;
    // Only pods Velero restores get restore-wait.
    const pods = ctx.plan.pods
      .filter(
        (p) =>
          p.init.kind !== 'skipped' && listFsBackupVolumeNames(p.target.pod, ctx.plan).length > 0,
      )
      .map((p) => p.target);
    if (pods.length === 0) return;
    const excluded = exc.findIndex((r) => [CLAIMS, VOLUMES].includes(resolveRestoreResource(r)));
    const at =
      excluded >= 0
        ? ctx.restoreAt(['spec', 'excludedResources', excluded])
        : ctx.restoreAt(['spec', 'includedResources'], 'key');
    if (!at) return;
    const first = namePod(pods[0]!);
    report(at, {
      filter:
        excluded >= 0
          ? `excludes ${exc[excluded]!}`
          : `includes only ${inc.join(', ')} (no ${claims ? VOLUMES : CLAIMS})`,
      pods: pods.length > 1 ? `${first} and ${pods.length - 1} more pods` : first,
    });
  },
});
