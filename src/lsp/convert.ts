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
  type Range as LspRange,
} from 'vscode-languageserver/node';
import type { Diagnostic, Position, Range, Severity } from '../index.ts';

/** The name → URI lookup of one analysis (the engine names files; LSP addresses them by URI). */
export type UriOf = (file: string) => string;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** An engine range (1-based) as an LSP range (0-based). */
export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** An LSP position (0-based) as an engine position (1-based). */
export function fromLspPosition(p: { line: number; character: number }): Position {
  return { line: p.line + 1, column: p.character + 1 };
}

/** The LSP diagnostic of an engine diagnostic: same code, message and range; related places by URI. */
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
  return out;
}

/** The engine's fix of a diagnostic as a quick-fix code action editing its file (which may be the Restore's). */
export function toCodeAction(d: Diagnostic, uriOf: UriOf): CodeAction | null {
  if (!d.fix) return null;
  return {
    title: d.fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(d, uriOf)],
    isPreferred: true,
    edit: {
      changes: {
        [uriOf(d.fix.file)]: d.fix.edits.map((e) => ({
          range: toLspRange(e.range),
          newText: e.text,
        })),
      },
    },
  };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** Whether two ranges share a position (touching counts, as editors ask for the cursor's point). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Whether a position lies in a range, its end included (a hover at a marker's last character). */
export function rangeHolds(range: Range, p: Position): boolean {
  return !before(p, range.start) && !before(range.end, p);
}
