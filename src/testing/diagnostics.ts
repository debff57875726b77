/** A diagnostic for the output-format tests (SARIF, GitHub, GitLab, JUnit): one warning at 7:5. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export function sampleDiagnostic(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    file: 'pod.yaml',
    document: 0,
    range: { start: { line: 7, column: 5 }, end: { line: 7, column: 40 } },
    code: 'hook-annotations-on-workload',
    severity: 'warning',
    message: 'hook annotations on the workload',
    data: {},
    path: [],
    ...over,
  };
}
