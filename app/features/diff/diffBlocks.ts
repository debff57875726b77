import type { DiffBlock } from '../../../src/index.ts';
import type { DiffHighlight } from '../../editor/types.ts';

/** Registry key of the diff's restored side (see app/editor/editorRegistry.ts). */
export const DIFF_EDITOR_PATH = 'diff-restored';

/** The blocks in reading order (by their first line in the restored text), keeping Velero's order on ties. */
export function sortBlocks(blocks: readonly DiffBlock[]): DiffBlock[] {
  return blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => a.block.startLine - b.block.startLine || a.index - b.index)
    .map(({ block }) => block);
}

/** The gutter marks of the blocks on the restored side. */
export function buildBlockHighlights(blocks: readonly DiffBlock[]): DiffHighlight[] {
  return blocks.map((b) => ({
    startLine: b.startLine,
    endLine: Math.max(b.startLine, b.endLine),
    kind: b.change.step,
    hover: `${b.change.step}: ${b.change.explanation} (${b.change.source})`,
  }));
}

/** `line 7` or `lines 35–44`. */
export function formatLines(block: DiffBlock): string {
  return block.endLine > block.startLine
    ? `lines ${block.startLine}–${block.endLine}`
    : `line ${block.startLine}`;
}
