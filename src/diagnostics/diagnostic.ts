import type { Range } from '../model/ranges.ts';
import type { BehaviourValues } from '../versions/versionModel.ts';
import type { JsonPath } from '../model/types.ts';

export type { Position, Range } from '../model/ranges.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Where a diagnostic points: a file (or editor), the document within it, and a range. */
export interface SourceLocation {
  file: string;
  /** 0-based index of the YAML document in the file. */
  document: number;
  range: Range;
}

export interface TextEdit {
  range: Range;
  text: string;
}

/** Edits to one file (or editor), non-overlapping, each against the text the diagnostics were made for. */
export interface FileEdits {
  file: string;
  edits: TextEdit[];
}

/**
 * A machine-applicable fix, offered as a Monaco code action, an LSP code action and in
 * `restore-hooks check --format json`. `edits` apply to `file`; a fix that also edits other files
 * (moving a hook from a pod's annotations into the Restore) lists them in `otherFiles`, and all of
 * them are applied together as one change.
 */
export interface Fix extends FileEdits {
  title: string;
  otherFiles?: FileEdits[];
}

/** Every file a fix edits, with its edits: `fix.file` first, then `fix.otherFiles` in order. */
export function fixFileEdits(fix: Fix): FileEdits[] {
  return [{ file: fix.file, edits: fix.edits }, ...(fix.otherFiles ?? [])];
}

export type DiagnosticData = Record<string, string | number | boolean | null>;

/** Plain serialisable data; tests assert on code, data and range, never on prose. */
export interface Diagnostic extends SourceLocation {
  /** Stable kebab-case code; the key into the registry (`docs/diagnostics.md`). */
  code: string;
  severity: Severity;
  message: string;
  data: DiagnosticData;
  /** Logical path in the document (so the form can highlight a field). */
  path: JsonPath;
  related?: (SourceLocation & { message: string })[];
  fix?: Fix;
}

/** The registry entry of one stable code: what the catalogue page and hovers show. */
export interface DiagnosticEntry<D extends DiagnosticData = DiagnosticData> {
  code: string;
  title: string;
  severity: Severity;
  /** Why Velero (or Kubernetes) behaves so, in a few sentences. */
  why: string;
  /** The Velero (or Kubernetes) source file and function the behaviour comes from. */
  source: string;
  /** How to fix it. */
  fix: string;
  /**
   * The Velero releases the check matters for, asked of the version model (absent: every release).
   * The catalogue lists the resulting ranges; the rule runner skips the check elsewhere.
   */
  appliesTo?: (behaviours: BehaviourValues) => boolean;
  /** Renders the message from the data (a method, so entries of any data type share one list type). */
  message(data: D): string;
}

/** Declares a registry entry with its data type inferred for `message`. */
/*#__NO_SIDE_EFFECTS__*/
export function defineEntry<D extends DiagnosticData>(
  entry: DiagnosticEntry<D>,
): DiagnosticEntry<D> {
  return entry;
}

/** Orders diagnostics by file, document, position, then code: the order every output uses. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.document - b.document ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
