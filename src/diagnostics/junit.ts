import type { Diagnostic } from './diagnostic.ts';
import { formatDiagnosticLine } from './format.ts';

/**
 * Renders diagnostics as JUnit XML for CI test reports (Jenkins, GitLab, Azure DevOps): one
 * testsuite per checked file, one testcase per diagnostic, and one passing testcase for a clean
 * file. Errors and warnings are `<failure>`s (as ESLint's and stylelint's JUnit reports do); infos
 * pass with their message as output.
 */
export function toJunit(diagnostics: readonly Diagnostic[], files: readonly string[]): string {
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const suites = [...byFile].map(([file, found]) => testsuite(file, found));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="restore-hooks" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

function testsuite(file: string, found: readonly Diagnostic[]) {
  const name = attr(file);
  const failures = found.filter((d) => d.severity !== 'info').length;
  const tests = Math.max(found.length, 1);
  const cases = found.length
    ? found.map((d) => testcase(name, d))
    : [`    <testcase classname="${name}" name="restore-hooks check" time="0"/>`];
  const open = `  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`;
  return { tests, failures, xml: [open, ...cases, '  </testsuite>'].join('\n') };
}

function testcase(classname: string, d: Diagnostic): string {
  const { line, column } = d.range.start;
  const open = `    <testcase classname="${classname}" name="${attr(`${d.code} at ${line}:${column}`)}" time="0">`;
  const body =
    d.severity === 'info'
      ? `      <system-out>${text(formatDiagnosticLine(d))}</system-out>`
      : `      <failure type="${d.severity}" message="${attr(d.message)}">${text(formatDiagnosticLine(d))}</failure>`;
  return [open, body, '    </testcase>'].join('\n');
}

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Element text: markup escaped, CR as a reference (a parser would turn CR LF into LF). */
function text(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value: as text, plus quotes and the whitespace an XML parser would normalise. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
