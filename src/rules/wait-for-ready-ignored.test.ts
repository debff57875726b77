import { describe, expect, it } from 'vitest';
import { execHookPod, findDiagnostics, podInProd, restoreWithHook } from '../testing/rules.ts';

const code = 'wait-for-ready-ignored';
const annotated = execHookPod('post.hook.restore.velero.io/wait-for-ready: "true"');
const spec = restoreWithHook(
  'warm',
  '      - exec: {command: [/a]}',
  '      - exec:',
  '          command: [/b]',
  '          waitForReady: true',
);

describe(code, () => {
  it('points at the annotation and at the spec field (two diagnostics) on 1.12.4', () => {
    expect(findDiagnostics(code, annotated, spec, '1.12.4')).toMatchObject([
      {
        file: 'manifests.yaml',
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 47,
        data: { where: 'The wait-for-ready annotation of default/db' },
      },
      {
        file: 'restore.yaml',
        line: 13,
        column: 11,
        endLine: 13,
        endColumn: 23,
        data: { where: 'Restore hook "warm" (postHooks[1])' },
      },
    ]);
  });

  it.each(['1.13.0', '1.18.2', 'main'])('is silent on %s', (version) => {
    expect(findDiagnostics(code, annotated, spec, version)).toEqual([]);
  });

  it('is silent for waitForReady: false', () => {
    const off = restoreWithHook('warm', '      - exec: {command: [/a], waitForReady: false}');
    expect(findDiagnostics(code, podInProd, off, '1.10.0')).toEqual([]);
  });
});
