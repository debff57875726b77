import type { Diagnostic } from './diagnostic.ts';

/** Compiler-style `file:line:col: severity code: message`, as editors and CI logs expect. */
export function formatDiagnosticLine(d: Diagnostic): string {
  return `${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}`;
}

/** `N errors, N warnings, N infos` (singular where it reads better). */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`;
}
