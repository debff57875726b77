import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { PodListItem } from '../../../src/index.ts';
import { TargetOptions } from './TargetOptions.tsx';
import { filterTargets, formatTargetCount, groupTargets, formatTargetLines } from './targets.ts';

interface TargetPickerProps {
  pods: readonly PodListItem[];
  selectedKey: string;
  onSelect: (key: string) => void;
}

/**
 * The target select, grouped by namespace and kind, with a filter before it: a big manifest has
 * thousands of targets. The groups are redone only when the targets change, the filter runs over
 * them once per (deferred) query, and the selected target always stays listed.
 */
export function TargetPicker({ pods, selectedKey, onSelect }: TargetPickerProps) {
  const id = useId();
  const countId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const lines = useMemo(() => formatTargetLines(pods), [pods]);
  const groups = useMemo(() => groupTargets(lines), [lines]);
  const filtered = useMemo(
    () => filterTargets(groups, deferredQuery, selectedKey),
    [groups, deferredQuery, selectedKey],
  );
  const none = pods.length === 0;
  return (
    <div className="hd-toolbar__target">
      <label htmlFor={id} className="hd-toolbar__label">
        Target
      </label>
      <input
        type="search"
        className="hd-input hd-toolbar__filter"
        aria-label="Filter by kind, namespace or name"
        aria-describedby={countId}
        placeholder="Filter…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        disabled={none}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select
        id={id}
        className="hd-input hd-select"
        value={selectedKey}
        disabled={none}
        onChange={(e) => onSelect(e.target.value)}
      >
        <TargetOptions groups={filtered.groups} />
      </select>
      <span id={countId} className="hd-toolbar__count" aria-live="polite">
        {none ? '' : formatTargetCount(filtered)}
      </span>
    </div>
  );
}
