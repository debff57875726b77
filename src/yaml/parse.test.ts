import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFields } from '../testing/parsedDocument.ts';
import { locate } from './locate.ts';
import { parseYamlDocument, parseYamlStream, splitDocuments } from './parse.ts';
import { readSourceFile, findRange } from './source.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('splitDocuments', () => {
  it.each([
    ['one document', 'a: 1\n', 1],
    ['leading marker', '---\na: 1\n', 1],
    ['two documents', 'a: 1\n---\nb: 2\n', 2],
    ['empty and comment-only documents are skipped', '---\n# only a comment\n---\n---\nb: 2\n', 1],
    ['document end marker', 'a: 1\n...\n---\nb: 2\n', 2],
    ['marker with content on its line', '--- {a: 1}\n--- [1]\n', 2],
    ['--- inside a line is not a marker', 'a: "---"\nb: x---\n', 1],
  ])('%s', (_name, text, count) => {
    expect(splitDocuments(text)).toHaveLength(count);
  });
});

describe('parseYamlStream', () => {
  it('keeps good documents when one is broken, and says where', () => {
    const text = lines('a: 1', '---', 'b: [1, 2', '---', 'c: 3');
    const { documents } = parseYamlStream(text);
    expect(documents.map((d) => d.value)).toEqual([{ a: 1 }, undefined, { c: 3 }]);
    const file = readSourceFile('f.yaml', text);
    expect(file.documents[1]!.problems[0]!.kind).toBe('syntax');
    expect(file.lines.position(file.documents[1]!.problems[0]!.start).line).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('resolves scalars with the YAML 1.2 core schema', () => {
    const { documents } = parseYamlStream(
      'a: yes\nb: true\nc: "true"\nd: 5\ne: ~\nf: 0x1f\ng: 1.5\nh: !!str 12\n',
    );
    expect(documents[0]!.value).toEqual({
      a: 'yes',
      b: true,
      c: 'true',
      d: 5,
      e: null,
      f: 31,
      g: 1.5,
      h: '12',
    });
  });

  it('reports duplicate keys with both places, keeping the last value', () => {
    const text = lines('metadata:', '  name: a', '  name: b');
    const file = readSourceFile('f.yaml', text);
    const [problem] = file.documents[0]!.problems;
    expect(problem!.kind).toBe('duplicate-key');
    expect(file.lines.range(problem!.start, problem!.end)).toEqual({
      start: { line: 3, column: 3 },
      end: { line: 3, column: 7 },
    });
    expect(file.lines.position(problem!.relatedStart!)).toEqual({ line: 2, column: 3 });
    expect(file.documents[0]!.value).toEqual({ metadata: { name: 'b' } });
  });

  it('never lets __proto__ set a prototype', () => {
    const { documents } = parseYamlStream(
      '__proto__: {polluted: 1}\nx: {__proto__: {polluted: 2}}\n',
    );
    const value = documents[0]!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(value)).toEqual(['__proto__', 'x']);
  });

  it('merges << keys as go-yaml does, without overriding explicit keys', () => {
    const { documents } = parseYamlStream('base: &b {a: 1, b: 2}\nx:\n  <<: *b\n  b: 3\n');
    expect((documents[0]!.value as Record<string, unknown>)['x']).toEqual({ a: 1, b: 3 });
  });

  it('rejects a billion-laughs alias bomb before anything walks it', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let prev = 'a';
    for (const n of 'bcdefghi') {
      text += `${n}: &${n} [${Array(9)
        .fill('*' + prev)
        .join(', ')}]\n`;
      prev = n;
    }
    const start = performance.now();
    const { documents } = parseYamlStream(text);
    expect(performance.now() - start).toBeLessThan(500);
    expect(documents[0]!.problems.map((p) => p.kind)).toEqual(['alias-bomb']);
    expect(documents[0]!.value).toBeUndefined();
  });

  it('accepts ordinary anchors and aliases', () => {
    const { documents } = parseYamlStream('a: &x {k: v}\nb: *x\n');
    expect(documents[0]!.problems).toEqual([]);
    expect(documents[0]!.value).toEqual({ a: { k: 'v' }, b: { k: 'v' } });
  });

  it('refuses nesting deeper than 100 levels', () => {
    const { documents } = parseYamlStream('['.repeat(150) + ']'.repeat(150));
    expect(documents[0]!.problems.map((p) => p.kind)).toEqual(['too-deep']);
  });

  it('warns above 1.5 MiB and errors above 3 MiB per document', () => {
    const big = (mib: number) => `data: "${'x'.repeat(Math.ceil(mib * 1024 * 1024))}"\n`;
    expect(parseYamlStream(big(1.6)).documents[0]!.problems.map((p) => p.kind)).toEqual([
      'document-large',
    ]);
    expect(parseYamlStream(big(3.1)).documents[0]!.problems.map((p) => p.kind)).toEqual([
      'document-too-large',
    ]);
  });

  it('refuses input over 20 MiB before parsing', () => {
    const { documents, problems } = parseYamlStream('x'.repeat(21 * 1024 * 1024));
    expect(documents).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['input-too-large']);
  });
});

describe('positions (1-based, end-exclusive)', () => {
  const text = lines(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: db',
    '  annotations:',
    '    post.hook.restore.velero.io/command: \'["/bin/sh", "-c", "echo"]\'',
    '    post.hook.restore.velero.io/wait-timeout: 1d',
    'spec:',
    '  containers: [{name: app, image: busybox}]',
    '  initContainers:',
    '  - name: init',
    '    command: |',
    '      echo hi',
  );
  const file = readSourceFile('pod.yaml', text);
  const hook = 'post.hook.restore.velero.io/';
  it.each([
    ['a key', ['metadata', 'name'], 'key', [4, 3, 4, 7]],
    ['a plain value', ['metadata', 'name'], 'value', [4, 9, 4, 11]],
    [
      'a single-quoted value, quotes included',
      ['metadata', 'annotations', `${hook}command`],
      'value',
      [6, 42, 6, 69],
    ],
    ['an annotation key', ['metadata', 'annotations', `${hook}wait-timeout`], 'key', [7, 5, 7, 45]],
    ['a value in a flow mapping', ['spec', 'containers', 0, 'image'], 'value', [9, 35, 9, 42]],
    ['a sequence item', ['spec', 'initContainers', 0], 'value', [11, 5, 13, 14]],
    [
      'a block scalar, from its indicator',
      ['spec', 'initContainers', 0, 'command'],
      'value',
      [12, 14, 13, 14],
    ],
    [
      'a missing path points at the nearest existing key',
      ['metadata', 'labels', 'app'],
      'key',
      [3, 1, 3, 9],
    ],
  ] as const)('%s', (_name, path, part, [line, column, endLine, endColumn]) => {
    expect(findRange(file, 0, path, part)).toEqual({
      start: { line, column },
      end: { line: endLine, column: endColumn },
    });
  });

  it('counts positions in the right document of a stream', () => {
    const stream = readSourceFile('s.yaml', 'a: 1\n---\nkind: Pod\nmetadata: {name: x}\n');
    expect(findRange(stream, 1, ['metadata', 'name'], 'value')).toEqual({
      start: { line: 4, column: 18 },
      end: { line: 4, column: 19 },
    });
    expect(locate(stream.documents[1]!.root, ['kind'], 'value')?.exact).toBe(true);
  });
});

describe('parseYamlDocument', () => {
  it('reads document 2 of three alone, with the offsets of the whole text', () => {
    const text = 'a: 1\n---\n# c\n---\nb: [2\n---\nc:\n  d: 3\n';
    const doc = parseYamlDocument(text, 2);
    expect(doc).toMatchObject({ index: 2, start: text.indexOf('---\nc:'), value: { c: { d: 3 } } });
    expect(parseYamlDocument(text, 1)?.root).toBeNull();
    expect(parseYamlDocument(text, 3)).toBeUndefined();
  });

  // Any stream of documents, comment-only parts, markers, directives and broken lines: each
  // document alone is the one the whole stream's parse gives.
  it('is the whole parse’s document, for every index', () => {
    const part = fc.constantFrom(
      'a: 1\n',
      'b:\n  - x\n  - y\n',
      '# only a comment\n',
      '---\n',
      '--- # marker and comment\n',
      '...\n',
      '%YAML 1.2\n',
      '--- {k: v}\n',
      'key: [broken\n',
      'text: |\n  ---x\n  kept\n',
      '\n',
      '"q": \'---\'\n',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const whole = parseYamlStream(text).documents;
        for (let i = 0; i <= whole.length; i++)
          expect(documentFields(parseYamlDocument(text, i))).toEqual(documentFields(whole[i]));
      }),
      { numRuns: 400 },
    );
  });
});
