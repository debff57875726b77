import { defineEntry } from '../diagnostics/diagnostic.ts';
import { formatDuration } from '../go/duration.ts';
import { listFsBackupVolumeNames } from '../velero/restoreWait.ts';
import { execHookPlaces, filterKeptExecGroups } from './utils/execHookPlaces.ts';
import { collectByPlace, namePod } from './utils/podHooks.ts';
import { defineRule } from './utils/rule.ts';
import { copyWith } from '../model/objects.ts';

/** Data type alias (not an interface), so it fits DiagnosticData. */
type Data = {
  hook: string;
  pod: string;
  container: string;
  waitTimeout: string;
  volumes: string;
  /** Every hook of the pod has a wait timeout and this one is the longest: the watch ends at it. */
  watchDeadline: boolean;
  fail: boolean;
};

/**
 * velero#7099: HandleHooks starts its wait clock when the pod is created (`waitStart`, and the
 * watch deadline `maxHookWait`), while restore-wait holds every container until the pod's
 * file-system-backed volumes are restored; a wait timeout shorter than the data restore expires
 * before the container runs (`internal/hook/wait_exec_hook_handler.go` HandleHooks, every release).
 */
export const waitTimeoutDuringVolumeRestore = defineRule({
  entry: defineEntry({
    code: 'wait-timeout-during-volume-restore',
    title: 'An exec hook wait timeout runs while the volume data is restored',
    severity: 'warning',
    why:
      "Velero starts an exec hook's wait timeout the moment it creates the pod. A pod with volumes backed up with " +
      'file-system backup first runs the restore-wait init container, which holds every container until the ' +
      "volumes' data is restored; a pod whose volumes come back through the data mover cannot start until its " +
      'volumes are bound, with the same effect. Restoring data takes as long as the data is large, and the wait ' +
      "timeout counts all of it. When every hook of the pod has a wait timeout, Velero's watch ends at the longest " +
      'one: a container that is not up by then never runs its hooks ("not executed: context deadline exceeded"). ' +
      'Otherwise the hook runs late but is recorded as "expired before executing" (onError Fail: it does not run and ' +
      'the rest of the pod is cancelled). Either way the hook counts as failed and the Restore ends PartiallyFailed ' +
      '(velero#7099).',
    source:
      'internal/hook/wait_exec_hook_handler.go HandleHooks (waitStart, maxHookWait); pkg/restore/restore.go ' +
      'restoreItem (hooks are watched from pod creation); pkg/restore/actions/pod_volume_restore_action.go; velero#7099',
    fix:
      'Give the hook a wait timeout longer than the largest volume takes to restore, or leave waitTimeout unset (no ' +
      'deadline) when the container is sure to start.',
    message: (d: Data & { podCount: number }) => {
      const pods = d.podCount > 1 ? `${d.pod} (and ${d.podCount - 1} more pods)` : d.pod;
      const then = d.watchDeadline
        ? 'if the data takes longer, the watch ends first and the hook never runs'
        : d.fail
          ? 'if the data takes longer, the hook expires before executing and does not run (onError Fail)'
          : 'if the data takes longer, the hook expires before executing: it runs but counts as failed';
      return (
        `${d.hook} of ${pods} waits at most ${d.waitTimeout} for container ${d.container}, counted from pod ` +
        `creation, but restore-wait first holds the pod until ${d.volumes} ${d.volumes.includes(',') ? 'are' : 'is'} ` +
        `restored: ${then} (velero#7099)`
      );
    },
  }),
  check(ctx, report) {
    const findings = collectByPlace<Data>();
    for (const p of ctx.plan.pods) {
      if (p.init.kind !== 'ok') continue;
      const volumes = listFsBackupVolumeNames(p.target.pod, ctx.plan);
      if (volumes.length === 0) continue;
      const groups = filterKeptExecGroups(p);
      const all = groups.flatMap(([, hooks]) => hooks);
      const timed = all.length > 0 && all.every((h) => h.waitTimeout > 0n);
      const longest = all.reduce((m, h) => (h.waitTimeout > m ? h.waitTimeout : m), 0n);
      for (const [container, hooks] of groups) {
        for (const h of hooks) {
          if (h.waitTimeout <= 0n) continue;
          const data: Data = {
            hook: '',
            pod: namePod(p.target),
            container,
            waitTimeout: formatDuration(h.waitTimeout),
            volumes: volumes.join(', '),
            watchDeadline: timed && h.waitTimeout === longest,
            fail: h.onError === 'Fail',
          };
          for (const place of execHookPlaces(ctx, p, h, 'waitTimeout'))
            findings.add(place.at, copyWith(data, { hook: place.label }), container);
        }
      }
    }
    for (const { at, data } of findings.list()) report(at, data);
  },
});
