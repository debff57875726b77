import { describe, expect, it } from 'vitest';
import { findDiagnostics, execHookPod, restoreWithHook, flowPod } from '../testing/rules.ts';

const code = 'exec-hook-no-wait-timeout';

const pod = execHookPod;

const plainPod = flowPod('{name: web}');

const restore = (...postHooks: string[]) => restoreWithHook('flush', ...postHooks);

describe(code, () => {
  it.each([
    [
      'an annotation hook without wait-timeout',
      pod(),
      undefined,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          severity: 'info',
          data: {
            hook: 'The exec hook annotation',
            pod: 'default/db',
            podCount: 1,
            boundedBy: null,
          },
        },
      ],
    ],
    [
      'a spec hook without one beside one with 5m, and an annotation of 0s (two diagnostics)',
      plainPod + '---\n' + pod('post.hook.restore.velero.io/wait-timeout: 0s'),
      restore(
        '      - exec:',
        '          command: [/bin/sync]',
        '          waitTimeout: 5m',
        '      - exec:',
        '          command: [/bin/flush]',
      ),
      [
        {
          file: 'manifests.yaml',
          line: 12,
          column: 47,
          endLine: 12,
          endColumn: 49,
          severity: 'info',
          data: { pod: 'default/db' },
        },
        {
          file: 'restore.yaml',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 13,
          severity: 'warning',
          data: {
            hook: 'Restore hook "flush" (postHooks[1])',
            pod: 'default/web',
            boundedBy: '5m0s',
          },
        },
      ],
    ],
    [
      'an explicit zero in the spec',
      plainPod,
      restore('      - exec: {command: [/bin/sync], waitTimeout: 0s}'),
      [
        {
          file: 'restore.yaml',
          line: 10,
          column: 51,
          endLine: 10,
          endColumn: 53,
          data: { hook: 'Restore hook "flush" (postHooks[0])' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'a wait timeout on every hook',
      pod('post.hook.restore.velero.io/wait-timeout: 10m'),
      undefined,
    ],
    [
      'no exec hooks',
      plainPod,
      restore('      - init: {initContainers: [{name: a, image: busybox, command: [/bin/true]}]}'),
    ],
  ])('is silent for %s', (_name, text, restoreText) => {
    expect(findDiagnostics(code, text, restoreText)).toEqual([]);
  });
});
