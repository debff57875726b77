import { describe, expect, it } from 'vitest';
import { editorPaths } from '../../editor/paths.ts';
import { MANIFESTS_FILE, RESTORE_FILE, type Diagnostic } from '../../../src/index.ts';
import {
  countBySeverity,
  countFindings,
  editorOfFile,
  formatCount,
  formatLocation,
  groupProblems,
  filterVisibleProblems,
  type ProblemRow,
} from './problems.ts';

function diagnostic(code: string, severity: Diagnostic['severity'], line = 1): Diagnostic {
  return {
    file: MANIFESTS_FILE,
    document: 0,
    range: { start: { line, column: 3 }, end: { line, column: 9 } },
    code,
    severity,
    message: code,
    data: {},
    path: [],
  };
}

const list = [
  diagnostic('a', 'info', 1),
  diagnostic('b', 'error', 2),
  diagnostic('c', 'warning', 3),
  diagnostic('d', 'error', 4),
];

describe('problems', () => {
  it('maps the engine file names to the editors (fixes name their file the same way)', () => {
    expect(editorOfFile[MANIFESTS_FILE]?.path).toBe(editorPaths.manifests);
    expect(editorOfFile[RESTORE_FILE]?.path).toBe(editorPaths.restore);
    expect(MANIFESTS_FILE).toBe(editorPaths.manifests);
    expect(RESTORE_FILE).toBe(editorPaths.restore);
  });

  it('counts per severity', () => {
    expect(countBySeverity(list)).toEqual({ error: 2, warning: 1, info: 1 });
  });

  it('lists errors first, keeping the engine order within a severity, and filters', () => {
    const all = new Set(['error', 'warning', 'info'] as const);
    expect(filterVisibleProblems(list, all).map((d) => d.code)).toEqual(['b', 'd', 'c', 'a']);
    expect(
      filterVisibleProblems(list, new Set(['info', 'warning'] as const)).map((d) => d.code),
    ).toEqual(['c', 'a']);
  });

  it('formats locations and counts', () => {
    expect(formatLocation(diagnostic('x', 'error', 12))).toBe('Manifests 12:3');
    expect(formatCount('error', 1)).toBe('1 error');
    expect(formatCount('warning', 2)).toBe('2 warnings');
    expect(formatCount('info', 0)).toBe('0 info');
  });

  describe('groupProblems', () => {
    const at = (
      code: string,
      line: number,
      over: Partial<Pick<Diagnostic, 'file' | 'severity' | 'message'>> = {},
    ): Diagnostic => ({ ...diagnostic(code, over.severity ?? 'info', line), ...over });
    /** A row as `code@line`, a group as its locations joined by `+`. */
    const shape = (rows: ProblemRow[]) =>
      rows.map((r) =>
        r.kind === 'single'
          ? `${r.diagnostic.code}@${r.diagnostic.range.start.line}`
          : `${r.diagnostics[0]!.code}@${r.diagnostics.map((d) => d.range.start.line).join('+')}`,
      );

    it.each<[string, Diagnostic[], string[]]>([
      ['nothing', [], []],
      ['one finding stays single', [at('a', 4)], ['a@4']],
      ['different codes stay apart', [at('a', 1), at('b', 2)], ['a@1', 'b@2']],
      [
        'identical findings fold into one group',
        [at('a', 1), at('a', 7), at('a', 30)],
        ['a@1+7+30'],
      ],
      [
        'a group sits where its first finding was, singles keep their order',
        [at('a', 1), at('b', 2), at('a', 3), at('c', 4), at('a', 5)],
        ['a@1+3+5', 'b@2', 'c@4'],
      ],
      [
        'another message is another row',
        [at('a', 1), at('a', 2, { message: 'other' }), at('a', 3)],
        ['a@1+3', 'a@2'],
      ],
      [
        'another severity is another row',
        [at('a', 1), at('a', 2, { severity: 'warning' }), at('a', 3, { severity: 'warning' })],
        ['a@1', 'a@2+3'],
      ],
      [
        'another file is another row',
        [at('a', 1), at('a', 1, { file: RESTORE_FILE }), at('a', 9)],
        ['a@1+9', 'a@1'],
      ],
    ])('%s', (_, diagnostics, rows) => {
      expect(shape(groupProblems(diagnostics))).toEqual(rows);
    });

    it('keeps the findings themselves, and counts findings, not rows', () => {
      const many = Array.from({ length: 362 }, (_, i) => at('same', i + 1));
      const rows = groupProblems([at('x', 1, { severity: 'error' }), ...many]);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toEqual({ kind: 'group', diagnostics: many });
      expect(countFindings(rows)).toBe(363);
      expect(countFindings(rows.slice(1))).toBe(362);
    });
  });
});
