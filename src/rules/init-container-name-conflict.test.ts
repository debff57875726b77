import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findDiagnostics, restoreWithResources, buildPod } from '../testing/rules.ts';

const pod = (...annotations: string[]) =>
  buildPod({
    namespace: 'prod',
    annotations: annotations.length > 0 ? annotations : undefined,
    spec: [
      '  initContainers:',
      '  - name: migrate',
      '    image: flyway',
      '  containers:',
      '  - name: app',
      '    image: postgres',
    ],
  });
const restore = restoreWithResources;

/** A resource hook `name` with one init hook; its initContainers lines follow (from line 12 if first). */
const initHook = (name: string, ...initContainers: string[]) => [
  `    - name: ${name}`,
  '      postHooks:',
  '      - init:',
  '          initContainers:',
  ...initContainers,
];

describe('init-container-name-conflict', () => {
  it.each([
    [
      'same name as an app container: points at the name in the Restore',
      pod(),
      restore(...initHook('prep', '          - {name: app, image: busybox, command: [/bin/prep]}')),
      [
        {
          file: 'restore.yaml',
          line: 12,
          column: 20,
          endLine: 12,
          endColumn: 23,
          data: {
            name: 'app',
            kind: 'container',
            hook: 'hooks.resources[0] "prep"',
            pods: 'pod prod/db',
          },
        },
      ],
    ],
    [
      'restore-wait, and two hooks injecting the same name',
      pod(),
      restore(
        ...initHook(
          'first',
          '          - {name: shared, image: busybox, command: [/a]}',
          '          - {name: restore-wait, image: busybox, command: [/b]}',
        ),
        ...initHook('second', '          - {name: shared, image: busybox, command: [/c]}'),
      ),
      [
        {
          line: 13,
          column: 20,
          endLine: 13,
          endColumn: 32,
          data: { name: 'restore-wait', kind: 'restore-wait' },
        },
        {
          line: 18,
          column: 20,
          endLine: 18,
          endColumn: 26,
          data: {
            name: 'shared',
            kind: 'hook-container',
            other: 'the init container from hooks.resources[0] "first"',
          },
        },
      ],
    ],
    [
      "annotation container-name equal to the pod's init container: points at the annotation",
      pod(
        'init.hook.restore.velero.io/container-image: busybox',
        'init.hook.restore.velero.io/command: \'["/bin/prep"]\'',
        'init.hook.restore.velero.io/container-name: migrate',
      ),
      undefined,
      [
        {
          file: 'manifests.yaml',
          line: 9,
          column: 49,
          endLine: 9,
          endColumn: 56,
          data: { kind: 'init-container', hook: 'the init annotations' },
        },
      ],
    ],
  ] as const)('%s', (_name, manifests, text, expected) => {
    expect(findDiagnostics('init-container-name-conflict', manifests, text)).toMatchObject(
      expected,
    );
  });

  it('names the other occurrence as a related location', () => {
    const text = restore(
      ...initHook('prep', '          - {name: app, image: busybox, command: [/bin/prep]}'),
    );
    const { diagnostics } = analyze({
      manifests: [{ name: 'manifests.yaml', text: pod() }],
      restore: { name: 'restore.yaml', text },
    });
    const found = diagnostics.find((d) => d.code === 'init-container-name-conflict');
    expect(found?.related).toMatchObject([
      {
        file: 'manifests.yaml',
        range: { start: { line: 11, column: 11 }, end: { line: 11, column: 14 } },
      },
    ]);
  });

  it.each([
    [
      'unique names',
      pod(),
      restore(
        ...initHook('prep', '          - {name: prep, image: busybox, command: [/bin/prep]}'),
      ),
    ],
    [
      'a hook that does not match the pod',
      pod(),
      restore(
        '    - name: prep',
        '      includedNamespaces: [dev]',
        '      postHooks:',
        '      - init:',
        '          initContainers:',
        '          - {name: app, image: busybox, command: [/x]}',
      ),
    ],
    [
      'a generated annotation name',
      pod(
        'init.hook.restore.velero.io/container-image: busybox',
        "init.hook.restore.velero.io/command: '[]'",
      ),
      undefined,
    ],
  ])('is silent for %s', (_name, manifests, text) => {
    expect(findDiagnostics('init-container-name-conflict', manifests, text)).toEqual([]);
  });
});
