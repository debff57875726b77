import { describe, expect, it } from 'vitest';
import { toMarkerData } from './markers.ts';
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
});
