import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, buildPod, restoreWithHook } from '../testing/rules.ts';

const code = 'init-annotations-without-image';

/** A Pod whose annotations start on line 6, keys at column 5. */
const pod = (name: string, ...annotations: string[]) => buildPod({ name, annotations });

const restore = restoreWithHook(
  'prep',
  '      - init: {initContainers: [{name: prep, image: busybox, command: [/bin/prep]}]}',
);

describe(code, () => {
  it.each([
    [
      'a name and a command but no image',
      pod(
        'db',
        'init.hook.restore.velero.io/container-name: fix-perms',
        'init.hook.restore.velero.io/command: /bin/fix',
      ),
      undefined,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 47,
          data: {
            pod: 'default/db',
            keys: 'init.hook.restore.velero.io/container-name and init.hook.restore.velero.io/command',
            imageEmpty: false,
            specContainers: 0,
          },
        },
      ],
    ],
    [
      'two pods, one with an empty image, while a spec init hook applies (two diagnostics)',
      pod('a', 'init.hook.restore.velero.io/command: /bin/fix') +
        '---\n' +
        pod(
          'b',
          'init.hook.restore.velero.io/container-image: ""',
          'init.hook.restore.velero.io/command: /bin/fix',
        ),
      restore,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          data: {
            pod: 'default/a',
            keys: 'init.hook.restore.velero.io/command',
            specContainers: 1,
          },
        },
        {
          line: 15,
          column: 50,
          endLine: 15,
          endColumn: 52,
          data: { pod: 'default/b', imageEmpty: true, specContainers: 1 },
        },
      ],
    ],
    [
      'a command in a Deployment template',
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    metadata:',
        "      annotations: {init.hook.restore.velero.io/command: '[/bin/warm]'}",
        '    spec: {containers: [{name: app}]}',
      ),
      undefined,
      [{ line: 7, column: 21, endLine: 7, endColumn: 56, data: { pod: 'Deployment default/web' } }],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'an image with the command',
      pod(
        'db',
        'init.hook.restore.velero.io/container-image: busybox',
        "init.hook.restore.velero.io/command: '[/bin/fix]'",
      ),
    ],
    ['only an exec hook', pod('db', 'post.hook.restore.velero.io/command: /bin/flush')],
    ['only the (ignored) timeout', pod('db', 'init.hook.restore.velero.io/timeout: 1m')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });
});
