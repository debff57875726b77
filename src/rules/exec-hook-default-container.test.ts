import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  yaml,
  restoreWithHook,
  buildDeployment,
  buildPod,
  flowPod,
} from '../testing/rules.ts';

const code = 'exec-hook-default-container';

const meshPod = buildPod({
  annotations: ['post.hook.restore.velero.io/command: /bin/flush'],
  spec: [
    '  containers:',
    '  - {name: istio-proxy, image: proxyv2}',
    '  - {name: app, image: postgres}',
  ],
});

const twoPods = [
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web}',
    'spec: {template: {spec: {containers: [{name: web}, {name: metrics}]}}}',
  ),
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: db}',
    'spec: {containers: [{name: app}, {name: backup}]}',
  ),
].join('---\n');

const restore = restoreWithHook('flush', '      - exec:', '          command: [/bin/sync]');

describe(code, () => {
  it.each([
    [
      'an annotation hook on a pod whose first container is a mesh proxy',
      meshPod,
      undefined,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          severity: 'warning',
          data: {
            hook: 'The exec hook annotation',
            pod: 'default/db',
            container: 'istio-proxy',
            containers: 2,
            sidecar: true,
          },
        },
      ],
    ],
    [
      'a spec hook on two pods with different first containers (two diagnostics)',
      twoPods,
      restore,
      [
        {
          file: 'restore.yaml',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 13,
          severity: 'info',
          data: {
            hook: 'Restore hook "flush" (postHooks[0])',
            pod: 'Deployment default/web',
            container: 'web',
            podCount: 1,
          },
        },
        {
          file: 'restore.yaml',
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 13,
          severity: 'info',
          data: { pod: 'default/db', container: 'app', sidecar: false },
        },
      ],
    ],
    [
      'an empty container annotation in a Deployment',
      buildDeployment({
        metadata: '{name: web}',
        annotations: [
          'post.hook.restore.velero.io/command: /bin/flush',
          'post.hook.restore.velero.io/container: ""',
        ],
        podSpec: ['    spec: {containers: [{name: vault-agent}, {name: app}]}'],
      }),
      undefined,
      [
        {
          line: 9,
          column: 48,
          endLine: 9,
          endColumn: 50,
          severity: 'warning',
          data: { container: 'vault-agent', sidecar: true },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'a single container',
      flowPod('{name: db, annotations: {post.hook.restore.velero.io/command: /bin/x}}'),
    ],
    [
      'a named container',
      meshPod.replace(
        '    post.hook.restore.velero.io/command: /bin/flush\n',
        '    post.hook.restore.velero.io/command: /bin/flush\n    post.hook.restore.velero.io/container: app\n',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });
});
