import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  yaml,
  buildDeployment,
  restoreWithHook,
  flowPod,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'container-name-not-dns-label';

const regexProblem = expect.stringContaining(
  'a lowercase RFC 1123 label must consist of lower case alphanumeric characters',
) as unknown;

const deployment = buildDeployment({
  metadata: '{name: web}',
  annotations: [
    'init.hook.restore.velero.io/container-image: busybox',
    'init.hook.restore.velero.io/container-name: restore.init',
    `init.hook.restore.velero.io/command: '["/bin/true"]'`,
  ],
  podSpec: [
    '    spec:',
    '      initContainers: [{name: -migrate, image: app}]',
    '      containers: [{name: app}]',
  ],
});

describe(code, () => {
  it.each([
    [
      'an upper-case name with an underscore',
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: db}',
        'spec:',
        '  containers:',
        '  - name: Web_1',
        '    image: nginx',
      ),
      undefined,
      [
        {
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 16,
          data: {
            where: 'default/db',
            field: 'containers[0].name',
            name: 'Web_1',
            problem: regexProblem,
            injected: false,
          },
        },
      ],
    ],
    [
      'a dotted annotation name and a leading dash (two diagnostics)',
      deployment,
      undefined,
      [
        {
          line: 9,
          column: 53,
          endLine: 9,
          endColumn: 65,
          data: {
            field: 'init.hook.restore.velero.io/container-name',
            name: 'restore.init',
            problem: 'must not contain dots',
            injected: true,
          },
        },
        {
          line: 12,
          column: 31,
          endLine: 12,
          endColumn: 39,
          data: {
            where: 'Deployment default/web',
            field: 'initContainers[0].name',
            name: '-migrate',
            injected: false,
          },
        },
      ],
    ],
    [
      'a Restore spec init container',
      flowPod('{name: db}'),
      restoreWithHook(
        'prep',
        '      - init: {initContainers: [{name: Prep, image: busybox, command: [/bin/true]}]}',
      ),
      [
        {
          file: 'restore.yaml',
          line: 10,
          column: 40,
          endLine: 10,
          endColumn: 44,
          data: {
            where: 'Restore hook "prep"',
            field: 'postHooks[0].init.initContainers[0].name',
            injected: true,
          },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'valid names',
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: db, annotations: {init.hook.restore.velero.io/container-name: restore-1}}',
        'spec: {containers: [{name: app-2}]}',
      ),
    ],
    [
      'an empty annotation (Velero generates the name)',
      flowPod(`{name: db, annotations: {init.hook.restore.velero.io/container-name: ''}}`),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('renames only the annotation name (nothing refers to it)', () => {
    expect(fixedTexts(code, deployment)).toEqual([
      deployment.replace('container-name: restore.init', 'container-name: "restore-init"'),
      null,
    ]);
  });
});
