import type { PodListItem } from '../../../src/index.ts';
import { chooseBackupPodPlace, useBackupPodPlace } from '../../state/backupPlace.ts';
import { selectHookPlace, type HookPlace } from '../../state/designerSlice.ts';
import { useDesignerStore } from '../../state/store.ts';

/**
 * Where the form's hook lives for this target, and how to change it: the user's choice for
 * ordinary pods; for a pod from a backup, Restore spec.hooks unless the user picked otherwise.
 */
export function useHookPlace(target: PodListItem | null): {
  place: HookPlace;
  choose: (place: HookPlace) => void;
} {
  const designerPlace = useDesignerStore(selectHookPlace);
  const chooseHookPlace = useDesignerStore((s) => s.chooseHookPlace);
  const backupPlace = useBackupPodPlace((s) => s.place);
  if (target?.fromBackup) return { place: backupPlace ?? 'spec', choose: chooseBackupPodPlace };
  return { place: designerPlace, choose: chooseHookPlace };
}
