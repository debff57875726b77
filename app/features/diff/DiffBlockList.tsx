import type { DiffBlock } from '../../../src/index.ts';
import { formatLines } from './diffBlocks.ts';

interface DiffBlockListProps {
  blocks: readonly DiffBlock[];
  /** How many objects Velero does not create (listed above the diff). */
  notRestored: number;
  active: number | null;
  onPick: (index: number) => void;
}

/** Every changed block with the Velero step that made it; picking one reveals its lines. */
export function DiffBlockList({ blocks, notRestored, active, onPick }: DiffBlockListProps) {
  if (blocks.length === 0) {
    return (
      <p className="diff-blocks__empty">
        {notRestored > 0
          ? 'Velero creates the other objects exactly as backed up; the ones above it does not create at all.'
          : 'Velero creates these objects exactly as backed up.'}
      </p>
    );
  }
  return (
    <ol className="diff-blocks__list">
      {blocks.map((block, i) => (
        <li key={i}>
          <button
            type="button"
            className="diff-block"
            aria-current={i === active ? 'true' : undefined}
            onClick={() => onPick(i)}
          >
            <span className="diff-block__head">
              <span className={`diff-step diff-step--${block.change.step}`}>
                {block.change.step}
              </span>
              <span className="diff-block__title">{block.title}</span>
              <span className="diff-block__lines">{formatLines(block)}</span>
            </span>
            <span className="diff-block__explanation">{block.change.explanation}</span>
            <span className="diff-block__source">
              Velero: <code>{block.change.source}</code>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
