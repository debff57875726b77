import { memo } from 'react';
import type { PodListItem } from '../../src/index.ts';

interface PodOptionsProps {
  pods: readonly PodListItem[];
  /** The option's text; a function defined once (not in a render), as the list is compared by it. */
  label: (pod: PodListItem) => string;
}

/**
 * A `<select>`'s options, one per pod, valued by key. Every engine result brings new pod objects;
 * while typing in a 2,000-pod manifest the list itself rarely changes, and drawing 2,000 options
 * again costs a commit of 20-30 ms: so they are drawn again only when a key or a label does.
 */
export const PodOptions = memo(
  function PodOptions({ pods, label }: PodOptionsProps) {
    return pods.map((p) => (
      <option key={p.key} value={p.key}>
        {label(p)}
      </option>
    ));
  },
  (before, after) =>
    before.label === after.label &&
    before.pods.length === after.pods.length &&
    before.pods.every((p, i) => {
      // Items the engine's message left unchanged arrive as the same objects: no label to compare.
      const q = after.pods[i]!;
      return p === q || (p.key === q.key && before.label(p) === after.label(q));
    }),
);
