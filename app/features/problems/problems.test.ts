import { describe, expect, it } from 'vitest';
import { editorPaths } from '../../editor/paths.ts';
import { MANIFESTS_FILE, RESTORE_FILE, type Diagnostic } from '../../../src/index.ts';
import {
  countBySeverity,
  editorOfFile,
  formatCount,
  formatLocation,
  visibleProblems,
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
    expect(visibleProblems(list, all).map((d) => d.code)).toEqual(['b', 'd', 'c', 'a']);
    expect(visibleProblems(list, new Set(['info', 'warning'] as const)).map((d) => d.code)).toEqual(
      ['c', 'a'],
    );
  });

  it('formats locations and counts', () => {
    expect(formatLocation(diagnostic('x', 'error', 12))).toBe('Manifests 12:3');
    expect(formatCount('error', 1)).toBe('1 error');
    expect(formatCount('warning', 2)).toBe('2 warnings');
    expect(formatCount('info', 0)).toBe('0 info');
  });
});
