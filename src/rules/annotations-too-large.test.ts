import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, buildPod } from '../testing/rules.ts';

const code = 'annotations-too-large';
const LIMIT = 256 * 1024;

/** A Pod whose annotations map is on line 5 (key at column 3), with one entry `k: <value>`. */
const pod = (value: string) =>
  buildPod({ annotations: [`k: ${value}`], spec: '{containers: [{name: app}]}' });

describe(code, () => {
  it.each([
    [
      'one byte over',
      pod('x'.repeat(LIMIT)),
      [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 14,
          data: { where: 'Pod default/db', bytes: LIMIT + 1, limit: LIMIT },
        },
      ],
    ],
    [
      'UTF-8 bytes, not characters',
      pod('é'.repeat(LIMIT / 2)),
      [{ line: 5, column: 3, endLine: 5, endColumn: 14, data: { bytes: LIMIT + 1 } }],
    ],
    [
      "a Deployment's own annotations and its template's (two diagnostics)",
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        `  annotations: {a: ${'y'.repeat(LIMIT)}}`,
        'spec:',
        '  template:',
        '    metadata:',
        `      annotations: {post.hook.restore.velero.io/command: ${'z'.repeat(LIMIT)}}`,
        '    spec: {containers: [{name: app}]}',
      ),
      [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 14,
          data: { where: 'Deployment default/web', bytes: LIMIT + 1 },
        },
        {
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 18,
          data: { where: 'Deployment default/web (pod template)', bytes: LIMIT + 35 },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it('is silent at exactly the limit', () => {
    expect(findDiagnostics(code, pod('x'.repeat(LIMIT - 1)))).toEqual([]);
  });

  it('counts the same in a document that is not plain (read from its nodes only)', () => {
    // An anchor makes the document not plain: no deciding from the value first.
    const anchored = (text: string) => text.replace('{name: app}', '{name: &n app}');
    for (const text of [
      pod('x'.repeat(LIMIT)),
      pod('x'.repeat(LIMIT - 1)),
      pod('ü'.repeat(LIMIT / 2)),
    ])
      expect(findDiagnostics(code, anchored(text))).toEqual(findDiagnostics(code, text));
    expect(findDiagnostics(code, pod('ü'.repeat(LIMIT / 2)))).toHaveLength(1);
  });
});
