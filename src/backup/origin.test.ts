import { describe, expect, it } from 'vitest';
import { buildDesignerView } from '../designer/designerView.ts';
import { deploymentObject } from '../testing/backupArchive.ts';
import { readSourceFile } from '../yaml/source.ts';
import { readThreePodBackup } from '../testing/backupContents.ts';
import {
  backupNameOf,
  backupPodCounts,
  backupPodsYaml,
  formatBackupOrigin,
  readBackupOrigin,
} from './origin.ts';

const contents = readThreePodBackup(
  { 'pre.hook.backup.velero.io/command': '["/bin/sync"]' },
  deploymentObject('prod', 'web'),
);

describe('backupNameOf', () => {
  it.each([
    ['nightly-data.tar.gz', 'nightly'],
    ['/tmp/x/weekly.tgz', 'weekly'],
    ['odd', 'odd'],
  ])('%s is %s', (file, name) => expect(backupNameOf(file)).toBe(name));
});

describe('backupPodsYaml', () => {
  it('emits the pods of the chosen namespaces, each after the comment naming its item', () => {
    const { text, pods } = backupPodsYaml(contents, 'nightly', { namespaces: ['prod'] });
    expect(pods).toBe(2);
    const docs = text.split('---\n');
    expect(docs).toHaveLength(2);
    expect(docs[0]!.split('\n')[0]).toBe(
      '# from backup nightly: resources/pods/namespaces/prod/db-0.json',
    );
    expect(docs[0]).toContain('kind: Pod');
    expect(docs[0]).toContain('pre.hook.backup.velero.io/command');
    expect(docs[1]!.split('\n')[0]).toBe(
      '# from backup nightly: resources/pods/namespaces/prod/web-1.json',
    );
  });

  it('takes every namespace when none is chosen, and never a workload', () => {
    expect(backupPodsYaml(contents, 'nightly', { namespaces: [] }).pods).toBe(3);
    expect(backupPodsYaml(contents, 'nightly', { namespaces: [] }).text).not.toContain(
      'kind: Deployment',
    );
  });

  it('counts pods per namespace', () => {
    expect(backupPodCounts(contents)).toEqual([
      { namespace: 'prod', pods: 2 },
      { namespace: 'staging', pods: 1 },
    ]);
  });
});

describe('readBackupOrigin', () => {
  const text = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: mine}',
    '---',
    formatBackupOrigin({ backup: 'nightly', path: 'resources/pods/namespaces/prod/db-0.json' }),
    '# another comment',
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: db-0, namespace: prod}',
    '',
  ].join('\n');

  it('reads the comment before a document, and nothing for a document without it', () => {
    const file = readSourceFile('manifests.yaml', text);
    expect(readBackupOrigin(file, 0)).toBeNull();
    expect(readBackupOrigin(file, 1)).toEqual({
      backup: 'nightly',
      path: 'resources/pods/namespaces/prod/db-0.json',
    });
    expect(readBackupOrigin(file, 2)).toBeNull();
  });

  it('marks the loaded pods in the designer view', () => {
    const manifests =
      backupPodsYaml(contents, 'nightly', { namespaces: ['staging'] }).text + '---\n' + text;
    const view = buildDesignerView({ manifests, restore: '' });
    expect(view.pods.map((p) => [p.key, p.fromBackup?.path ?? null])).toEqual([
      ['staging/db-0', 'resources/pods/namespaces/staging/db-0.json'],
      ['default/mine', null],
      ['prod/db-0', 'resources/pods/namespaces/prod/db-0.json'],
    ]);
  });
});
