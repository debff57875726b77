import type * as Monaco from 'monaco-editor/editor';
import type { MarkerDiagnostic } from './types.ts';

/** Marker owner for engine diagnostics (monaco-yaml's own markers use the owner `yaml`). */
export const MARKER_OWNER = 'restore-hooks';

// Monaco's MarkerSeverity values; only the type is imported so this module stays free of Monaco code.
const severities: Record<MarkerDiagnostic['severity'], Monaco.MarkerSeverity> = {
  error: 8,
  warning: 4,
  info: 2,
};

export function toMarkerData(diagnostic: MarkerDiagnostic): Monaco.editor.IMarkerData {
  const { start, end } = diagnostic.range;
  return {
    severity: severities[diagnostic.severity],
    message: diagnostic.message,
    code: diagnostic.code,
    source: MARKER_OWNER,
    startLineNumber: start.line,
    startColumn: start.column,
    endLineNumber: end.line,
    endColumn: end.column,
  };
}
