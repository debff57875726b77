import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { sampleDiagnostic } from '../testing/diagnostics.ts';
import { toJunit } from './junit.ts';

const diagnostic = sampleDiagnostic;

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses with a strict XML 1.0 parser (saxes throws on anything not well-formed). */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('text', (text) => {
    if (stack.length) stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

const int = (el: XmlElement, name: string) => {
  expect(el.attributes[name], `${el.name}@${name}`).toMatch(/^\d+$/);
  return Number(el.attributes[name]);
};

/**
 * The JUnit XML rules CI servers read (the Ant/Jenkins junit.xsd shape): a `testsuites` root whose
 * counts are the sums of its `testsuite`s; each testsuite named, its `tests` and `failures` the
 * number of its testcases and failures; each testcase with `name` and `classname`; a failure with
 * `message` and `type`.
 */
function checkJunit(xml: string): XmlElement {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  let tests = 0;
  let failures = 0;
  for (const suite of root.children) {
    expect(suite.name).toBe('testsuite');
    expect(suite.attributes['name']).toBeTruthy();
    const cases = suite.children;
    for (const c of cases) {
      expect(c.name).toBe('testcase');
      expect(c.attributes['name']).toBeTruthy();
      expect(c.attributes['classname']).toBe(suite.attributes['name']);
      for (const child of c.children) {
        expect(['failure', 'system-out']).toContain(child.name);
        if (child.name === 'failure') {
          expect(child.attributes['message']).toBeTruthy();
          expect(['error', 'warning']).toContain(child.attributes['type']);
        }
      }
    }
    const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure')).length;
    expect(int(suite, 'tests')).toBe(cases.length);
    expect(int(suite, 'failures')).toBe(failed);
    expect(int(suite, 'errors')).toBe(0);
    expect(int(suite, 'skipped')).toBe(0);
    tests += cases.length;
    failures += failed;
  }
  expect(int(root, 'tests')).toBe(tests);
  expect(int(root, 'failures')).toBe(failures);
  expect(int(root, 'errors')).toBe(0);
  return root;
}

describe('toJunit', () => {
  it('one testsuite per file, one testcase per diagnostic, a passing case for a clean file', () => {
    const root = checkJunit(
      toJunit(
        [
          diagnostic({ severity: 'error', code: 'init-image-without-command' }),
          diagnostic({ range: { start: { line: 9, column: 3 }, end: { line: 9, column: 8 } } }),
          diagnostic({ file: 'b.yaml', severity: 'info', code: 'on-error-continue' }),
        ],
        ['pod.yaml', 'b.yaml', 'clean.yaml'],
      ),
    );
    const summary = root.children.map((s) => ({
      suite: s.attributes['name'],
      cases: s.children.map((c) => [c.attributes['name'], c.children[0]?.name ?? 'passed']),
    }));
    expect(summary).toEqual([
      {
        suite: 'pod.yaml',
        cases: [
          ['init-image-without-command at 7:5', 'failure'],
          ['hook-annotations-on-workload at 9:3', 'failure'],
        ],
      },
      { suite: 'b.yaml', cases: [['on-error-continue at 7:5', 'system-out']] },
      { suite: 'clean.yaml', cases: [['restore-hooks check', 'passed']] },
    ]);
    expect(root.attributes).toMatchObject({ tests: '4', failures: '2' });
  });

  it('keeps markup, quotes and line breaks of messages and file names intact', () => {
    const message = 'a <b> & "c" \'d\' ]]> e\n\tf\r\ng';
    const file = 'dir/<odd> & "name".yaml';
    const root = checkJunit(toJunit([diagnostic({ message, file, severity: 'error' })], [file]));
    const failure = root.children[0]!.children[0]!.children[0]!;
    expect(root.children[0]!.attributes['name']).toBe(file);
    expect(failure.attributes['message']).toBe(message);
    expect(failure.text).toBe(`${file}:7:5: error hook-annotations-on-workload: ${message}`);
  });

  it('replaces characters XML 1.0 cannot carry instead of writing a broken report', () => {
    const message = 'bell \u0007, null \u0000, lone surrogate \ud800, U+FFFF \uffff, emoji 🙂';
    const root = checkJunit(toJunit([diagnostic({ message })], ['pod.yaml']));
    expect(root.children[0]!.children[0]!.children[0]!.attributes['message']).toBe(
      'bell \ufffd, null \ufffd, lone surrogate \ufffd, U+FFFF \ufffd, emoji 🙂',
    );
  });

  it('an empty run is a valid report with no suites', () => {
    expect(checkJunit(toJunit([], [])).children).toEqual([]);
  });
});
