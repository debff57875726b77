import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/index.ts';
import { findDiagnosticsAt, findDiagnosticsBeside, isUnder } from './diagnosticsAt.ts';

const at = (file: string, document: number, path: Diagnostic['path']): Diagnostic => ({
  file,
  document,
  path,
  code: 'x',
  severity: 'warning',
  message: '',
  data: {},
  range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
});

const annotations = ['spec', 'template', 'metadata', 'annotations'];
const all = [
  at('manifests.yaml', 1, [...annotations, 'post.hook.restore.velero.io/on-error']),
  at('manifests.yaml', 0, [...annotations, 'post.hook.restore.velero.io/on-error']),
  at('manifests.yaml', 1, [...annotations, 'init.hook.restore.velero.io/timeout']),
  at('restore.yaml', 1, [...annotations, 'post.hook.restore.velero.io/on-error']),
  at('manifests.yaml', 1, ['spec', 'template']),
];

describe('findDiagnosticsAt', () => {
  it('keeps the same file and document under the field path', () => {
    expect(
      findDiagnosticsAt(all, 'manifests.yaml', 1, [
        ...annotations,
        'post.hook.restore.velero.io/on-error',
      ]),
    ).toEqual([all[0]]);
    expect(findDiagnosticsAt(all, 'manifests.yaml', 1, annotations)).toEqual([all[0], all[2]]);
  });

  it('compares whole steps, numbers included', () => {
    expect(isUnder(['a', 1, 'b'], ['a', 1])).toBe(true);
    expect(isUnder(['a', 1], ['a', '1'])).toBe(false);
    expect(isUnder(['a'], ['a', 1])).toBe(false);
  });
});

describe('findDiagnosticsBeside', () => {
  it('gives what no field shows', () => {
    expect(
      findDiagnosticsBeside(all, 'manifests.yaml', 1, annotations, [
        'post.hook.restore.velero.io/on-error',
      ]),
    ).toEqual([all[2]]);
    expect(
      findDiagnosticsBeside(all, 'manifests.yaml', 1, ['spec', 'template'], ['metadata']),
    ).toEqual([all[4]]);
  });
});
