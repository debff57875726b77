import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import {
  buildBackup,
  deploymentObject,
  namespaceObject,
  plainObject,
  podObject,
} from '../testing/backupArchive.ts';
import { contentsOf } from '../testing/backupContents.ts';
import { buildAnalyzeInput, summarizeBackup } from './summary.ts';

const hooked = podObject('prod', 'db-0', {
  annotations: {
    'post.hook.restore.velero.io/container': 'app',
    'post.hook.restore.velero.io/command': '["/bin/sh", "-c", "pg_isready"]',
    'backup.velero.io/backup-volumes': 'data',
  },
  volumes: ['data'],
});

const contents = contentsOf(
  buildBackup([
    namespaceObject('prod'),
    hooked,
    podObject('prod', 'web-7d4b9c6f8d-x2k9q', {
      ownerKind: 'ReplicaSet',
      ownerName: 'web-7d4b9c6f8d',
    }),
    deploymentObject('prod', 'web'),
    plainObject('ReplicaSet', 'prod', 'web-7d4b9c6f8d', 'apps/v1'),
    plainObject('ConfigMap', 'logging', 'fluentd'),
  ]),
);

describe('summarizeBackup', () => {
  it('counts items once and lists the pods that carry restore-hook annotations', () => {
    expect(summarizeBackup(contents)).toMatchObject({
      formatVersion: '1.1.0',
      items: 6,
      versionedCopies: 6,
      pods: 2,
      hookPods: [
        {
          namespace: 'prod',
          name: 'db-0',
          path: 'resources/pods/namespaces/prod/db-0.json',
          annotations: [
            'post.hook.restore.velero.io/command',
            'post.hook.restore.velero.io/container',
          ],
        },
      ],
      namespaces: [
        { namespace: '', items: 1 },
        { namespace: 'logging', items: 1 },
        { namespace: 'prod', items: 4 },
      ],
    });
  });
});

describe('a backup as engine input', () => {
  const input = buildAnalyzeInput(contents, 'backup.tar.gz');

  it('names each item by the archive and its path; the namespaces are those with items', () => {
    expect(input.manifests.map((m) => m.name)).toEqual([
      'backup.tar.gz:resources/deployments.apps/namespaces/prod/web.json',
      'backup.tar.gz:resources/namespaces/cluster/prod.json',
      'backup.tar.gz:resources/pods/namespaces/prod/db-0.json',
      'backup.tar.gz:resources/pods/namespaces/prod/web-7d4b9c6f8d-x2k9q.json',
      'backup.tar.gz:resources/replicasets.apps/namespaces/prod/web-7d4b9c6f8d.json',
    ]);
    expect(input.backupNamespaces).toEqual(['logging', 'prod']);
  });

  it('plans each backed-up pod once: no pod is derived from its Deployment or ReplicaSet', () => {
    const analysis = analyze(input);
    expect(
      analysis.plan.pods.map((p) => [p.target.namespace, p.target.name, p.target.kind]),
    ).toEqual([
      ['prod', 'db-0', 'Pod'],
      ['prod', 'web-7d4b9c6f8d-x2k9q', 'Pod'],
    ]);
    expect(analysis.manifests.objects).toHaveLength(5);
  });

  it("points diagnostics at the item's path in the archive, at its position in the JSON", () => {
    const pod = podObject('prod', 'api-0', {
      annotations: {
        'post.hook.restore.velero.io/command': '["/bin/check"]',
        'post.hook.restore.velero.io/on-error': 'fail',
      },
    });
    const backup = contentsOf(buildBackup([pod]));
    const analysis = analyze(buildAnalyzeInput(backup, 'b.tar.gz'));
    const [found] = analysis.diagnostics.filter((d) => d.code === 'on-error-invalid');
    const text = backup.items[0]!.text;
    const column = text.indexOf('"fail"') + 1;
    expect(found).toMatchObject({
      file: 'b.tar.gz:resources/pods/namespaces/prod/api-0.json',
      range: { start: { line: 1, column }, end: { line: 1, column: column + 6 } },
    });
  });

  it('a workload kept unread that is not JSON is a yaml-syntax diagnostic at its path', () => {
    const name = 'resources/deployments.apps/namespaces/prod/zz.json';
    const broken = contentsOf(
      buildBackup([deploymentObject('prod', 'web')], { extra: [{ name, data: '{"kind": [' }] }),
    );
    const analysis = analyze(buildAnalyzeInput(broken, 'b.tar.gz'));
    expect(analysis.diagnostics.map((d) => [d.code, d.file])).toContainEqual([
      'yaml-syntax',
      `b.tar.gz:${name}`,
    ]);
  });

  it('the same manifests without the backup mark derive pods from the workloads', () => {
    const plain = input.manifests.map(({ name, text }) => ({ name, text }));
    expect(analyze({ manifests: plain }).plan.pods.length).toBeGreaterThan(2);
  });
});
