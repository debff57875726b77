import { describe, expect, it } from 'vitest';
import type { DiffBlock } from '../../../src/index.ts';
import { buildBlockHighlights, formatLines, sortBlocks } from './diffBlocks.ts';

function block(step: DiffBlock['change']['step'], startLine: number, endLine: number): DiffBlock {
  return {
    startLine,
    endLine,
    title: 'Pod a/b',
    change: { step, source: 'src.go F', explanation: `${step} here`, path: [] },
  };
}

describe('diff blocks', () => {
  it('sorts by first line, keeping Velero order on ties', () => {
    const blocks = [
      block('init-restore-hook', 37, 46),
      block('restore-item', 7, 10),
      block('pod-action', 7, 8),
    ];
    expect(sortBlocks(blocks).map((b) => b.change.step)).toEqual([
      'restore-item',
      'pod-action',
      'init-restore-hook',
    ]);
  });

  it('marks each block on the restored side with its step and explanation', () => {
    expect(buildBlockHighlights([block('restore-item', 7, 10)])).toEqual([
      {
        startLine: 7,
        endLine: 10,
        kind: 'restore-item',
        hover: 'restore-item: restore-item here (src.go F)',
      },
    ]);
  });

  it('formats one line or a range', () => {
    expect(formatLines(block('pod-action', 7, 7))).toBe('line 7');
    expect(formatLines(block('pod-action', 7, 9))).toBe('lines 7–9');
  });
});
