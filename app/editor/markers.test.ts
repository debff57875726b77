import { describe, expect, it } from 'vitest';
import { editTouchesMarkers, rangesTouch, sameMarkers, toMarkerData } from './markers.ts';
import type { MarkerDiagnostic } from './types.ts';

function diagnostic(overrides: Partial<MarkerDiagnostic>): MarkerDiagnostic {
  return {
    severity: 'error',
    message: 'm',
    code: 'some-code',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    ...overrides,
  };
}

describe('toMarkerData', () => {
  it('keeps 1-based, end-exclusive positions as Monaco expects', () => {
    const marker = toMarkerData(
      diagnostic({ range: { start: { line: 3, column: 5 }, end: { line: 4, column: 12 } } }),
    );
    expect(marker).toMatchObject({
      startLineNumber: 3,
      startColumn: 5,
      endLineNumber: 4,
      endColumn: 12,
    });
  });

  it('maps severities to Monaco MarkerSeverity values', () => {
    expect(toMarkerData(diagnostic({ severity: 'error' })).severity).toBe(8);
    expect(toMarkerData(diagnostic({ severity: 'warning' })).severity).toBe(4);
    expect(toMarkerData(diagnostic({ severity: 'info' })).severity).toBe(2);
  });

  it('carries the code and message, with the engine as source', () => {
    const marker = toMarkerData(
      diagnostic({ code: 'init-annotation-no-image', message: 'No image' }),
    );
    expect(marker).toMatchObject({
      code: 'init-annotation-no-image',
      message: 'No image',
      source: 'restore-hooks',
    });
  });

  it('makes the code a link when given a link target', () => {
    const target = { scheme: 'http' } as never;
    const marker = toMarkerData(diagnostic({ code: 'a-code' }), () => target);
    expect(marker.code).toEqual({ value: 'a-code', target });
  });
});

describe('rangesTouch', () => {
  const range = (l1: number, c1: number, l2: number, c2: number) => ({
    start: { line: l1, column: c1 },
    end: { line: l2, column: c2 },
  });

  it('is true for overlapping ranges and for a cursor at either end', () => {
    expect(rangesTouch(range(3, 5, 3, 9), range(3, 7, 3, 7))).toBe(true);
    expect(rangesTouch(range(3, 5, 3, 9), range(3, 5, 3, 5))).toBe(true);
    expect(rangesTouch(range(3, 5, 3, 9), range(3, 9, 3, 9))).toBe(true);
    expect(rangesTouch(range(2, 1, 4, 1), range(3, 40, 3, 41))).toBe(true);
  });

  it('is false for ranges apart', () => {
    expect(rangesTouch(range(3, 5, 3, 9), range(3, 10, 3, 12))).toBe(false);
    expect(rangesTouch(range(3, 5, 3, 9), range(2, 1, 3, 4))).toBe(false);
    expect(rangesTouch(range(3, 5, 3, 9), range(4, 1, 4, 1))).toBe(false);
  });
});

describe('sameMarkers', () => {
  it('compares what Monaco shows, not identity or fixes', () => {
    const a = [diagnostic({}), diagnostic({ code: 'other' })];
    const copy = a.map((d) => ({ ...d, range: { ...d.range } }));
    expect(sameMarkers(a, copy)).toBe(true);
    expect(sameMarkers(a, a.slice(0, 1))).toBe(false);
    expect(sameMarkers(a, [a[0]!, diagnostic({ code: 'other', message: 'n' })])).toBe(false);
    const moved = diagnostic({
      code: 'other',
      range: { start: { line: 2, column: 1 }, end: { line: 2, column: 2 } },
    });
    expect(sameMarkers(a, [a[0]!, moved])).toBe(false);
  });
});

describe('editTouchesMarkers', () => {
  it('is true when the edited lines overlap a marker', () => {
    const markers = [
      diagnostic({ range: { start: { line: 5, column: 1 }, end: { line: 7, column: 2 } } }),
    ];
    expect(editTouchesMarkers(markers, 1, 1)).toBe(false);
    expect(editTouchesMarkers(markers, 6, 6)).toBe(true);
    expect(editTouchesMarkers(markers, 7, 9)).toBe(true);
    expect(editTouchesMarkers(markers, 8, 9)).toBe(false);
  });
});
