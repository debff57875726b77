import { describe, expect, it } from 'vitest';
import { sampleDiagnostic } from '../testing/diagnostics.ts';
import type { Diagnostic } from './diagnostic.ts';
import { toGithubAnnotations } from './github.ts';

const diagnostic = (over: Partial<Diagnostic>): Diagnostic =>
  sampleDiagnostic({ path: ['metadata', 'annotations'], ...over });

// The format rules of GitHub's workflow commands (docs "Workflow commands for GitHub Actions" and
// @actions/core command.ts), written as checks every rendered line must pass.
const KEYS = new Set(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
const ESCAPE = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' } as const;
const unescape = (s: string) =>
  s.replace(/%(25|0D|0A|3A|2C)/g, (m) => ESCAPE[m as keyof typeof ESCAPE]);

interface Command {
  command: string;
  props: Record<string, string>;
  message: string;
}

function parseCommand(line: string): Command {
  const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const [, command, list, data] = m as unknown as [string, string, string, string];
  // The message: CR and LF never raw (one command per line), `%` only as an escape.
  expect(data).not.toMatch(/[\r\n]|%(?!25|0D|0A)/);
  const props: Record<string, string> = {};
  for (const pair of list.split(',')) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    expect(KEYS.has(key), `unknown property ${key}`).toBe(true);
    expect(props[key], `repeated property ${key}`).toBeUndefined();
    // A property value: also no raw `:` or `,` (they would end the value or the list).
    expect(value).not.toMatch(/[\r\n:,]|%(?!25|0D|0A|3A|2C)/);
    props[key] = unescape(value);
  }
  for (const key of ['line', 'endLine', 'col', 'endColumn']) {
    if (key in props) expect(props[key]).toMatch(/^[1-9]\d*$/);
  }
  expect(props['file']).toBeTruthy();
  expect(Number(props['endLine'])).toBeGreaterThanOrEqual(Number(props['line']));
  // Columns only on a one-line annotation, and never ending before they start.
  if ('col' in props || 'endColumn' in props) {
    expect(props['endLine']).toBe(props['line']);
    expect(Number(props['endColumn'])).toBeGreaterThanOrEqual(Number(props['col']));
  }
  return { command, props, message: unescape(data) };
}

const commands = (diagnostics: Diagnostic[]) =>
  toGithubAnnotations(diagnostics).trimEnd().split('\n').map(parseCommand);

describe('toGithubAnnotations', () => {
  it('one command per diagnostic with the exact position and the code as title', () => {
    expect(commands([diagnostic({})])).toEqual([
      {
        command: 'warning',
        props: {
          file: 'pod.yaml',
          line: '7',
          col: '5',
          endLine: '7',
          endColumn: '39',
          title: 'restore-hooks hook-annotations-on-workload',
        },
        message: 'hook annotations on the workload',
      },
    ]);
  });

  it('maps severities to error, warning and notice', () => {
    const found = commands([
      diagnostic({ severity: 'error' }),
      diagnostic({ severity: 'warning' }),
      diagnostic({ severity: 'info' }),
    ]);
    expect(found.map((c) => c.command)).toEqual(['error', 'warning', 'notice']);
  });

  it('escapes %, CR, LF in the message and also : and , in properties; round trips', () => {
    const message = '100% sure:\r\nsecond line, with ::warning:: inside';
    const file = 'team:a,b/50%/pod.yaml';
    const [c] = commands([diagnostic({ message, file })]);
    expect(c!.message).toBe(message);
    expect(c!.props['file']).toBe(file);
    expect(toGithubAnnotations([diagnostic({ message, file })])).toContain(
      'file=team%3Aa%2Cb/50%25/pod.yaml,',
    );
  });

  it('leaves columns out of a range over several lines, and a leading ./ out of the path', () => {
    const range = { start: { line: 3, column: 2 }, end: { line: 9, column: 1 } };
    const [c] = commands([diagnostic({ range, file: './k8s/pod.yaml' })]);
    expect(c!.props).toEqual({
      file: 'k8s/pod.yaml',
      line: '3',
      endLine: '9',
      title: 'restore-hooks hook-annotations-on-workload',
    });
  });

  it('an empty range keeps endColumn at its start column', () => {
    const range = { start: { line: 2, column: 4 }, end: { line: 2, column: 4 } };
    expect(commands([diagnostic({ range })])[0]!.props).toMatchObject({ col: '4', endColumn: '4' });
  });
});
