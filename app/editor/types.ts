/** 1-based line and column, end exclusive (the engine's and Monaco's range shape). */
export interface EditorRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** Edits to one model: `file` is its editor path. */
export interface MarkerFileEdits {
  file: string;
  edits: readonly { range: EditorRange; text: string }[];
}

/** A machine-applicable fix: `edits` apply to `file`, and `otherFiles` (if any) in the same step. */
export interface MarkerFix extends MarkerFileEdits {
  title: string;
  otherFiles?: readonly MarkerFileEdits[];
}

/** What the editor needs of a diagnostic: 1-based lines and columns, end exclusive (Monaco's shape). */
export interface MarkerDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  code: string;
  range: EditorRange;
  /** Offered as a quick fix (Monaco code action) while the text is the one the fix was made for. */
  fix?: MarkerFix;
}

/** `length` characters at `offset` replaced by `text`: one of Monaco's content changes. */
export interface EditorTextEdit {
  offset: number;
  length: number;
  text: string;
}

export interface YamlEditorProps {
  value: string;
  /**
   * The user changed the text; `edits` turn the previous `value` into it, in order (undefined when
   * the editor cannot tell, e.g. after the value was replaced from outside).
   */
  onChange: (value: string, edits?: EditorTextEdit[]) => void;
  /** Engine diagnostics for this document, shown as markers. */
  markers?: readonly MarkerDiagnostic[];
  /**
   * True when `markers` were computed from the texts the editors show now. Quick fixes are only
   * offered then: a fix made for an older text would edit the wrong characters.
   */
  markersCurrent?: boolean;
  /** Model path, e.g. `manifests.yaml`; decides the bundled schema (see paths.ts). */
  path: string;
  ariaLabel: string;
}

/** A range of lines on the restored (modified) side of the diff to mark, 1-based and inclusive. */
export interface DiffHighlight {
  startLine: number;
  endLine: number;
  /** A CSS modifier for the bar in the line-decorations gutter, e.g. the Velero step. */
  kind: string;
  /** Plain text shown when hovering the marked lines. */
  hover: string;
}

export interface DiffEditorProps {
  original: string;
  modified: string;
  /** Registry key of the modified side (see editorRegistry.ts), to reveal lines in it. */
  path: string;
  ariaLabel: string;
  highlights?: readonly DiffHighlight[];
  /** Index in `highlights` of the block the user picked; drawn stronger. */
  activeHighlight?: number | null;
}
