import { describe, expect, it } from 'vitest';
import { parseYamlStream } from './parse.ts';
import { findBlockMappingLayout, sequencesIndented } from './style.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('sequencesIndented', () => {
  it.each([
    ['no sequences: indented, the default', lines('a: 1', 'b: {c: [1]}'), true],
    ['an empty file', '', true],
    [
      'kubectl style',
      lines('spec:', '  containers:', '  - name: a', '    args:', '    - x'),
      false,
    ],
    ['indented', lines('spec:', '  containers:', '    - name: a'), true],
    ['more compact than indented', lines('a:', '- 1', 'b:', '- 2', 'c:', '  - 3'), false],
    ['as many of each: indented', lines('a:', '- 1', 'c:', '  - 3'), true],
    ['flow sequences do not count', lines('a: [1]', 'b: [2]', 'c:', '  - 3'), true],
    ['in a later document', lines('a: 1', '---', 'b:', '- 2'), false],
    ['a sequence in a sequence item', lines('- - 1', '  - 2', '- k:', '  - 3'), false],
  ])('%s', (_name, text, expected) => {
    expect(sequencesIndented(text, parseYamlStream(text).documents)).toBe(expected);
  });
});

describe('findBlockMappingLayout', () => {
  const text = lines(
    'spec:',
    '    template:',
    '        metadata:',
    '          labels: {app: web}',
    '        flow: {a: 1}',
    '        empty: {}',
  );
  const root = parseYamlStream(text).documents[0]!.root;
  it.each([
    [['spec', 'template', 'metadata'], { keyStart: 28, keyColumn: 8, column: 10 }],
    [['spec', 'template'], { keyStart: 10, keyColumn: 4, column: 8 }],
    [['spec', 'template', 'flow'], null],
    [['spec', 'template', 'empty'], null],
    [['spec', 'template', 'missing'], null],
    [[], null],
  ])('%j', (path, expected) => {
    expect(findBlockMappingLayout(text, root, path)).toEqual(expected);
  });
});
