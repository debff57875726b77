import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, buildPod } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'hook-annotations-on-workload';

const deployment = yaml(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  annotations:',
  '    post.hook.restore.velero.io/command: /bin/flush',
  'spec:',
  '  template:',
  '    metadata:',
  '      annotations:',
  '        team: db',
  '    spec:',
  '      containers: [{name: app, image: nginx}]',
);

const cronJob = yaml(
  'apiVersion: batch/v1',
  'kind: CronJob',
  'metadata:',
  '  name: nightly',
  '  namespace: ops',
  '  annotations: {init.hook.restore.velero.io/container-image: busybox}',
  'spec:',
  "  schedule: '0 1 * * *'",
  '  jobTemplate:',
  '    metadata:',
  '      annotations:',
  '        post.hook.restore.velero.io/command: /bin/true',
  '    spec:',
  '      template:',
  '        spec:',
  '          containers: [{name: job, image: busybox}]',
);

const listWithBoth = yaml(
  'apiVersion: v1',
  'kind: List',
  'items:',
  '- apiVersion: apps/v1',
  '  kind: StatefulSet',
  '  metadata:',
  '    name: pg',
  '    annotations:',
  '      post.hook.restore.velero.io/container: db',
  '  spec:',
  '    template:',
  '      metadata:',
  '        annotations: {post.hook.restore.velero.io/container: db}',
  '      spec:',
  '        containers: [{name: db, image: postgres}]',
);

describe(code, () => {
  it.each([
    [
      "a Deployment's own annotation",
      deployment,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          data: {
            workload: 'Deployment default/web',
            key: 'post.hook.restore.velero.io/command',
            templatePath: 'spec.template',
            alsoInTemplate: false,
          },
        },
      ],
    ],
    [
      "a CronJob's own and job-template annotations (two diagnostics)",
      cronJob,
      [
        {
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 60,
          data: {
            workload: 'CronJob ops/nightly',
            key: 'init.hook.restore.velero.io/container-image',
          },
        },
        {
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 44,
          data: {
            key: 'post.hook.restore.velero.io/command',
            templatePath: 'spec.jobTemplate.spec.template',
          },
        },
      ],
    ],
    [
      'a StatefulSet in a List that also sets the key on its template',
      listWithBoth,
      [
        {
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 44,
          data: { workload: 'StatefulSet default/pg', alsoInTemplate: true },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it.each([
    [
      'a Pod (its own metadata is the pod)',
      buildPod({
        metadata: ['  annotations: {post.hook.restore.velero.io/command: /bin/true}'],
        spec: '{containers: [{name: db}]}',
      }),
    ],
    [
      'other annotations on a Deployment',
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        '  annotations: {deployment.kubernetes.io/revision: "3"}',
        'spec: {template: {spec: {containers: [{name: a}]}}}',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('moves a one-line entry into existing template annotations', () => {
    expect(fixedTexts(code, deployment)).toEqual([
      deployment
        .replace('    post.hook.restore.velero.io/command: /bin/flush\n', '')
        .replace(
          '        team: db\n',
          '        post.hook.restore.velero.io/command: /bin/flush\n        team: db\n',
        ),
    ]);
  });

  it('offers no move when the template has no annotations block or already has the key', () => {
    expect(fixedTexts(code, cronJob)).toEqual([null, null]);
    expect(fixedTexts(code, listWithBoth)).toEqual([null]);
  });
});
