import { formatPodOwner, type PodView } from '../../../src/index.ts';

/** How the designer names a target: the object the user wrote (a Pod, or a workload). */
export function targetLabel(pod: PodView): string {
  return formatPodOwner(pod);
}
