import type * as Monaco from 'monaco-editor/editor';
import type { EditorMarker } from './editorRegistry.ts';
import type { EditorRange, MarkerDiagnostic } from './types.ts';

/** Marker owner for engine diagnostics (monaco-yaml's own markers use the owner `yaml`). */
export const MARKER_OWNER = 'restore-hooks';

// Monaco's MarkerSeverity values; only the type is imported so this module stays free of Monaco code.
const severities: Record<MarkerDiagnostic['severity'], Monaco.MarkerSeverity> = {
  error: 8,
  warning: 4,
  info: 2,
};

const severityNames = new Map<number, 'error' | 'warning' | 'info' | 'hint'>([
  [8, 'error'],
  [4, 'warning'],
  [2, 'info'],
  [1, 'hint'],
]);

/**
 * The Monaco marker of a diagnostic. With `linkFor`, the code becomes a link (Monaco's marker hover
 * shows it) to the code's reference entry.
 */
export function toMarkerData(
  diagnostic: MarkerDiagnostic,
  linkFor?: (code: string) => Monaco.Uri,
): Monaco.editor.IMarkerData {
  const { start, end } = diagnostic.range;
  return {
    severity: severities[diagnostic.severity],
    message: diagnostic.message,
    code: linkFor ? { value: diagnostic.code, target: linkFor(diagnostic.code) } : diagnostic.code,
    source: MARKER_OWNER,
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: end.line,
    endColumn: end.column,
  };
}

/** A Monaco marker back in the engine's shape (code as text, severity as a word). */
export function convertMarker(marker: Monaco.editor.IMarker): EditorMarker {
  const code = typeof marker.code === 'string' ? marker.code : (marker.code?.value ?? '');
  return {
    code,
    severity: severityNames.get(marker.severity) ?? 'info',
    message: marker.message,
    range: {
      start: { line: marker.startLineNumber, column: marker.startColumn },
      end: { line: marker.endLineNumber, column: marker.endColumn },
    },
  };
}

/** True when two ranges overlap or touch (a cursor at either end of a marker is "on" it). */
export function rangesTouch(a: EditorRange, b: EditorRange): boolean {
  const before = (p: EditorRange['start'], q: EditorRange['start']) =>
    p.line < q.line || (p.line === q.line && p.column < q.column);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * True when two lists show the same markers (code, severity, message and range, in order). Setting
 * thousands of markers costs Monaco tens of milliseconds, so an unchanged list is not set again.
 */
export function sameMarkers(
  a: readonly MarkerDiagnostic[],
  b: readonly MarkerDiagnostic[],
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.code !== y.code ||
      x.severity !== y.severity ||
      x.message !== y.message ||
      x.range.start.line !== y.range.start.line ||
      x.range.start.column !== y.range.start.column ||
      x.range.end.line !== y.range.end.line ||
      x.range.end.column !== y.range.end.column
    )
      return false;
  }
  return true;
}

/**
 * True when an edit of lines `startLine`–`endLine` (before the edit) touches a line of one of the
 * markers: Monaco moves or shrinks the marker's squiggle then, so the same markers must be set again.
 */
export function editTouchesMarkers(
  markers: readonly MarkerDiagnostic[],
  startLine: number,
  endLine: number,
): boolean {
  return markers.some((m) => m.range.start.line <= endLine && m.range.end.line >= startLine);
}
