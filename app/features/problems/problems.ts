import { editorPaths, type EditorPath } from '../../editor/paths.ts';
import {
  MANIFESTS_FILE,
  RESTORE_FILE,
  type Diagnostic,
  type Severity,
} from '../../../src/index.ts';

export const severities: readonly Severity[] = ['error', 'warning', 'info'];

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
export function visibleProblems(
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
