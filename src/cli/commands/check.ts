import { diagnosticCatalogue, formatDiagnosticLine, formatSummary, toSarif } from '../../index.ts';
import { parseArgs, stringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { ANALYSIS_FLAGS, analyzeArgs } from '../inputs.ts';
import { productVersion } from '../version.ts';

const help = `Usage: restore-hooks check [--restore R] [--namespace-mapping SRC=DST]… [--velero-version V] [--format text|json|sarif] FILE…|DIR|-

Lints manifests carrying Velero restore-hook annotations (and a Restore's spec.hooks) the way Velero
will read them. Prints compiler-style lines, file:line:col: severity code: message, then a summary.
Every code is explained in docs/diagnostics.md.

Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 usage or input error.

Options:
  --restore R                  a velero.io/v1 Restore to check with the manifests
  --namespace-mapping SRC=DST  add a namespaceMapping entry (repeatable)
  --velero-version V           the Velero release to predict: 1.10.0 … 1.18.2, a minor such as
                               1.17 (its newest patch), or main (default 1.18.2; see 'restore-hooks versions')
  --format text|json|sarif     text (default), JSON diagnostics, or SARIF 2.1.0 for code scanning
`;

export const check: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, {
      ...ANALYSIS_FLAGS,
      format: { type: 'string', choices: ['text', 'json', 'sarif'] },
    });
    const { diagnostics } = await analyzeArgs(args, io);
    const format = stringFlag(args, 'format') ?? 'text';
    if (format === 'json') {
      io.stdout(JSON.stringify(diagnostics, null, 2) + '\n');
    } else if (format === 'sarif') {
      io.stdout(JSON.stringify(toSarif(diagnostics, diagnosticCatalogue, productVersion()), null, 2) + '\n');
    } else {
      for (const d of diagnostics) io.stdout(formatDiagnosticLine(d) + '\n');
      io.stdout((diagnostics.length ? '\n' : '') + formatSummary(diagnostics) + '\n');
    }
    return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
