import type { Diagnostic, DiagnosticEntry } from './diagnostic.ts';

/** SARIF 2.1.0 `level` for each severity. */
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * Renders diagnostics as a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers): one
 * run, one rule per registry entry used, one result per diagnostic with its exact region.
 */
export function toSarif(
  diagnostics: readonly Diagnostic[],
  catalogue: readonly DiagnosticEntry[],
  toolVersion: string,
): object {
  const used = new Set(diagnostics.map((d) => d.code));
  const rules = catalogue
    .filter((e) => used.has(e.code))
    .map((e) => ({
      id: e.code,
      name: e.code,
      shortDescription: { text: e.title },
      fullDescription: { text: e.why },
      help: { text: `${e.fix}\nVelero source: ${e.source}` },
      helpUri: `https://github.com/restore-hook-designer/restore-hook-designer/blob/main/docs/diagnostics.md#${e.code}`,
      defaultConfiguration: { level: LEVEL[e.severity] },
    }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'restore-hooks',
            version: toolVersion,
            informationUri: 'https://velero.io/docs/main/restore-hooks/',
            rules,
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [location(d)],
          ...(d.related
            ? {
                relatedLocations: d.related.map((r, i) => ({
                  id: i,
                  ...location(r),
                  message: { text: r.message },
                })),
              }
            : {}),
        })),
      },
    ],
  };
}

function location(d: Pick<Diagnostic, 'file' | 'range'>) {
  return {
    physicalLocation: {
      artifactLocation: { uri: d.file },
      region: {
        startLine: d.range.start.line,
        startColumn: d.range.start.column,
        endLine: d.range.end.line,
        endColumn: d.range.end.column,
      },
    },
  };
}
