import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  podInProd as pod,
  restoreWithHook,
  buildRestore,
} from '../testing/rules.ts';

const code = 'tracker-record-index-mismatch';
const initThenExec = restoreWithHook(
  'prepare',
  '      - init: {initContainers: [{name: i, image: busybox, command: [x]}]}',
  '      - exec: {command: [/bin/check]}',
);

describe(code, () => {
  it.each(['1.16.2', '1.17.0', '1.17.2'])(
    'fires on %s for an exec entry after an init entry',
    (version) => {
      expect(findDiagnostics(code, pod, initThenExec, version)).toMatchObject([
        {
          file: 'restore.yaml',
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 13,
          severity: 'error',
          data: {
            hook: 'Restore hook "prepare" (postHooks[1])',
            index: 1,
            position: 0,
            container: 'app',
          },
        },
      ]);
    },
  );

  it.each(['1.16.1', '1.18.0', 'main'])('is silent on %s', (version) => {
    expect(findDiagnostics(code, pod, initThenExec, version)).toEqual([]);
  });

  it('two resources on one container: the second is recorded as 1 but added as 0', () => {
    const restore = buildRestore(
      '{name: r1}',
      '  hooks:',
      '    resources:',
      '    - name: first',
      '      postHooks: [{exec: {command: [/a]}}]',
      '    - name: second',
      '      postHooks:',
      '      - exec: {command: [/b]}',
    );
    expect(findDiagnostics(code, pod, restore, '1.17.1')).toMatchObject([
      { line: 12, column: 9, endLine: 12, endColumn: 13, data: { index: 0, position: 1 } },
    ]);
  });

  it('names one place for many pods', () => {
    const pods = pod + '---\n' + pod.replace('name: db', 'name: db2');
    expect(findDiagnostics(code, pods, initThenExec, '1.17.2')).toMatchObject([
      { line: 11, data: { pod: 'prod/db', podCount: 2 } },
    ]);
  });
});
