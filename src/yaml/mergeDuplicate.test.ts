import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeyMerges, MERGE_FIX_LIMIT } from './mergeDuplicate.ts';
import { parseYamlStream } from './parse.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';

/** The text after every merge of the first document (null when it offers none). */
function merged(text: string): string | null {
  const doc = parseYamlStream(text).documents[0]!;
  const merges = [...findDuplicateKeyMerges(text, doc).values()];
  if (merges.length === 0) return null;
  expect(merges).toHaveLength(1);
  const { change } = merges[0]!;
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/** The second case's 4-space file up to its first annotations block, before and after the merge. */
const templateAnnotations = [
  'spec:',
  '    template:',
  '        metadata:',
  '            annotations:',
  '                a: "1"',
];

describe('findDuplicateKeyMerges', () => {
  it.each([
    [
      'a pasted annotations block right after the first one',
      lines(
        'metadata:',
        '  name: db',
        '  annotations:',
        '    team.example.com/owner: data',
        '  annotations:',
        "    init.hook.restore.velero.io/container-image: 'busybox'",
        '  labels: {app: db}',
      ),
      lines(
        'metadata:',
        '  name: db',
        '  annotations:',
        '    team.example.com/owner: data',
        "    init.hook.restore.velero.io/container-image: 'busybox'",
        '  labels: {app: db}',
      ),
    ],
    [
      'the later block, 2-space indented, under a 4-space file, with keys between and a comment',
      lines(
        ...templateAnnotations,
        '            labels:',
        '                app: web',
        '            annotations: # pasted',
        '              # from the export',
        '              b: |',
        '                two',
        '                lines',
        '              c: "3"',
        '        spec: {}',
      ),
      lines(
        ...templateAnnotations,
        '                # from the export',
        '                b: |',
        '                  two',
        '                  lines',
        '                c: "3"',
        '            labels:',
        '                app: web',
        '        spec: {}',
      ),
    ],
    [
      'an entry both set: the later value stays (the one read today), the earlier line goes',
      lines('annotations:', '  a: old', '  b: kept', 'annotations:', '  a: new', '  c: added'),
      lines('annotations:', '  b: kept', '  a: new', '  c: added'),
    ],
    [
      'every entry of the first replaced, last line without a line break',
      lines('m:', '  a: 1', 'x: 0', 'm:', '  a: 2').trimEnd(),
      lines('m:', '  a: 2', 'x: 0'),
    ],
    [
      'in a list item',
      lines('- m:', '    a: 1', '  m:', '    b: 2', '- m: {}'),
      lines('- m:', '    a: 1', '    b: 2', '- m: {}'),
    ],
  ])('%s', (_name, before, after) => {
    expect(merged(before)).toBe(after);
    expect(parseYamlStream(after).documents[0]!.problems).toEqual([]);
  });

  it.each([
    ['scalars', lines('name: a', 'name: b')],
    ['sequences', lines('args:', '- a', 'args:', '- b')],
    ['a flow mapping', lines('annotations: {a: "1"}', 'annotations:', '  b: "2"')],
    ['an empty later value', lines('annotations:', '  a: "1"', 'annotations:')],
    ['three occurrences', lines('m:', '  a: 1', 'm:', '  b: 2', 'm:', '  c: 3')],
    ['an explicit later key', lines('m:', '  a: 1', '? m', ':', '  b: 2')],
    ['an anchored first value', lines('m: &x', '  a: 1', 'm:', '  b: 2', 'n: *x')],
    [
      'an alias that would move above its anchor',
      lines('m:', '  a: 1', 'x: &v 5', 'm:', '  b: *v'),
    ],
  ])('offers no merge for %s', (_name, text) => {
    const doc = parseYamlStream(text).documents[0]!;
    expect(doc.problems.some((p) => p.kind === 'duplicate-key')).toBe(true);
    expect(findDuplicateKeyMerges(text, doc).size).toBe(0);
  });

  it('offers merges while a document has at most MERGE_FIX_LIMIT duplicate keys', () => {
    const doc = (n: number) =>
      Array.from({ length: n }, (_, i) => `m${i}:\n  a: 1\nm${i}:\n  b: 2\n`).join('');
    const count = (text: string) =>
      findDuplicateKeyMerges(text, parseYamlStream(text).documents[0]!).size;
    expect(count(doc(MERGE_FIX_LIMIT))).toBe(MERGE_FIX_LIMIT);
    expect(count(doc(MERGE_FIX_LIMIT + 1))).toBe(0);
  });

  it('merges generated duplicate mappings into parseable YAML with the union of their keys', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'team/owner', 'app.kubernetes.io/name');
    const entries = fc.dictionary(key, fc.constantFrom('x', '"1"', "'y z'", 'true'), {
      minKeys: 1,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4),
        fc.integer({ min: 0, max: 2 }),
        entries,
        entries,
        fc.constantFrom(2, 4),
        fc.boolean(),
        (unit, depth, first, second, pastedUnit, between) => {
          const pad = (n: number) => ' '.repeat(n);
          const outer = Array.from({ length: depth }, (_, i) => `${pad(i * unit)}level${i}:`);
          const at = depth * unit;
          const block = (e: Record<string, string>, inner: number) => [
            `${pad(at)}annotations:`,
            ...Object.entries(e).map(([k, v]) => `${pad(at + inner)}${k}: ${v}`),
          ];
          const text = lines(
            ...outer,
            `${pad(at)}name: db`,
            ...block(first, unit),
            ...(between ? [`${pad(at)}labels: {app: db}`] : []),
            ...block(second, pastedUnit),
            `${pad(at)}tail: 1`,
          );
          const result = merged(text);
          expect(result).not.toBeNull();
          const [doc] = parseYamlStream(result!).documents;
          expect(doc!.problems).toEqual([]);
          let value = doc!.value as Record<string, unknown>;
          for (let i = 0; i < depth; i++) value = value[`level${i}`] as Record<string, unknown>;
          const expected = parseYamlStream(text).documents[0]!.value as Record<string, unknown>;
          let read = expected;
          for (let i = 0; i < depth; i++) read = read[`level${i}`] as Record<string, unknown>;
          const firstValues = parseYamlStream(lines(...block(first, unit))).documents[0]!
            .value as Record<string, Record<string, unknown>>;
          expect(value['annotations']).toEqual({
            ...firstValues['annotations'],
            ...(read['annotations'] as Record<string, unknown>),
          });
          expect(Object.keys(value['annotations'] as object).sort()).toEqual(
            [...new Set([...Object.keys(first), ...Object.keys(second)])].sort(),
          );
          expect(value['tail']).toBe(1);
        },
      ),
    );
  });
});
