/**
 * The engine's diagnostics and fixes in LSP's shapes. The engine counts 1-based lines and columns
 * in UTF-16 code units, end exclusive; LSP counts 0-based lines and UTF-16 characters, end
 * exclusive: so a range moves by one on each axis and nothing else changes.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Position as LspPosition,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { fixFileEdits, type Diagnostic, type Range, type Severity } from '../index.ts';

/** The name → URI lookup of one analysis (the engine names files; LSP addresses them by URI). */
export type UriOf = (file: string) => string;

/** What a published diagnostic carries in `data`: the engine's fix, ready to apply. */
export interface DiagnosticFixData {
  fix?: { title: string; edit: WorkspaceEdit };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The engine's word for an LSP severity. */
export function convertSeverity(s: DiagnosticSeverity | undefined): Severity {
  return s === DiagnosticSeverity.Error
    ? 'error'
    : s === DiagnosticSeverity.Warning
      ? 'warning'
      : 'info';
}

/** An engine range (1-based) as an LSP range (0-based). */
export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/**
 * The LSP diagnostic of an engine diagnostic: same code, message and range; related places by
 * URI; the fix (if any) as a workspace edit in `data`, one entry per file it edits, so a code
 * action needs nothing else.
 */
export function toLspDiagnostic(d: Diagnostic, uriOf: UriOf): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    code: d.code,
    source: 'restore-hooks',
    message: d.message,
  };
  if (d.related && d.related.length > 0) {
    out.relatedInformation = d.related.map((r) => ({
      location: { uri: uriOf(r.file), range: toLspRange(r.range) },
      message: r.message,
    }));
  }
  if (d.fix) {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const { file, edits } of fixFileEdits(d.fix)) {
      const uri = uriOf(file);
      changes[uri] = [
        ...(changes[uri] ?? []),
        ...edits.map((e) => ({ range: toLspRange(e.range), newText: e.text })),
      ];
    }
    const data: DiagnosticFixData = { fix: { title: d.fix.title, edit: { changes } } };
    out.data = data;
  }
  return out;
}

/** The quick-fix code action of a published diagnostic; null when it carries no fix. */
export function toCodeAction(d: LspDiagnostic): CodeAction | null {
  const fix = (d.data as DiagnosticFixData | undefined)?.fix;
  if (!fix) return null;
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: true,
    edit: fix.edit,
  };
}

function before(a: LspPosition, b: LspPosition): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges share a position (touching counts, as editors ask for the cursor's point). */
export function rangesTouch(a: LspRange, b: LspRange): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Whether a position lies in a range, its end included (a hover at a marker's last character). */
export function rangeHolds(range: LspRange, p: LspPosition): boolean {
  return !before(p, range.start) && !before(range.end, p);
}
