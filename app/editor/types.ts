/** What the editor needs of a diagnostic: 1-based lines and columns, end exclusive (Monaco's shape). */
export interface MarkerDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  code: string;
  range: {
    start: { line: number; column: number };
    end: { line: number; column: number };
  };
}

export interface YamlEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Engine diagnostics for this document, shown as markers. */
  markers?: readonly MarkerDiagnostic[];
  /** Model path, e.g. `manifests.yaml`; decides the bundled schema (see paths.ts). */
  path: string;
  ariaLabel: string;
}
