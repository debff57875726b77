import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  restoreWithResources,
  podInProdWithSidecar as pod,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const restore = restoreWithResources;

/** Two resources named `dup` (lines 8 and 11) whose exec hooks both run in the default container. */
const twoDups = [
  '    - name: dup',
  '      postHooks:',
  '      - exec: {command: [/first]}',
  '    - name: dup',
  '      postHooks:',
  '      - exec: {command: [/second]}',
];

describe('spec-hook-name-collapses', () => {
  it.each([
    [
      'second resource with the same name and index: points at its name',
      restore(...twoDups),
      [
        {
          line: 11,
          column: 13,
          endLine: 11,
          endColumn: 16,
          data: {
            name: 'dup',
            index: 1,
            first: 0,
            postHook: 0,
            container: 'app',
            pods: 'pod prod/db',
          },
        },
      ],
    ],
    [
      'three resources: the explicit default container collapses too',
      restore(
        ...twoDups,
        '    - {name: dup, postHooks: [{exec: {container: app, command: [/third]}}]}',
      ),
      [
        { line: 11, column: 13, endLine: 11, endColumn: 16, data: { index: 1, first: 0 } },
        { line: 14, column: 14, endLine: 14, endColumn: 17, data: { index: 2, first: 0 } },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-hook-name-collapses', pod, text)).toMatchObject(expected);
  });

  it.each([
    [
      'different containers',
      restore(
        '    - name: dup',
        '      postHooks: [{exec: {command: [/a]}}]',
        '    - name: dup',
        '      postHooks: [{exec: {container: sidecar, command: [/b]}}]',
      ),
    ],
    [
      'different postHooks index (init entries count)',
      restore(
        '    - name: dup',
        '      postHooks: [{exec: {command: [/a]}}]',
        '    - name: dup',
        '      postHooks: [{init: {}}, {exec: {command: [/b]}}]',
      ),
    ],
    [
      'a second hook that matches no pod',
      restore(
        '    - name: dup',
        '      postHooks: [{exec: {command: [/a]}}]',
        '    - name: dup',
        '      includedNamespaces: [dev]',
        '      postHooks: [{exec: {command: [/b]}}]',
      ),
    ],
    [
      'unique names',
      restore(
        '    - name: one',
        '      postHooks: [{exec: {command: [/a]}}]',
        '    - name: two',
        '      postHooks: [{exec: {command: [/b]}}]',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-hook-name-collapses', pod, text)).toEqual([]);
  });

  it('renames the later hook to a free name', () => {
    const text = restore(
      '    - name: dup',
      '      postHooks: [{exec: {command: [/a]}}]',
      '    - name: dup',
      '      postHooks: [{exec: {command: [/b]}}]',
    );
    expect(fixedTexts('spec-hook-name-collapses', pod, text)).toEqual([
      text.replace(/name: dup\n(?![\s\S]*name: dup)/, 'name: "dup-1"\n'),
    ]);
  });
});
