import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  restoreWithPostHooks as restore,
  buildPod,
  flowPod,
} from '../testing/rules.ts';

const code = 'init-timeout-ignored';

const plainPod = flowPod('{name: db}');

describe(code, () => {
  it.each([
    [
      'the annotation on a Pod',
      buildPod({
        annotations: [
          'init.hook.restore.velero.io/container-image: busybox',
          'init.hook.restore.velero.io/timeout: 2m',
          "init.hook.restore.velero.io/command: '[/bin/prep]'",
        ],
        spec: '{containers: [{name: app}]}',
      }),
      undefined,
      [
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 40,
          data: { where: 'default/db', field: 'init.hook.restore.velero.io/timeout' },
        },
      ],
    ],
    [
      'two spec init hooks with a timeout (two diagnostics)',
      plainPod,
      restore(
        '      - init:',
        '          timeout: 5m',
        '          initContainers: [{name: a, image: busybox, command: [/bin/true]}]',
        '      - init: {timeout: 1m, initContainers: []}',
      ),
      [
        {
          file: 'restore.yaml',
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 18,
          data: { where: 'Restore hook "prep"', field: 'postHooks[0].init.timeout' },
        },
        {
          file: 'restore.yaml',
          line: 13,
          column: 16,
          endLine: 13,
          endColumn: 23,
          data: { field: 'postHooks[1].init.timeout' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it('is silent without a timeout', () => {
    expect(
      findDiagnostics(
        code,
        plainPod,
        restore(
          '      - init: {initContainers: [{name: a, image: busybox, command: [/bin/true]}]}',
        ),
      ),
    ).toEqual([]);
    expect(findDiagnostics(code, plainPod)).toEqual([]);
  });
});
