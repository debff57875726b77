import type { DiffView } from '../../../src/index.ts';

/** Objects Velero would not create: shown before the diff, never only inside it. */
export function NotRestoredList({ items }: { items: DiffView['notRestored'] }) {
  if (items.length === 0) return null;
  return (
    <div className="not-restored" role="alert">
      <ul className="not-restored__list">
        {items.map((item, i) => (
          <li key={i}>
            <strong>{item.title} is NOT restored:</strong> {item.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
