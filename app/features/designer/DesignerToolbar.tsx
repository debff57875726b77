import type { PodView } from '../../../src/index.ts';
import { selectHookPlace, type HookPlace } from '../../state/designerSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { EngineStatus } from './EngineStatus.tsx';
import { TargetPicker } from './TargetPicker.tsx';

interface DesignerToolbarProps {
  pods: readonly PodView[];
  target: PodView | null;
}

const places = [
  { value: 'annotations', label: 'Pod annotations' },
  { value: 'spec', label: 'Restore spec.hooks' },
] as const satisfies readonly { value: HookPlace; label: string }[];

/** The target pod or workload, and where the hook lives. */
export function DesignerToolbar({ pods, target }: DesignerToolbarProps) {
  const place = useDesignerStore(selectHookPlace);
  const selectDesignerTarget = useDesignerStore((s) => s.selectDesignerTarget);
  const chooseHookPlace = useDesignerStore((s) => s.chooseHookPlace);
  return (
    <div className="hd-toolbar">
      <TargetPicker pods={pods} selectedKey={target?.key ?? ''} onSelect={selectDesignerTarget} />
      <SegmentedChoice
        label="Hook lives in"
        value={place}
        options={places}
        onChange={chooseHookPlace}
      />
      <EngineStatus />
    </div>
  );
}
