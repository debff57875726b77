import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, execHookPod, buildDeployment } from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'metadata-value-not-string';

const pod = execHookPod;

const yes = pod('post.hook.restore.velero.io/wait-for-ready: yes');
const deployment = buildDeployment({
  metadata: '{name: web, labels: {version: 2}}',
  templateLabels: '{app: web, tier: 1}',
  annotations: ['example.com/enabled: true'],
  podSpec: ['    spec: {containers: [{name: app}]}'],
});

describe(code, () => {
  it.each([
    [
      'a YAML 1.1 boolean (a string for YAML 1.2 editors)',
      yes,
      undefined,
      [
        {
          line: 7,
          column: 49,
          endLine: 7,
          endColumn: 52,
          severity: 'error',
          data: {
            where: 'Pod default/db',
            field: 'annotations',
            key: 'post.hook.restore.velero.io/wait-for-ready',
            text: 'yes',
            type: 'bool',
            yaml11: true,
          },
        },
      ],
    ],
    [
      'numbers and a boolean on a Deployment and its pod template (three diagnostics)',
      deployment,
      undefined,
      [
        {
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 42,
          data: {
            where: 'Deployment default/web',
            field: 'labels',
            key: 'version',
            type: 'number',
          },
        },
        {
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 33,
          data: {
            where: 'Deployment default/web (pod template)',
            field: 'labels',
            key: 'tier',
            type: 'number',
          },
        },
        {
          line: 9,
          column: 30,
          endLine: 9,
          endColumn: 34,
          data: { field: 'annotations', key: 'example.com/enabled', type: 'bool', yaml11: false },
        },
      ],
    ],
    [
      'null and a mapping',
      pod('example.com/owner: null', 'example.com/cfg: {a: b}'),
      undefined,
      [
        {
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 28,
          severity: 'warning',
          data: { key: 'example.com/owner', type: 'null' },
        },
        {
          line: 8,
          column: 22,
          endLine: 8,
          endColumn: 28,
          severity: 'error',
          data: { key: 'example.com/cfg', type: 'object' },
        },
      ],
    ],
    [
      'a label of the Restore in its own file',
      pod(),
      yaml(
        'apiVersion: velero.io/v1',
        'kind: Restore',
        'metadata: {name: r1, labels: {keep: on}}',
        'spec: {backupName: b1}',
      ),
      [
        {
          file: 'restore.yaml',
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 39,
          data: { where: 'Restore', key: 'keep', type: 'bool', yaml11: true },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      'quoted values',
      pod(
        'post.hook.restore.velero.io/wait-for-ready: "yes"',
        "post.hook.restore.velero.io/exec-timeout: '5'",
      ),
    ],
    ['an explicit string tag', pod('example.com/n: !!str 5')],
    [
      'numbers outside metadata',
      yaml(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec: {replicas: 3, template: {spec: {containers: [{name: a}]}}}',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('finds the same in a document that is not plain (read from its nodes only)', () => {
    // An anchor makes the document not plain: no deciding from the value first.
    const anchored = deployment.replace('{name: app}', '{name: &n app}');
    expect(findDiagnostics(code, anchored)).toEqual(findDiagnostics(code, deployment));
    expect(findDiagnostics(code, deployment)).toHaveLength(3);
    const quoted = pod("post.hook.restore.velero.io/wait-for-ready: 'yes'", 'a: &n x');
    expect(findDiagnostics(code, quoted)).toEqual([]);
  });

  it('quotes the value as written', () => {
    expect(fixedTexts(code, yes)).toEqual([yes.replace(': yes', ': "yes"')]);
    expect(fixedTexts(code, deployment)).toEqual([
      deployment.replace('version: 2', 'version: "2"'),
      deployment.replace('tier: 1', 'tier: "1"'),
      deployment.replace(': true', ': "true"'),
    ]);
  });
});
