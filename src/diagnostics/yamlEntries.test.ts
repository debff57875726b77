import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../yaml/source.ts';
import { diagnoseYamlProblems } from './yamlEntries.ts';

const lines = (...l: string[]) => l.join('\n') + '\n';

/** The duplicate-key diagnostics of a text: range, title of the fix, and the text after it. */
function duplicates(text: string) {
  const file = readSourceFile('pod.yaml', text);
  return diagnoseYamlProblems(file)
    .filter((d) => d.code === 'duplicate-key')
    .map((d) => {
      const edit = d.fix?.edits[0];
      const fixed = edit
        ? text.slice(0, file.lines.offset(edit.range.start)) +
          edit.text +
          text.slice(file.lines.offset(edit.range.end))
        : null;
      const r = d.range;
      return {
        at: [r.start.line, r.start.column, r.end.line, r.end.column],
        related: d.related?.[0]?.range.start.line,
        title: d.fix?.title ?? null,
        fixed,
      };
    });
}

/** The first case's pod up to the end of its first annotations block, before and after the fix. */
const podWithAnnotations = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: db',
  '  annotations:',
  '    team.example.com/owner: data',
];
const hookAnnotation = '    post.hook.restore.velero.io/command: \'["/bin/true"]\'';

describe('duplicate-key quick fix', () => {
  it.each([
    [
      'a pasted annotations block: merged into the first',
      lines(...podWithAnnotations, '  annotations:', hookAnnotation),
      [
        {
          at: [7, 3, 7, 14],
          related: 5,
          title: 'Merge the two "annotations" mappings',
          fixed: lines(...podWithAnnotations, hookAnnotation),
        },
      ],
    ],
    [
      'two duplicates in one document: a scalar (no fix) and labels sharing a key',
      lines(
        'metadata:',
        '  name: a',
        '  labels:',
        '    app: db',
        '    tier: data',
        '  name: b',
        '  labels:',
        '    app: postgres',
      ),
      [
        { at: [6, 3, 6, 7], related: 2, title: null, fixed: null },
        {
          at: [7, 3, 7, 9],
          related: 3,
          title:
            'Merge the two "labels" mappings (keeps the later value of "app", the one read today)',
          fixed: lines(
            'metadata:',
            '  name: a',
            '  labels:',
            '    tier: data',
            '    app: postgres',
            '  name: b',
          ),
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(duplicates(text)).toEqual(expected);
  });
});
