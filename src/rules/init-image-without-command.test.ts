import { describe, expect, it } from 'vitest';
import {
  annotatedDeployment,
  annotatedPod,
  findDiagnostics,
  type Found,
  buildPod,
  restoreWithResources,
} from '../testing/rules.ts';

const code = 'init-image-without-command';

const image = 'init.hook.restore.velero.io/container-image: busybox';

/** A Pod `prod/<name>` whose annotations start on line 6, keys at column 5. */
const podInProd = (name: string, ...annotations: string[]) =>
  buildPod({ name, namespace: 'prod', annotations: annotations.length ? annotations : undefined });

/** A Restore whose one resource hook has an init hook and the given namespace pattern. */
const restoreWithPattern = (pattern: string) =>
  restoreWithResources(
    '    - name: prep',
    `      includedNamespaces: ['${pattern}']`,
    '      postHooks:',
    '      - init: {initContainers: [{name: prep, image: busybox, command: [/bin/prep]}]}',
  );

describe(code, () => {
  it.each<[string, string, string | undefined, Partial<Found>[]]>([
    [
      'an image and no command',
      annotatedPod(image),
      undefined,
      [{ line: 6, column: 5, endLine: 6, endColumn: 48, data: { pod: 'default/db' } }],
    ],
    [
      'an empty command before the image',
      annotatedPod("init.hook.restore.velero.io/command: ''", image),
      undefined,
      [{ line: 7, column: 5, endLine: 7, endColumn: 48, data: { pod: 'default/db' } }],
    ],
    [
      "on a workload's pod template",
      annotatedDeployment('init.hook.restore.velero.io/container-name: prep', image),
      undefined,
      [{ line: 9, column: 9, endLine: 9, endColumn: 52 }],
    ],
    [
      'two pods, one with a spec init hook that would match (two diagnostics)',
      podInProd('a', image) + '---\n' + podInProd('b', 'x: y', image),
      restoreWithPattern('prod'),
      [
        { line: 7, column: 5, endLine: 7, endColumn: 48, data: { pod: 'prod/a' } },
        { line: 18, column: 5, endLine: 18, endColumn: 48, data: { pod: 'prod/b' } },
      ],
    ],
  ])('%s', (_name, manifests, restore, expected) => {
    const found = findDiagnostics(code, manifests, restore);
    expect(found).toMatchObject(expected);
    expect(found).toHaveLength(expected.length);
  });

  it.each<[string, string, string | undefined]>([
    [
      "'[]' runs the image's own entrypoint",
      annotatedPod(image, "init.hook.restore.velero.io/command: '[]'"),
      undefined,
    ],
    [
      'a command given',
      annotatedPod(image, 'init.hook.restore.velero.io/command: /bin/fix'),
      undefined,
    ],
    [
      'an empty image: the annotation hook is off',
      annotatedPod("init.hook.restore.velero.io/container-image: ''"),
      undefined,
    ],
    [
      'a namespace pattern panics for a pod without annotations',
      podInProd('a'),
      restoreWithPattern('prod{}'),
    ],
  ])('is silent: %s', (_name, manifests, restore) => {
    expect(findDiagnostics(code, manifests, restore)).toEqual([]);
  });

  it('leaves the namespace-pattern panic to namespace-pattern-panics', () => {
    const manifests = podInProd('a');
    const restore = restoreWithPattern('prod{}');
    expect(findDiagnostics('namespace-pattern-panics', manifests, restore)).toMatchObject([
      { line: 9, column: 7, endLine: 9, endColumn: 25 },
    ]);
  });
});
