import { useId } from 'react';
import type { DiffScope, PodListItem } from '../../../src/index.ts';
import { PodOptions } from '../../components/PodOptions.tsx';
import { useDesignerStore } from '../../state/store.ts';

interface DiffScopePickerProps {
  scope: DiffScope;
  pods: readonly PodListItem[];
}

/** With many objects the diff shows one pod at a time: this picks which. */
export function DiffScopePicker({ scope, pods }: DiffScopePickerProps) {
  const id = useId();
  const focusDiffPod = useDesignerStore((s) => s.focusDiffPod);
  if (scope.kind !== 'pod') return null;
  return (
    <div className="diff-tab__scope">
      <label htmlFor={id}>Pod</label>
      <select id={id} value={scope.pod ?? ''} onChange={(e) => focusDiffPod(e.target.value)}>
        <PodOptions pods={pods} label={optionLabel} />
      </select>
      <span className="diff-tab__legend">
        {scope.objects} objects in the input: the diff shows one pod at a time.
      </span>
    </div>
  );
}

const optionLabel = (p: PodListItem) =>
  p.kind === 'Pod' ? p.key : `${p.key} (${p.kind} ${p.owner})`;
