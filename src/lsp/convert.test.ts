import { describe, expect, it } from 'vitest';
import { sampleDiagnostic } from '../testing/diagnostics.ts';
import { toCodeAction, toLspDiagnostic } from './convert.ts';

const uris: Record<string, string> = {
  'pod.yaml': 'file:///w/pod.yaml',
  'restore.yaml': 'file:///w/restore.yaml',
};
const uriOf = (file: string) => uris[file]!;
const range = (line: number, column: number, endLine: number, endColumn: number) => ({
  start: { line, column },
  end: { line: endLine, column: endColumn },
});

describe('toLspDiagnostic', () => {
  it('turns a fix into a workspace edit of its one file, 0-based', () => {
    const d = sampleDiagnostic({
      fix: {
        title: 'Change to Fail',
        file: 'pod.yaml',
        edits: [{ range: range(7, 5, 7, 9), text: 'Fail' }],
      },
    });
    expect(toCodeAction(toLspDiagnostic(d, uriOf))?.edit).toEqual({
      changes: {
        'file:///w/pod.yaml': [
          {
            range: { start: { line: 6, character: 4 }, end: { line: 6, character: 8 } },
            newText: 'Fail',
          },
        ],
      },
    });
  });

  it('puts every file of a fix that spans files into one workspace edit', () => {
    const d = sampleDiagnostic({
      fix: {
        title: 'Move this init hook to the Restore',
        file: 'pod.yaml',
        edits: [{ range: range(6, 1, 8, 1), text: '' }],
        otherFiles: [{ file: 'restore.yaml', edits: [{ range: range(9, 1, 9, 1), text: 'x\n' }] }],
      },
    });
    const action = toCodeAction(toLspDiagnostic(d, uriOf));
    expect(action?.title).toBe('Move this init hook to the Restore');
    expect(action?.edit).toEqual({
      changes: {
        'file:///w/pod.yaml': [
          {
            range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } },
            newText: '',
          },
        ],
        'file:///w/restore.yaml': [
          {
            range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } },
            newText: 'x\n',
          },
        ],
      },
    });
  });

  it('merges the edits of two files that map to one URI', () => {
    const d = sampleDiagnostic({
      fix: {
        title: 't',
        file: 'pod.yaml',
        edits: [{ range: range(1, 1, 1, 2), text: 'a' }],
        otherFiles: [{ file: 'pod.yaml', edits: [{ range: range(3, 1, 3, 2), text: 'b' }] }],
      },
    });
    const changes = toCodeAction(toLspDiagnostic(d, uriOf))?.edit?.changes;
    expect(changes?.['file:///w/pod.yaml']?.map((e) => e.newText)).toEqual(['a', 'b']);
  });
});
