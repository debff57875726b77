import {
  diagnosticCatalogue,
  formatDiagnosticLine,
  formatSummary,
  toGithubAnnotations,
  toGitlabCodeQuality,
  toJunit,
  toSarif,
  type Diagnostic,
} from '../../index.ts';
import { parseArgs, readStringFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../io.ts';
import { ANALYSIS_FLAGS, POD_VOLUME_BACKUPS_HELP, analyzeArgs } from '../inputs.ts';
import { readProductVersion } from '../version.ts';

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: restore-hooks check [--restore R] [--namespace-mapping SRC=DST]… [--velero-version V] [--pod-volume-backups F] [--format F] [--max-warnings N] FILE…|DIR|-

Lints manifests carrying Velero restore-hook annotations (and a Restore's spec.hooks) the way Velero
will read them. Prints compiler-style lines, file:line:col: severity code: message, then a summary.
Every code is explained in docs/diagnostics.md.

Exit status: 0 no errors (warnings allowed), 1 at least one error or more warnings than
--max-warnings, 2 usage or input error.

A FILE may be a Velero backup tarball (velero backup download writes NAME-data.tar.gz): its
pods are read as the restore reads them, named FILE:resources/pods/namespaces/NS/NAME.json.

Options:
  --restore R                  a velero.io/v1 Restore to check with the manifests
  --namespace-mapping SRC=DST  add a namespaceMapping entry (repeatable)
  --velero-version V           the Velero release to predict: 1.10.0 … 1.18.2, a minor such as
                               1.17 (its newest patch), or main (default 1.18.2; see 'restore-hooks versions')
${POD_VOLUME_BACKUPS_HELP}
  --format F                   text (default); json (the diagnostics); sarif (SARIF 2.1.0 for code
                               scanning); github (workflow commands: annotations on a pull request);
                               junit (JUnit XML for CI test reports); gitlab (Code Quality JSON)
  --max-warnings N             exit 1 when there are more than N warnings (default -1: no limit)
`;

export const check: Command = {
  help,
  async run(argv, io) {
    const args = parseArgs(argv, {
      ...ANALYSIS_FLAGS,
      format: { type: 'string', choices: FORMATS },
      'max-warnings': { type: 'string' },
    });
    const maxWarnings = maxWarningsFlag(readStringFlag(args, 'max-warnings'));
    const { diagnostics, files } = await analyzeArgs(args, io);
    const format = (readStringFlag(args, 'format') ?? 'text') as Format;
    // One write: thousands of small writes to a pipe cost more than the checks (issue 11).
    io.stdout(
      render(
        format,
        diagnostics,
        files.map((f) => f.name),
      ),
    );
    if (diagnostics.some((d) => d.severity === 'error')) return 1;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      io.stderr(
        `restore-hooks check: too many warnings: ${warnings} (--max-warnings ${maxWarnings})\n`,
      );
      return 1;
    }
    return 0;
  },
};

/** ESLint's meaning: a whole number N ≥ 0, or -1 for no limit. */
function maxWarningsFlag(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^(-1|\d+)$/.test(value)) {
    throw new CliError(
      `--max-warnings expects a whole number, or -1 for no limit (got "${value}")`,
    );
  }
  return Number(value);
}

function render(format: Format, diagnostics: Diagnostic[], files: string[]): string {
  switch (format) {
    case 'json':
      return JSON.stringify(diagnostics, null, 2) + '\n';
    case 'sarif':
      return (
        JSON.stringify(toSarif(diagnostics, diagnosticCatalogue, readProductVersion()), null, 2) +
        '\n'
      );
    case 'github':
      return toGithubAnnotations(diagnostics) + formatSummary(diagnostics) + '\n';
    case 'junit':
      return toJunit(diagnostics, files);
    case 'gitlab':
      return JSON.stringify(toGitlabCodeQuality(diagnostics), null, 2) + '\n';
    case 'text':
      return (
        diagnostics.map((d) => formatDiagnosticLine(d) + '\n').join('') +
        (diagnostics.length ? '\n' : '') +
        formatSummary(diagnostics) +
        '\n'
      );
  }
}
