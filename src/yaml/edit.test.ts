import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeFor, changeInDocument, findTextChange, setIn } from './edit.ts';
import { parseYamlStream } from './parse.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';
const A = 'post.hook.restore.velero.io/';

const pod = lines(
  '# my pod',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: db   # keep me',
  '  annotations:',
  `    ${A}command: '["/bin/x"]'`,
  `    ${A}on-error: Fail`,
  'spec:',
  '  containers: [{name: app}]',
);

describe('setIn', () => {
  it.each([
    [
      'replaces a value, keeping comments and quoting elsewhere',
      pod,
      ['metadata', 'annotations', `${A}on-error`],
      'Continue',
      pod.replace('on-error: Fail', 'on-error: Continue'),
    ],
    [
      'adds a key after the last one, at the same indentation',
      pod,
      ['metadata', 'annotations', `${A}wait-timeout`],
      '5m',
      pod.replace('on-error: Fail\n', `on-error: Fail\n    ${A}wait-timeout: 5m\n`),
    ],
    [
      'quotes strings YAML would read as something else',
      pod,
      ['metadata', 'annotations', `${A}wait-for-ready`],
      'true',
      pod.replace('on-error: Fail\n', `on-error: Fail\n    ${A}wait-for-ready: 'true'\n`),
    ],
    [
      'removes a key and only its line',
      pod,
      ['metadata', 'annotations', `${A}on-error`],
      undefined,
      pod.replace(`    ${A}on-error: Fail\n`, ''),
    ],
    [
      'creates missing mappings on the way',
      lines('kind: Pod', 'metadata:', '  name: db', 'spec: {}'),
      ['metadata', 'annotations', 'a/b'],
      'x',
      lines('kind: Pod', 'metadata:', '  name: db', '  annotations:', '    a/b: x', 'spec: {}'),
    ],
    [
      'edits a flow mapping in flow style',
      lines('metadata: {name: db, annotations: {a: "1"}}'),
      ['metadata', 'annotations', 'b'],
      '2',
      lines('metadata: {name: db, annotations: {a: "1", b: \'2\'}}'),
    ],
    [
      'fills an empty value with a block mapping',
      lines('metadata:', '  annotations:', '  name: db'),
      ['metadata', 'annotations', 'k'],
      'v',
      lines('metadata:', '  annotations:', '    k: v', '  name: db'),
    ],
    [
      'appends to a block sequence',
      lines('hooks:', '  resources:', '  - name: a', '    postHooks: []'),
      ['hooks', 'resources', 1],
      { name: 'b', includedNamespaces: ['x'] },
      lines(
        'hooks:',
        '  resources:',
        '  - name: a',
        '    postHooks: []',
        '  - name: b',
        '    includedNamespaces:',
        '      - x',
      ),
    ],
    [
      'replaces a sequence item',
      lines('r:', '- name: a   # first', '  x: 1', '- name: b'),
      ['r', 1],
      { name: 'c' },
      lines('r:', '- name: a   # first', '  x: 1', '- name: c'),
    ],
    [
      'removes a sequence item',
      lines('r:', '- name: a', '  x: 1', '- name: b'),
      ['r', 0],
      undefined,
      lines('r:', '- name: b'),
    ],
    [
      'edits only the given document of a stream',
      lines('a: 1', '---', 'a: 1'),
      ['a'],
      2,
      lines('a: 1', '---', 'a: 2'),
    ],
  ] as const)('%s', (_name, text, path, value, expected) => {
    expect(setIn(text, expected.includes('---') ? 1 : 0, path, value)).toBe(expected);
  });

  it('refuses to edit a broken document', () => {
    expect(setIn('a: [1,\n', 0, ['a'], 2)).toBeNull();
  });

  it('reads back what it wrote, for any annotation value, and leaves other keys alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (key, value) => {
        const k = `x/${key}`;
        const next = setIn(pod, 0, ['metadata', 'annotations', k], value);
        expect(next).not.toBeNull();
        const doc = parseYamlStream(next!).documents[0]!.value as {
          metadata: { name: string; annotations: Record<string, unknown> };
        };
        expect(doc.metadata.annotations[k]).toBe(value);
        expect(doc.metadata.annotations[`${A}on-error`]).toBe('Fail');
        expect(doc.metadata.name).toBe('db');
        expect(next).toContain('# keep me');
      }),
      { numRuns: 300 },
    );
  });
});

describe('changeInDocument', () => {
  it('makes the change changeFor makes, from a document parsed once', () => {
    const text = pod + '---\n' + pod;
    const parsed = parseYamlStream(text).documents[1];
    for (const [path, value] of [
      [['metadata', 'annotations', `${A}on-error`], 'Continue'],
      [['metadata', 'labels', 'app'], 'db'],
      [['metadata', 'annotations'], undefined],
    ] as const) {
      expect(changeInDocument(text, parsed, [...path], value)).toEqual(
        changeFor(text, 1, [...path], value),
      );
    }
    expect(changeInDocument(text, undefined, ['metadata'], 1)).toBeNull();
  });
});

describe('findTextChange', () => {
  it.each([
    ['a key typed', 'ab\ncd', 'abx\ncd', { start: 2, end: 2, text: 'x' }],
    ['a character deleted', 'abc', 'ac', { start: 1, end: 2, text: '' }],
    ['a span replaced', 'name: old\n', 'name: new\n', { start: 6, end: 9, text: 'new' }],
    ['repeated characters: the earliest place', 'aaa', 'aaaa', { start: 3, end: 3, text: 'a' }],
    ['no change', 'same', 'same', { start: 4, end: 4, text: '' }],
    ['from empty', '', 'new', { start: 0, end: 0, text: 'new' }],
    ['to empty', 'old', '', { start: 0, end: 3, text: '' }],
  ])('%s', (_name, before, after, change) => {
    expect(findTextChange(before, after)).toEqual(change);
  });

  it('finds a change deep in a long text (past the 64 Ki slices)', () => {
    const before = 'x'.repeat(200_001);
    const after = before.slice(0, 150_000) + 'Q' + before.slice(150_000);
    expect(findTextChange(before, after)).toEqual({ start: 150_000, end: 150_000, text: 'Q' });
  });

  it('always gives a change that turns the first text into the second', () => {
    const ab = fc.constantFrom('a', 'b', '\n');
    fc.assert(
      fc.property(fc.string({ unit: ab }), fc.string({ unit: ab }), (a, b) => {
        const { start, end, text } = findTextChange(a, b);
        expect(a.slice(0, start) + text + a.slice(end)).toBe(b);
        expect(start).toBeLessThanOrEqual(end);
      }),
      { numRuns: 500 },
    );
  });
});

describe('changeInDocument with the file’s sequence style', () => {
  const text = 'spec:\n  hooks:\n    resources:\n    - name: a\n';
  const doc = () => parseYamlStream(text).documents[0];
  const apply = (c: { start: number; end: number; text: string } | null) =>
    c && text.slice(0, c.start) + c.text + text.slice(c.end);

  it.each([
    [
      'an item appended, sequences at the key column',
      ['spec', 'hooks', 'resources', 1],
      { name: 'b', ns: ['x'], post: [{ init: { c: [1] } }] },
      false,
      '    - name: b\n      ns:\n      - x\n      post:\n      - init:\n          c:\n          - 1\n',
    ],
    [
      'an item appended, indented sequences (the default)',
      ['spec', 'hooks', 'resources', 1],
      { name: 'b', ns: ['x'] },
      undefined,
      '    - name: b\n      ns:\n        - x\n',
    ],
    [
      'a new key holding a list, sequences at the key column',
      ['spec', 'excludedResources'],
      ['pods', 'nodes'],
      false,
      '  excludedResources:\n  - pods\n  - nodes\n',
    ],
    [
      'a value replaced by a list, sequences at the key column',
      ['spec', 'hooks', 'resources'],
      ['x'],
      false,
      '    resources:\n    - x\n',
    ],
  ] as const)('%s', (_name, path, value, sequenceIndent, added) => {
    const style = sequenceIndent === undefined ? {} : { sequenceIndent };
    const after = apply(changeInDocument(text, doc(), [...path], value, style));
    expect(after).not.toBeNull();
    expect(after).toContain(added);
    expect(parseYamlStream(after!).documents[0]!.problems).toEqual([]);
  });
});
