import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, buildRestore } from '../testing/rules.ts';

const code = 'hooks-on-pod-not-restored';
const pods = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: db',
  '  namespace: prod',
  '  annotations: {post.hook.restore.velero.io/command: /bin/flush}',
  'spec: {containers: [{name: app, image: postgres}]}',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web, namespace: shop}',
  'spec:',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec: {containers: [{name: app, image: nginx}]}',
);
const restore = (...spec: string[]) =>
  buildRestore(
    '{name: r1}',
    '  hooks:',
    '    resources:',
    '    - name: web-hook',
    '      includedNamespaces: [shop]',
    '      postHooks: [{exec: {command: [/bin/true]}}]',
    ...spec,
  );

describe(code, () => {
  it('points at each pod the namespace filter leaves out (annotation hook, spec hook)', () => {
    expect(findDiagnostics(code, pods, restore('  includedNamespaces: [other]'))).toMatchObject([
      {
        file: 'manifests.yaml',
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 11,
        severity: 'warning',
        data: {
          pod: 'prod/db',
          reason:
            'the Restore\'s namespace filter leaves it out (namespace "prod" is not in includedNamespaces [other]; pkg/restore/restore.go getOrderedResourceCollection): Velero does not restore the pod, so it gets no hooks',
        },
      },
      { line: 11, column: 18, endLine: 11, endColumn: 21, data: { pod: 'Deployment shop/web' } },
    ]);
  });

  it('a labelSelector leaves out the pod without the label', () => {
    const text = restore('  labelSelector: {matchLabels: {app: web}}');
    expect(findDiagnostics(code, pods, text).map((d) => [d.line, d.data?.['pod']])).toEqual([
      [4, 'prod/db'],
    ]);
  });

  it('a completed pod with a hook annotation', () => {
    const completed = pods.replace(
      'spec: {containers: [{name: app, image: postgres}]}',
      'spec: {containers: [{name: app, image: postgres}]}\nstatus: {phase: Succeeded}',
    );
    expect(findDiagnostics(code, completed).map((d) => d.line)).toEqual([4]);
  });

  it('is silent for restored pods and for filtered pods without hooks', () => {
    expect(findDiagnostics(code, pods, restore())).toEqual([]);
    const plain = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: x, namespace: y}',
      'spec: {containers: [{name: a, image: b}]}',
    );
    expect(findDiagnostics(code, plain, restore('  includedNamespaces: [other]'))).toEqual([]);
  });
});
