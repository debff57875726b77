import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildTree, toValue } from './buildTree.ts';
import { PackArena, packTree, type ScalarSources } from './packWriter.ts';
import type { YamlProblem } from './parse.ts';
import { readPlainDocument } from './plainDocument.ts';
import { yamlFixtureFiles } from '../testing/examples.ts';
import { eventDocuments, pathsWithMissing } from '../testing/parsedDocument.ts';

/**
 * Reads each document of `text` both ways; where the fast way reads it, the value, nodes and spans
 * are those of buildTree. Returns how many documents the fast way read.
 */
function readBothWays(text: string): number {
  let read = 0;
  const arena = new PackArena();
  for (const document of eventDocuments(text)) {
    const { source, base: start, events } = document;
    const plain = readPlainDocument(document, start, arena);
    const scalars: ScalarSources = { nodes: [], events: [] };
    const problems: YamlProblem[] = [];
    const root = buildTree(document, start, problems, scalars);
    if (!plain) continue;
    read++;
    expect(root).toBeTruthy();
    expect(problems).toEqual([]);
    expect(plain.value).toEqual(toValue(root!));
    const packed = packTree(source, root!, scalars, events.length, new PackArena());
    expect(plain.tree.root()).toEqual(root);
    for (const path of pathsWithMissing(root!)) {
      for (const part of ['key', 'value', 'entry'] as const)
        expect(plain.tree.locate(path, part)).toEqual(packed.locate(path, part));
    }
  }
  return read;
}

describe('readPlainDocument', () => {
  it.each([
    ['block and flow collections', 'a: 1\nb: [x, {y: 2}, [3]]\nc:\n- d: 4\n  e: [ ]\n- {}\n'],
    [
      'every scalar style',
      "plain: v\nsingle: 'it''s'\ndouble: \"a\\tb\"\nliteral: |\n  one\nfolded: >-\n  a\n  b\nkept: |+\n  x\n\nend: ~\n",
    ],
    ['values the core schema resolves', 'i: 12\nf: 1.5\nh: 0x1F\nt: true\nn: null\ne:\n'],
    ['quoted and empty keys', '"a b": 1\n\'c\': 2\n"": 3\n__proto__: 4\n'],
    ['a sequence root', '- a\n- - b\n  - c\n- k: v\n'],
    ['a scalar root', 'just text\n'],
    ['unicode and CRLF', 'ключ: значение\r\nemoji: "😀"\r\nlist:\r\n- x\r\n'],
  ])('reads %s as buildTree does', (_name, text) => {
    expect(readBothWays(text)).toBe(1);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a tagged collection', 'a: !custom {x: 1}\n'],
    ['a merge key', 'base: {x: 1}\nm:\n  <<: {y: 2}\n'],
    ['a quoted merge key', '"<<": 1\n'],
    ['a complex key', '? [x]\n: 5\n'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['an empty document', '# nothing\n'],
  ])('leaves a document with %s to buildTree', (_name, text) => {
    expect(readBothWays(text)).toBe(0);
  });

  it('reads the examples and golden cases as buildTree does', () => {
    const texts = yamlFixtureFiles().map((f) => readFileSync(f, 'utf8'));
    expect(texts.map(readBothWays).reduce((a, b) => a + b, 0)).toBeGreaterThan(20);
  });

  it('reads generated YAML as buildTree does', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.boolean(), (value, flow) => {
        let text: string;
        try {
          text = dump(value, { skipInvalid: true, ...(flow ? { flowLevel: 1 } : {}) });
        } catch {
          return;
        }
        readBothWays(text);
      }),
      { numRuns: 150 },
    );
  });
});
