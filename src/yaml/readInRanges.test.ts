import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PackArena } from './packWriter.ts';
import {
  parseYamlStream,
  readAtOnce,
  readEachDocument,
  readInRanges,
  splitDocuments,
  type ParsedDocument,
} from './parse.ts';
import { yamlFixtureFiles } from '../testing/examples.ts';
import { documentFields, pathsWithMissing } from '../testing/parsedDocument.ts';

/** The same documents, nodes, problems and spans as reading each document alone. */
function expectSameDocuments(documents: ParsedDocument[], text: string): void {
  const each = readEachDocument(text, splitDocuments(text));
  expect(documents.map(documentFields)).toEqual(each.map(documentFields));
  documents.forEach((doc, k) => {
    for (const path of pathsWithMissing(doc.root)) {
      for (const part of ['key', 'value', 'entry'] as const)
        expect(doc.tree?.locate(path, part)).toEqual(each[k]!.tree?.locate(path, part));
    }
  });
}

/** Whether one parser call reads the whole stream. */
function readsAtOnce(text: string): boolean {
  const chunks = splitDocuments(text);
  return chunks.length > 0 && readAtOnce(text, chunks, 0, new PackArena()).documents !== undefined;
}

const BROKEN = ['b: [1, 2\n', 'x: "open\n', 'a: b: c\n', '- a\nb: 1\n', 'k: *nowhere\nk: 2\n'];

describe('readInRanges', () => {
  it('reads the examples and golden cases, in one stream and one call, as each alone', () => {
    const texts = yamlFixtureFiles().map((f) => readFileSync(f, 'utf8'));
    expect(texts.length).toBeGreaterThan(10);
    const stream = texts.map((t) => t.replace(/^---\n/, '')).join('\n---\n');
    expect(readsAtOnce(stream)).toBe(true);
    expectSameDocuments(readInRanges(stream, splitDocuments(stream)), stream);
  });

  it.each([
    ['empty values point at their own document', 'a: 1\n---\nb:\nc: [d, ]\n', true],
    ['explicit ends and comments between documents', 'a: 1\n...\n# note\n---\nb: 2\n...\n', true],
    ['block scalars and flow collections', 'a: |\n  x\n---\nb: >-\n  y\n---\nc: {d: [1]}\n', true],
    ['anchors are per document', 'a: &x 1\nb: *x\n---\nc: &x 2\nd: *x\n', true],
    ['a marker with content', '--- {a: 1}\n--- [1]\n--- text\n', true],
    ['empty documents (dropped chunks)', 'a: 1\n---\n# c\n---\n--- \n---\nb: 2\n', true],
    ['an empty string document', 'a: 1\n--- ""\n---\nb: 2\n', true],
    ['a broken document', 'a: 1\n---\nb: [1\n---\nc: 3\n', false],
    ['a flow collection cut by a marker', 'a: [1,\n---\n2]\n---\nc: 3\n', false],
    ['two broken documents side by side', 'a: 1\n---\nb: [\n---\nc: "\n---\nd: 4\n', false],
    ['a broken first and last document', 'a: [\n---\nb: 2\n---\nc: {\n', false],
  ])('%s', (_name, text, atOnce) => {
    expect(readsAtOnce(text)).toBe(atOnce);
    expectSameDocuments(readInRanges(text, splitDocuments(text)), text);
  });

  it('leaves streams with directives to readEachDocument', () => {
    const text = '%YAML 1.2\n---\na: 1\n...\n%TAG !e! tag:example.com,2000:\n---\nb: !e!x 2\n';
    expectSameDocuments(parseYamlStream(text).documents, text);
  });

  it('reads generated streams, some documents broken, as each alone', () => {
    const separator = fc.constantFrom('---\n', '...\n---\n', '# c\n---\n', '--- # c\n', '---\n\n');
    const body = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.anything({ maxDepth: 3 }), fc.boolean()) },
      { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(body, separator), { minLength: 1, maxLength: 5 }), (docs) => {
        const text = docs
          .map(([doc, sep], i) => {
            let yaml = 'x: 1\n';
            if (typeof doc === 'string') yaml = doc;
            else {
              try {
                yaml = dump(doc[0], { skipInvalid: true, ...(doc[1] ? { flowLevel: 1 } : {}) });
              } catch {
                // keep x: 1
              }
            }
            return (i > 0 ? sep : '') + yaml;
          })
          .join('');
        expectSameDocuments(readInRanges(text, splitDocuments(text)), text);
      }),
      { numRuns: 100 },
    );
  });
});
