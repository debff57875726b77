import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, restoreWithHook, buildPod, flowPod } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'exec-hook-container-missing';

/** A Pod with an exec hook on line 6 and a container annotation on line 7 (value at column 44). */
const pod = (
  name: string,
  container: string,
  spec = ['  containers: [{name: app, image: postgres}, {name: backup, image: tools}]'],
) =>
  buildPod({
    name,
    annotations: [
      'post.hook.restore.velero.io/command: /bin/flush',
      `post.hook.restore.velero.io/container: ${container}`,
    ],
    spec,
  });

const plain = (kind: string, name: string) =>
  kind === 'Pod'
    ? flowPod(`{name: ${name}}`)
    : yaml(
        'apiVersion: apps/v1',
        `kind: ${kind}`,
        `metadata: {name: ${name}}`,
        'spec: {template: {spec: {containers: [{name: app}]}}}',
      );

const restore = restoreWithHook(
  'flush',
  '      - exec:',
  '          container: nginx',
  '          command: [/bin/sync]',
);

const typo = pod('db', 'ap');

describe(code, () => {
  it.each([
    [
      'a misspelled container in the annotation',
      typo,
      undefined,
      [
        {
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 46,
          data: {
            pod: 'default/db',
            podCount: 1,
            hook: 'The exec hook annotation',
            container: 'ap',
            sidecar: false,
            suggestion: 'app',
          },
        },
      ],
    ],
    [
      'a native sidecar',
      pod('my-pod', 'log-shipper', [
        '  initContainers:',
        '  - {name: log-shipper, image: fluent-bit, restartPolicy: Always}',
        '  containers: [{name: app, image: busybox}]',
      ]),
      undefined,
      [
        {
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 55,
          data: { container: 'log-shipper', sidecar: true, suggestion: null },
        },
      ],
    ],
    [
      'a spec hook that selects two pods, and an annotation in another case (two diagnostics)',
      [plain('Deployment', 'web'), plain('Pod', 'db'), pod('other', 'App')].join('---\n'),
      restore,
      [
        {
          file: 'manifests.yaml',
          line: 17,
          column: 44,
          endLine: 17,
          endColumn: 47,
          data: { pod: 'default/other', container: 'App', suggestion: 'app' },
        },
        {
          file: 'restore.yaml',
          line: 11,
          column: 22,
          endLine: 11,
          endColumn: 27,
          data: {
            pod: 'Deployment default/web',
            podCount: 2,
            hook: 'Restore hook "flush"',
            container: 'nginx',
            suggestion: null,
          },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    ['an existing container', pod('db', 'backup')],
    [
      'a defaulted container',
      plain('Pod', 'db').replace(
        '{name: db}',
        '{name: db, annotations: {post.hook.restore.velero.io/command: /bin/x}}',
      ),
    ],
    ['a pod without containers (no exec hooks)', pod('db', 'app', ['  containers: []'])],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('renames to the closest container', () => {
    expect(fixedTexts(code, typo)).toEqual([typo.replace('container: ap\n', 'container: "app"\n')]);
  });

  it.each([
    ['1.13.0', 'on Velero 1.13.0 the Restore does not wait for it: the hook just never runs'],
    ['1.14.0', 'the Restore stays in Finalizing for ever, and no later restore starts'],
    ['1.18.2', '(velero-io/velero#9744)'],
    ['main', "until the server's --resource-timeout (10m by default), then ends PartiallyFailed"],
  ])('says what the dropped hook does to the Restore on %s', (version, outcome) => {
    const [found] = findDiagnostics(code, typo, undefined, version);
    expect(String(found?.data?.['outcome'])).toContain(outcome);
  });
});
