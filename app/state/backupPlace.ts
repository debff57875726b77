import { create } from 'zustand';
import type { HookPlace } from './designerSlice.ts';

/**
 * Where hooks go while a pod loaded from a backup is the designer's target. Its annotation hooks
 * are fixed in the backup (Velero restores the pod as backed up), so the default is the Restore's
 * `spec.hooks`; null keeps that default, a place is what the user picked for backup pods. A
 * session choice, not authored state: the `designerPlace` of ordinary pods is left alone.
 */
export const useBackupPodPlace = create<{ place: HookPlace | null }>()(() => ({ place: null }));

export function chooseBackupPodPlace(place: HookPlace | null): void {
  useBackupPodPlace.setState({ place });
}
