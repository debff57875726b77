import { memo } from 'react';
import type { TargetGroup } from './targets.ts';

interface TargetOptionsProps {
  /** Memoised by the picker: the list renders again only when the targets or the filter change. */
  groups: readonly TargetGroup[];
}

/** The target select's options, one optgroup per namespace and kind; thousands of them cost. */
export const TargetOptions = memo(function TargetOptions({ groups }: TargetOptionsProps) {
  if (groups.length === 0) return <option value="">No pods in the manifests</option>;
  return groups.map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.targets.map((t, i) => (
        // By place: a manifest may hold the same namespace/name twice.
        <option key={i} value={t.key}>
          {t.label}
        </option>
      ))}
    </optgroup>
  ));
});
