import type { Diagnostic } from './diagnostic.ts';

/** The workflow command for each severity (GitHub has `notice` where we say `info`). */
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Renders diagnostics as GitHub Actions workflow commands (`::error file=…,line=…::message`), one a
 * line, so a job's log turns them into annotations on the pull request's lines. Escaping follows
 * @actions/core's `escapeData` and `escapeProperty` (toolkit packages/core/src/command.ts).
 */
export function toGithubAnnotations(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(githubAnnotation).join('');
}

function githubAnnotation(d: Diagnostic): string {
  const { start, end } = d.range;
  // GitHub accepts columns only on a one-line annotation; its endColumn is the last column, ours
  // is the one after it (end exclusive).
  const oneLine = end.line === start.line;
  const props: [string, string | number | null][] = [
    ['file', d.file.replace(/^\.\//, '')],
    ['line', start.line],
    ['col', oneLine ? start.column : null],
    ['endLine', end.line],
    ['endColumn', oneLine ? Math.max(start.column, end.column - 1) : null],
    ['title', `restore-hooks ${d.code}`],
  ];
  const list = props
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}\n`;
}

/** A workflow command's message: `%`, CR and LF are percent-encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as `escapeData`, and `:` and `,` too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
