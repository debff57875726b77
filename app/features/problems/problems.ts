import { editorPaths, type EditorPath } from '../../editor/paths.ts';
import {
  MANIFESTS_FILE,
  RESTORE_FILE,
  type Diagnostic,
  type Severity,
} from '../../../src/index.ts';

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** Rows (and locations of a group) listed at most: thousands would slow every keystroke down. */
export const MAX_LISTED = 200;

/** The editor a diagnostic's file is shown in, and its name on screen. */
export const editorOfFile: Readonly<Record<string, { path: EditorPath; label: string }>> = {
  [MANIFESTS_FILE]: { path: editorPaths.manifests, label: 'Manifests' },
  [RESTORE_FILE]: { path: editorPaths.restore, label: 'Restore' },
};

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/** The diagnostics of the shown severities, errors first, each severity in the engine's order. */
export function filterVisibleProblems(
  diagnostics: readonly Diagnostic[],
  shown: ReadonlySet<Severity>,
): Diagnostic[] {
  return severities.flatMap((s) =>
    shown.has(s) ? diagnostics.filter((d) => d.severity === s) : [],
  );
}

/** `Manifests 12:47`: the editor and where the problem starts. */
export function formatLocation(diagnostic: Diagnostic): string {
  const editor = editorOfFile[diagnostic.file]?.label ?? diagnostic.file;
  return `${editor} ${diagnostic.range.start.line}:${diagnostic.range.start.column}`;
}

/** `2 errors`, `1 warning`, `0 info`. */
export function formatCount(severity: Severity, count: number): string {
  if (severity === 'info') return `${count} info`;
  return `${count} ${severity}${count === 1 ? '' : 's'}`;
}

/** A row of the Problems list: one finding, or several identical findings at their locations. */
export type ProblemRow =
  { kind: 'single'; diagnostic: Diagnostic } | { kind: 'group'; diagnostics: Diagnostic[] };

/**
 * Folds findings with the same file, code, severity and message into one row (many identical
 * pods give hundreds of them), at the place of their first; each location is kept, in order.
 */
export function groupProblems(diagnostics: readonly Diagnostic[]): ProblemRow[] {
  const byKey = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = `${d.file}\0${d.code}\0${d.severity}\0${d.message}`;
    const same = byKey.get(key);
    if (same) same.push(d);
    else byKey.set(key, [d]);
  }
  return [...byKey.values()].map((same) =>
    same.length === 1
      ? { kind: 'single', diagnostic: same[0]! }
      : { kind: 'group', diagnostics: same },
  );
}

/** How many findings the rows hold (a group counts each of its findings). */
export function countFindings(rows: readonly ProblemRow[]): number {
  let count = 0;
  for (const row of rows) count += row.kind === 'single' ? 1 : row.diagnostics.length;
  return count;
}
