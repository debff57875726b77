import type { PodListItem } from '../../../src/index.ts';
import type { HookPlace } from '../../state/designerSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { EngineStatus } from './EngineStatus.tsx';
import { TargetPicker } from './TargetPicker.tsx';
import { useHookPlace } from './useHookPlace.ts';

interface DesignerToolbarProps {
  pods: readonly PodListItem[];
  target: PodListItem | null;
}

const places = [
  { value: 'annotations', label: 'Pod annotations' },
  { value: 'spec', label: 'Restore spec.hooks' },
] as const satisfies readonly { value: HookPlace; label: string }[];

/** The target pod or workload, and where the hook lives. */
export function DesignerToolbar({ pods, target }: DesignerToolbarProps) {
  const { place, choose } = useHookPlace(target);
  const selectDesignerTarget = useDesignerStore((s) => s.selectDesignerTarget);
  return (
    <div className="hd-toolbar">
      <TargetPicker pods={pods} selectedKey={target?.key ?? ''} onSelect={selectDesignerTarget} />
      <SegmentedChoice label="Hook lives in" value={place} options={places} onChange={choose} />
      <EngineStatus />
      {target?.fromBackup ? (
        <p className="hd-toolbar__backup" role="note">
          This pod is from backup {target.fromBackup.backup}: Velero restores it with the hook
          annotations it was backed up with (a pod template changed since does not matter either),
          so new hooks go into the Restore&apos;s spec.hooks.
        </p>
      ) : null}
    </div>
  );
}
