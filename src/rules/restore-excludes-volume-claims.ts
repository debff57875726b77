import { defineEntry } from '../diagnostics/diagnostic.ts';
import { podFsBackupVolumes } from '../velero/fullRestore.ts';
import { podLabel } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';

const CLAIMS = ['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'];
const VOLUMES = ['persistentvolumes', 'persistentvolume', 'pv'];

/** Whether a Restore's resource filter keeps a resource (`includedResources` empty or `*` = all). */
function keeps(included: readonly string[], excluded: readonly string[], names: string[]): boolean {
  const lower = (l: readonly string[]) => l.map((s) => s.toLowerCase());
  if (lower(excluded).some((r) => names.includes(r))) return false;
  const inc = lower(included);
  return inc.length === 0 || inc.includes('*') || inc.some((r) => names.includes(r));
}

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
      `This Restore ${d.filter}, yet ${d.pods} back up volumes with file-system backup: restore-wait is injected but ` +
      'no volume restore is created, so those pods wait at Init:0/1 for ever (velero#10269)',
  }),
  check(ctx, report) {
    const { includedResources: inc, excludedResources: exc } = ctx.restore;
    const claims = keeps(inc, exc, CLAIMS);
    if (claims && keeps(inc, exc, VOLUMES)) return;
    const pods = ctx.manifests.pods.filter((t) => podFsBackupVolumes(t.pod).length > 0);
    if (pods.length === 0) return;
    const excluded = exc.findIndex((r) => [...CLAIMS, ...VOLUMES].includes(r.toLowerCase()));
    const at =
      excluded >= 0
        ? ctx.restoreAt(['spec', 'excludedResources', excluded])
        : ctx.restoreAt(['spec', 'includedResources'], 'key');
    if (!at) return;
    const first = podLabel(pods[0]!);
    report(at, {
      filter:
        excluded >= 0
          ? `excludes ${exc[excluded]!}`
          : `includes only ${inc.join(', ')} (no ${claims ? 'persistentvolumes' : 'persistentvolumeclaims'})`,
      pods: pods.length > 1 ? `${first} and ${pods.length - 1} more pods` : first,
    });
  },
});
