/**
 * What a hook that is added to the tracker but never recorded does to the Restore, on the chosen
 * release: one sentence for messages (`restore.go` hooksWaitGroup, `restore_finalizer_controller.go`
 * WaitRestoreExecHook).
 */
import type { VeleroVersion } from '../../versions/versionModel.ts';

export function describeUnrecordedHookOutcome(version: VeleroVersion): string {
  const { hookTracker, hooksWait } = version.behaviours;
  if (hookTracker === 'none' || hooksWait === 'in-progress')
    return `on Velero ${version.name} the Restore does not wait for it: the hook just never runs`;
  if (hooksWait === 'finalizing')
    return 'the Restore stays in Finalizing for ever, and no later restore starts while it does (velero-io/velero#9744)';
  return "the Restore waits in Finalizing until the server's --resource-timeout (10m by default), then ends PartiallyFailed without HooksAttempted/HooksFailed (velero-io/velero#10280)";
}
