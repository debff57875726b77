import { useMemo, useState } from 'react';
import type { DiffMode } from '../../../src/index.ts';
import { revealRange } from '../../editor/editorRegistry.ts';
import { LazyDiffEditor } from '../../editor/LazyDiffEditor.tsx';
import { useEngineView } from '../../engine/index.ts';
import { DiffBlockList } from './DiffBlockList.tsx';
import { selectDiffMode } from '../../state/viewSlice.ts';
import { useDesignerStore } from '../../state/store.ts';
import { buildBlockHighlights, DIFF_EDITOR_PATH, sortBlocks } from './diffBlocks.ts';
import { DiffModeSwitch } from './DiffModeSwitch.tsx';
import { DiffScopePicker } from './DiffScopePicker.tsx';
import { NotRestoredList } from './NotRestoredList.tsx';
import './diff.css';

/** The backed-up objects against what Velero creates, with every change explained. */
export function DiffTab() {
  const view = useEngineView();
  const mode = useDesignerStore(selectDiffMode);
  const showDiffMode = useDesignerStore((s) => s.showDiffMode);
  const [active, setActive] = useState<number | null>(null);
  // The engine builds the mode shown: for a moment after a switch, the last diff stays.
  const built = view?.diff[mode] ?? null;
  const [last, setLast] = useState(built);
  if (built && built !== last) setLast(built);
  const diff = built ?? last;
  const blocks = useMemo(() => sortBlocks(diff?.blocks ?? []), [diff]);
  const highlights = useMemo(() => buildBlockHighlights(blocks), [blocks]);
  if (!view || !diff) return <p className="results-empty">Waiting for the engine…</p>;
  if (view.diff.scope.kind === 'none') return <p className="results-empty">Computing the diff…</p>;

  const pick = (index: number) => {
    const block = blocks[index];
    if (!block) return;
    setActive(index);
    revealRange(
      DIFF_EDITOR_PATH,
      { start: { line: block.startLine, column: 1 }, end: { line: block.endLine, column: 1 } },
      { focus: false },
    );
  };
  const changeMode = (next: DiffMode) => {
    showDiffMode(next);
    setActive(null);
  };

  return (
    <div className="diff-tab">
      <div className="diff-tab__toolbar">
        <DiffModeSwitch mode={mode} onChange={changeMode} />
        <span className="diff-tab__legend">Left: as backed up · Right: as Velero creates it</span>
      </div>
      <DiffScopePicker scope={view.diff.scope} pods={view.podList} />
      <NotRestoredList items={diff.notRestored} />
      <div className="diff-tab__editor">
        <LazyDiffEditor
          original={diff.original}
          modified={diff.restored}
          path={DIFF_EDITOR_PATH}
          ariaLabel="Diff"
          highlights={highlights}
          activeHighlight={active}
        />
      </div>
      <section className="diff-blocks" aria-label="Changes explained">
        <h3 className="diff-blocks__heading">
          {blocks.length === 1 ? '1 change' : `${blocks.length} changes`}, explained
        </h3>
        <DiffBlockList
          blocks={blocks}
          notRestored={diff.notRestored.length}
          active={active}
          onPick={pick}
        />
      </section>
    </div>
  );
}
