import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from '../model/types.ts';
import { locate, findNodeAt, type NodePart } from './locate.ts';
import type { PackedTree } from './packedTree.ts';
import { PackArena, packTree, type ScalarSources } from './packWriter.ts';
import { buildTree } from './buildTree.ts';
import type { YNode } from './tree.ts';
import { yamlFixtureFiles } from '../testing/examples.ts';
import { eventDocuments } from '../testing/parsedDocument.ts';

/** Each document of a text: the node tree parse.ts builds, and the same tree packed. */
function trees(text: string, arena = new PackArena()): { root: YNode; packed: PackedTree }[] {
  const out: { root: YNode; packed: PackedTree }[] = [];
  for (const read of eventDocuments(text)) {
    const { source, base: start, events } = read;
    const scalars: ScalarSources = { nodes: [], events: [] };
    const root = buildTree(read, start, [], scalars);
    if (root) out.push({ root, packed: packTree(source, root, scalars, events.length, arena) });
  }
  return out;
}

/** Every path of a tree (aliases not followed), and beside each a path that does not exist. */
function paths(root: YNode): JsonPath[] {
  const out: JsonPath[] = [[], ['missing'], [0]];
  const walk = (node: YNode, path: JsonPath) => {
    if (path.length > 0) out.push(path, [...path, 'missing'], [...path, 0]);
    if (node.kind === 'map') {
      for (const { key, value } of node.pairs) {
        if (key.kind === 'scalar') walk(value, [...path, key.text]);
        else walk(value, [...path, key.kind === 'map' ? '[object]' : '[array]']);
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item, i) => walk(item, [...path, i]));
      out.push([...path, node.items.length], [...path, -1], [...path, 0.5]);
    }
  };
  walk(root, []);
  return out;
}

/** The packed tree answers exactly as the node tree does, for every path and part. */
function expectSameAnswers(text: string): void {
  for (const { root, packed } of trees(text)) {
    expect(packed.root()).toEqual(root);
    for (const path of paths(root)) {
      for (const part of ['key', 'value', 'entry'] as NodePart[]) {
        expect(packed.locate(path, part), JSON.stringify([path, part])).toEqual(
          locate(root, path, part),
        );
      }
      expect(packed.nodeAt(path), JSON.stringify(path)).toEqual(findNodeAt(root, path));
    }
  }
}

const EDGE_CASES: Record<string, string> = {
  'block and flow collections': 'a: 1\nb: [x, {y: 2}, [3]]\nc:\n- d: 4\n  e: [ ]\n- {}\n',
  'every scalar style':
    "plain: v\nsingle: 'it''s'\ndouble: \"a\\tb\"\nliteral: |\n  one\n  two\nfolded: >-\n  a\n  b\nkept: |+\n  x\n\nend: ~\n",
  'values the core schema resolves':
    'i: 12\nf: 1.5\nh: 0x1F\no: 0o17\nt: true\nn: null\ninf: -.inf\nnan: .nan\ne:\n',
  'quoted, multi-line and empty keys':
    '"a b": 1\n\'c\': 2\n? long\n  key\n: 3\n"": 4\n? [x]\n: 5\n? {y: 1}\n: 6\n',
  'duplicate keys (the last wins)': 'a: 1\nb: 2\na: 3\n',
  'anchors, aliases and merge keys':
    'base: &b {x: 1, y: 2}\nlist: &l [a, b]\nm:\n  <<: *b\n  z: *l\nk: &s scalar\n*s : aliased key\nagain: *s\n',
  'a recursive alias': 'a: &r [1, *r]\n',
  'an unknown alias': 'a: *nowhere\nb: 1\n',
  'an alias root': '&x a\n---\n*x\n',
  tags: 'a: !!str 1\nb: !custom {x: 1}\nc: !!int "7"\nd: &t !!bool true\n',
  'multi-line plain and quoted scalars': 'a: one\n  two\nb: "x\n  y"\nc: \'p\n\n  q\'\n',
  'a sequence root': '- a\n- - b\n  - c\n- k: v\n',
  'a scalar root': 'just text\n',
  'documents in a stream': 'a: 1\n---\nb: [2]\n...\n---\nc: {d: e}\n',
  comments: '# head\na: 1 # after\nb: # before value\n  c: 2\n',
  'unicode and CRLF': 'ключ: значение\r\nemoji: "😀"\r\nlist:\r\n- x\r\n',
};

describe('PackedTree', () => {
  it.each(Object.entries(EDGE_CASES))('%s: the same nodes, spans and lookups', (_name, text) => {
    expectSameAnswers(text);
  });

  it('the same answers when a stream fills several arena chunks', () => {
    const doc = (i: number) =>
      Array.from({ length: 10 }, (_, k) => `k${k}: ${k % 2 ? `v${i}` : `[${i}, {x: ${k}}]`}`);
    const text = Array.from({ length: 40 }, (_, i) => doc(i).join('\n')).join('\n---\n');
    const arena = new PackArena();
    const packed = trees(text, arena);
    expect(packed).toHaveLength(40);
    expect(arena.chunk.length).toBeGreaterThan(1 << 13); // the third chunk
    for (const { root, packed: tree } of packed) {
      expect(tree.root()).toEqual(root);
      expect(tree.locate(['k8', 1, 'x'], 'entry')).toEqual(locate(root, ['k8', 1, 'x'], 'entry'));
    }
  });

  it('the same answers on every example and golden case', () => {
    const files = yamlFixtureFiles();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expectSameAnswers(readFileSync(file, 'utf8'));
  });

  it('the same answers on generated YAML', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (value) => {
        let text: string;
        try {
          text = dump(value, { skipInvalid: true });
        } catch {
          return;
        }
        expectSameAnswers(text);
        expectSameAnswers(dump(value, { skipInvalid: true, flowLevel: 1 }));
      }),
      { numRuns: 100 },
    );
  });
});
