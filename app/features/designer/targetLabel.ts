import { formatPodOwner, type PodListItem } from '../../../src/index.ts';

/**
 * How the designer names a target: the object the user wrote (a Pod, or a workload), and
 * "(from the backup)" for a pod loaded from a backup tarball.
 */
export function formatTargetLabel(pod: PodListItem): string {
  return pod.fromBackup ? `${formatPodOwner(pod)} (from the backup)` : formatPodOwner(pod);
}
