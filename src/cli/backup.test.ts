import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  deploymentObject,
  goJson,
  itemPath,
  namespaceObject,
  plainObject,
  podObject,
} from '../testing/backupArchive.ts';
import { cliSandbox } from '../testing/cli.ts';

const { write, run } = cliSandbox('restore-hooks-backup-');

const db = podObject('prod', 'db-0', {
  annotations: {
    'backup.velero.io/backup-volumes': 'data',
    'post.hook.restore.velero.io/command': '["/bin/sh", "-c", "pg_isready"]',
    'post.hook.restore.velero.io/on-error': 'fail',
  },
  volumes: ['data'],
});
const web = podObject('prod', 'web-7d4b9c6f8d-x2k9q', { ownerKind: 'ReplicaSet' });
const objects = [
  namespaceObject('prod'),
  namespaceObject('logging'),
  db,
  web,
  deploymentObject('prod', 'web'),
  plainObject('ReplicaSet', 'prod', 'web-7d4b9c6f8d', 'apps/v1'),
  plainObject('ConfigMap', 'logging', 'fluentd'),
];
const backup = write('nightly-data.tar.gz', buildBackup(objects));
const dbFile = `nightly-data.tar.gz:${itemPath(db)}`;

/** The record of a PodVolumeBackup of db-0's volume `data`, as the bucket holds it. */
const pvbFile = (snapshotID: string) =>
  gzipSync(
    strToU8(
      goJson([
        {
          apiVersion: 'velero.io/v1',
          kind: 'PodVolumeBackup',
          metadata: { name: 'nightly-x7k2p', namespace: 'velero' },
          spec: { pod: { kind: 'Pod', namespace: 'prod', name: 'db-0' }, volume: 'data' },
          status: { phase: snapshotID ? 'Completed' : 'Failed', snapshotID },
        },
      ]) + '\n',
    ),
  );

describe('restore-hooks backup summary', () => {
  it('prints the format, items by kind and namespace, and the pods with hook annotations', async () => {
    const r = await run('backup', 'summary', 'nightly-data.tar.gz');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        'nightly-data.tar.gz: Velero backup, format 1.1.0: 7 items in 2 namespaces',
        '(each read once, as a restore reads it; 7 versioned copies not counted)',
        '',
        'Items by kind:',
        '  ConfigMap (configmaps)         1',
        '  Deployment (deployments.apps)  1',
        '  Namespace (namespaces)         2',
        '  Pod (pods)                     2',
        '  ReplicaSet (replicasets.apps)  1',
        '',
        'Items by namespace:',
        '  (cluster-scoped)  2',
        '  logging           1',
        '  prod              4',
        '',
        'Pods with restore-hook annotations (1 of 2):',
        `  prod/db-0  ${dbFile}`,
        '    post.hook.restore.velero.io/command',
        '    post.hook.restore.velero.io/on-error',
        '',
      ].join('\n'),
    );
  });

  it('--format json', async () => {
    const r = await run('backup', 'summary', '--format', 'json', backup);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      file: backup,
      formatVersion: '1.1.0',
      items: 7,
      versionedCopies: 7,
      pods: 2,
      resources: expect.arrayContaining([
        { groupResource: 'replicasets.apps', kind: 'ReplicaSet', items: 1 },
      ]) as unknown,
      hookPods: [{ namespace: 'prod', name: 'db-0', path: itemPath(db) }],
    });
  });

  it.each<[string, string[], string]>([
    ['no subcommand', ['backup'], "expected a subcommand: 'backup summary FILE'"],
    ['an unknown subcommand', ['backup', 'list', 'x'], "unknown subcommand 'list'"],
    ['two files', ['backup', 'summary', 'a', 'b'], 'reads one FILE'],
    ['a missing file', ['backup', 'summary', 'gone.tar.gz'], 'gone.tar.gz: no such file'],
  ])('%s: exit 2, one line', async (_name, argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('commands over a backup tarball', () => {
  it('check: diagnostics point into the item, named by the archive and its path', async () => {
    const r = await run('check', '--format', 'json', backup);
    const diagnostics = JSON.parse(r.stdout) as { code: string; file: string; range: unknown }[];
    const onError = diagnostics.find((d) => d.code === 'on-error-invalid');
    const column = goJson(db).indexOf('"fail"') + 1;
    expect(onError).toMatchObject({
      file: `${backup}:${itemPath(db)}`,
      range: { start: { line: 1, column }, end: { line: 1, column: column + 6 } },
    });
  });

  it('check in text: file:line:col as for any input', async () => {
    const r = await run('check', 'nightly-data.tar.gz');
    expect(r.stdout).toMatch(
      new RegExp(`^${dbFile.replace(/\./g, '\\.')}:1:\\d+: warning on-error-invalid`, 'm'),
    );
  });

  it('plan: each backed-up pod once, none derived from the Deployment or ReplicaSet', async () => {
    const r = await run('plan', '--format', 'json', backup);
    const plan = JSON.parse(r.stdout) as {
      pods: { namespace: string; name: string; kind: string }[];
    };
    expect(plan.pods.map((p) => [p.namespace, p.name, p.kind])).toEqual([
      ['prod', 'db-0', 'Pod'],
      ['prod', 'web-7d4b9c6f8d-x2k9q', 'Pod'],
    ]);
  });

  it('a tarball is recognised by its content, whatever its name', async () => {
    write('download.bin', buildBackup(objects));
    const r = await run('plan', '--format', 'json', 'download.bin');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { pods: unknown[] }).pods).toHaveLength(2);
  });

  it('a Restore file applies to the backup, as to manifests', async () => {
    const restore = write(
      'restore.yaml',
      'apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: r}\nspec:\n  backupName: nightly\n  excludedNamespaces: [prod]\n',
    );
    const r = await run('plan', '--format', 'json', '--restore', restore, backup);
    const plan = JSON.parse(r.stdout) as { pods: { restored: boolean }[] };
    expect(plan.pods.map((p) => p.restored)).toEqual([false, false]);
  });

  it.each<[string, boolean, Uint8Array | null]>([
    ["without Velero's record, the annotation stands in", true, null],
    ['a PodVolumeBackup with a snapshot', true, pvbFile('4f1c2a')],
    ['a PodVolumeBackup without a snapshot (failed)', false, pvbFile('')],
    ['no PodVolumeBackup at all (null)', false, gzipSync(strToU8('null\n'))],
  ])('apply --full-restore, %s: restore-wait %s', async (_name, wait, record) => {
    const argv = ['apply', '--full-restore', '--format', 'json', backup];
    if (record)
      argv.push('--pod-volume-backups', write('nightly-podvolumebackups.json.gz', record));
    const r = await run(...argv);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as {
      items: {
        kind: string;
        metadata: { name: string };
        spec?: { initContainers?: { name: string }[] };
      }[];
    };
    const pod = list.items.find((i) => i.kind === 'Pod' && i.metadata.name === 'db-0');
    expect(pod?.spec?.initContainers?.[0]?.name === 'restore-wait').toBe(wait);
  });

  it('a bad --pod-volume-backups file is one error', async () => {
    write('bad.json', '{"a": 1}');
    const r = await run('check', '--pod-volume-backups', 'bad.json', backup);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'restore-hooks check: --pod-volume-backups bad.json: expected a JSON array of PodVolumeBackups (or a PodVolumeBackupList), not an object\n',
    );
  });

  it('notes on stderr for items Velero cannot read; the rest is checked', async () => {
    const name = 'resources/pods/namespaces/prod/broken.json';
    write('notes.tar.gz', buildBackup(objects, { extra: [{ name, data: '{"kind":' }] }));
    const r = await run('plan', '--format', 'json', 'notes.tar.gz');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(`^restore-hooks: note: notes\\.tar\\.gz:${name}: Velero cannot decode it`),
    );
    expect((JSON.parse(r.stdout) as { pods: unknown[] }).pods).toHaveLength(2);
  });

  it.each<[string, Uint8Array, string]>([
    [
      'an entry leaving the archive',
      buildBackup(objects, { extra: [{ name: '../../etc/cron.d/x', data: '* * * * * root sh' }] }),
      'entry "../../etc/cron.d/x" leaves the archive\'s folder',
    ],
    ['a truncated archive', buildBackup(objects).subarray(0, 300), 'the archive is truncated'],
    [
      'gzip but no tar',
      gzipSync(strToU8('just text, compressed '.repeat(40))),
      'not a tar archive',
    ],
  ])('%s: exit 2, one line, nothing on stdout', async (_name, bytes, message) => {
    write('hostile.tar.gz', bytes);
    for (const command of ['check', 'plan', 'apply']) {
      const r = await run(command, 'hostile.tar.gz');
      expect(r.code, command).toBe(2);
      expect(r.stdout, command).toBe('');
      expect(r.stderr, command).toContain(`restore-hooks ${command}: hostile.tar.gz: `);
      expect(r.stderr, command).toContain(message);
      expect(r.stderr.trim().split('\n'), command).toHaveLength(1);
    }
    const summary = await run('backup', 'summary', 'hostile.tar.gz');
    expect(summary.code).toBe(2);
    expect(summary.stderr).toContain(message);
  });
});
