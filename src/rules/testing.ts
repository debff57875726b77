import { analyze } from '../analyze.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** The compact shape table tests assert on: code, 1-based start/end line and column, data. */
export interface Found {
  code: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  file?: string;
  data?: Record<string, unknown>;
  severity?: string;
}

/**
 * Runs the engine on a manifests text (file `manifests.yaml`) and an optional Restore text (file
 * `restore.yaml`), and returns the diagnostics with the given code in the compact shape.
 */
export function findDiagnostics(code: string, manifests: string, restore?: string): Found[] {
  const analysis = analyze({
    manifests: [{ name: 'manifests.yaml', text: manifests }],
    restore: restore === undefined ? null : { name: 'restore.yaml', text: restore },
  });
  return analysis.diagnostics.filter((d) => d.code === code).map(toFound);
}

export function toFound(d: Diagnostic): Found {
  return {
    code: d.code,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    file: d.file,
    data: d.data,
    severity: d.severity,
  };
}

/** Joins lines into a YAML text (keeps table tests readable and their positions obvious). */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
