import { useId } from 'react';
import type { PodView } from '../../../src/index.ts';
import { selectHookPlace, type HookPlace } from '../../state/designerSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { SegmentedChoice } from './SegmentedChoice.tsx';
import { EngineStatus } from './EngineStatus.tsx';
import { TargetOptions } from './TargetOptions.tsx';
import { targetLabel } from './targetLabel.ts';

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
  const id = useId();
  const place = useDesignerStore(selectHookPlace);
  const selectDesignerTarget = useDesignerStore((s) => s.selectDesignerTarget);
  const chooseHookPlace = useDesignerStore((s) => s.chooseHookPlace);
  return (
    <div className="hd-toolbar">
      <div className="hd-toolbar__target">
        <label htmlFor={id} className="hd-toolbar__label">
          Target
        </label>
        <select
          id={id}
          className="hd-input hd-select"
          value={target?.key ?? ''}
          disabled={pods.length === 0}
          onChange={(e) => selectDesignerTarget(e.target.value)}
        >
          <TargetOptions lines={pods.map((p) => `${p.key}\t${targetLabel(p)}`).join('\n')} />
        </select>
      </div>
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
