import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  chunksOf,
  clusterObject,
  deploymentObject,
  gzip,
  namespaceObject,
  plainObject,
  podObject,
  streamOf,
  writeTar,
  type BackupOptions,
  type KubeObject,
} from '../testing/backupArchive.ts';
import type { BackupContents, BackupError, BackupProgress } from './contents.ts';
import { createBackupReader, readBackup, readBackupBytes } from './reader.ts';

const objects: KubeObject[] = [
  namespaceObject('prod'),
  namespaceObject('dev'),
  podObject('prod', 'db-0', {
    annotations: {
      'pre.hook.backup.velero.io/command': '["/bin/freeze"]',
      'post.hook.restore.velero.io/command': '["/bin/check"]',
      'init.hook.restore.velero.io/container-image': 'busybox',
    },
  }),
  podObject('prod', 'web-7d4b9c6f8d-x2k9q', { labels: { app: 'web', tier: 'front' } }),
  podObject('dev', 'web-5c9f7b6d4-q8z2m', { labels: { app: 'web', tier: 'front' } }),
  deploymentObject('prod', 'web'),
  plainObject('ReplicaSet', 'prod', 'web-7d4b9c6f8d', 'apps/v1'),
  plainObject('Service', 'prod', 'web'),
  plainObject('ConfigMap', 'prod', 'settings'),
  plainObject('ConfigMap', 'dev', 'settings'),
  clusterObject('PersistentVolume', 'pv-1'),
  clusterObject('ClusterRole', 'reader', 'rbac.authorization.k8s.io/v1'),
];

function read(bytes: Uint8Array, options: Parameters<typeof readBackupBytes>[1] = {}) {
  return readBackupBytes(bytes, options);
}

function contentsOf(result: BackupContents | BackupError): BackupContents {
  if (result.kind === 'error') throw new Error(`${result.code}: ${result.message}`);
  return result;
}

/** A backup of `objects` plus extra entries, read whole. */
function readWith(options: BackupOptions, more: KubeObject[] = []) {
  return read(buildBackup([...objects, ...more], options));
}

describe('readBackup: what a restore reads from a Velero backup', () => {
  const bytes = buildBackup(objects);

  it('keeps the plain copy of pods, workloads and namespaces, each once, by path', () => {
    const contents = contentsOf(read(bytes));
    expect(contents.formatVersion).toBe('1.1.0');
    expect(contents.items.map((i) => [i.path, i.kind])).toEqual([
      ['resources/deployments.apps/namespaces/prod/web.json', 'Deployment'],
      ['resources/namespaces/cluster/dev.json', 'Namespace'],
      ['resources/namespaces/cluster/prod.json', 'Namespace'],
      ['resources/pods/namespaces/dev/web-5c9f7b6d4-q8z2m.json', 'Pod'],
      ['resources/pods/namespaces/prod/db-0.json', 'Pod'],
      ['resources/pods/namespaces/prod/web-7d4b9c6f8d-x2k9q.json', 'Pod'],
      ['resources/replicasets.apps/namespaces/prod/web-7d4b9c6f8d.json', 'ReplicaSet'],
    ]);
    expect(contents.items[4]).toMatchObject({
      groupResource: 'pods',
      namespace: 'prod',
      name: 'db-0',
      hookAnnotations: [
        'init.hook.restore.velero.io/container-image',
        'post.hook.restore.velero.io/command',
      ],
    });
    expect(JSON.parse(contents.items[4]!.text)).toEqual(objects[2]);
  });

  it('counts every item of the plain copy by resource and namespace; the copies apart', () => {
    const contents = contentsOf(read(bytes));
    expect(contents.resources).toEqual([
      { groupResource: 'clusterroles.rbac.authorization.k8s.io', kind: 'ClusterRole', items: 1 },
      { groupResource: 'configmaps', kind: 'ConfigMap', items: 2 },
      { groupResource: 'deployments.apps', kind: 'Deployment', items: 1 },
      { groupResource: 'namespaces', kind: 'Namespace', items: 2 },
      { groupResource: 'persistentvolumes', kind: 'PersistentVolume', items: 1 },
      { groupResource: 'pods', kind: 'Pod', items: 3 },
      { groupResource: 'replicasets.apps', kind: 'ReplicaSet', items: 1 },
      { groupResource: 'services', kind: 'Service', items: 1 },
    ]);
    expect(contents.namespaces).toEqual([
      { namespace: '', items: 4 },
      { namespace: 'dev', items: 2 },
      { namespace: 'prod', items: 6 },
    ]);
    expect(contents.versionedCopies).toBe(objects.length);
    expect(contents.preferredVersions).toMatchObject({ pods: 'v1', 'deployments.apps': 'v1' });
    expect(contents.notices).toEqual([]);
    expect(contents.entries).toBe(1 + 2 * objects.length);
  });

  it.each([97, 4096, 65536])('reads the same in chunks of %i bytes, async', async (size) => {
    // Reading stops at the tar's end, so how many compressed bytes it took depends on the chunks.
    const whole = { ...contentsOf(read(bytes)), compressedBytes: expect.any(Number) as number };
    expect(await readBackup(streamOf(bytes, size))).toEqual(whole);
    expect(await readBackup(chunksOf(bytes, size))).toEqual(whole);
  });

  it.each<[string, BackupOptions]>([
    ['GNU long names', { longName: 'gnu' }],
    ['pax long names', { longName: 'pax' }],
  ])('reads %s as Go does', (_name, options) => {
    const name = `very-long-${'x'.repeat(120)}`;
    const contents = contentsOf(readWith(options, [podObject('prod', name)]));
    expect(contents.items.map((i) => i.name)).toContain(name);
  });

  it('reads only the plain copy, as a restore without EnableAPIGroupVersions does', () => {
    expect(contentsOf(readWith({ copies: 'preferred' })).items).toEqual([]);
    const plain = contentsOf(readWith({ copies: 'plain' }));
    expect(plain.items).toHaveLength(7);
    expect(plain.versionedCopies).toBe(0);
  });

  it('reports progress after each chunk, up to the bytes it needed', async () => {
    const seen: BackupProgress[] = [];
    await readBackup(chunksOf(bytes, 500), {
      totalBytes: bytes.length,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((p) => p.totalBytes === bytes.length)).toBe(true);
    const read = seen.map((p) => p.bytesRead);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)).toBeLessThanOrEqual(bytes.length);
    expect(seen.at(-1)!.entries).toBe(1 + 2 * objects.length);
  });

  it('stops at the archive end: a source that never ends still resolves', async () => {
    async function* endless() {
      await Promise.resolve();
      yield bytes;
      for (;;) yield new Uint8Array(1024);
    }
    expect(contentsOf(await readBackup(endless())).items).toHaveLength(7);
  });
});

describe('readBackup: selection', () => {
  const bytes = buildBackup(objects);
  const paths = (result: BackupContents | BackupError) =>
    contentsOf(result).items.map((i) => i.path);

  it('keeps the namespaces matched by the globs; counts stay whole', () => {
    const contents = contentsOf(read(bytes, { select: { namespaces: ['p*'] } }));
    expect(contents.items.map((i) => i.path)).toEqual([
      'resources/deployments.apps/namespaces/prod/web.json',
      'resources/namespaces/cluster/prod.json',
      'resources/pods/namespaces/prod/db-0.json',
      'resources/pods/namespaces/prod/web-7d4b9c6f8d-x2k9q.json',
      'resources/replicasets.apps/namespaces/prod/web-7d4b9c6f8d.json',
    ]);
    expect(contents.resources.find((r) => r.groupResource === 'pods')?.items).toBe(3);
  });

  it('keeps pods and workloads whose labels match; namespaces stay', () => {
    const select = { labelSelector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] } };
    expect(paths(read(bytes, { select }))).toEqual([
      'resources/namespaces/cluster/dev.json',
      'resources/namespaces/cluster/prod.json',
      'resources/pods/namespaces/dev/web-5c9f7b6d4-q8z2m.json',
      'resources/pods/namespaces/prod/web-7d4b9c6f8d-x2k9q.json',
    ]);
  });

  it.each<[string, object]>([
    ['a bad glob', { namespaces: ['[prod'] }],
    ['a bad label selector', { labelSelector: { matchLabels: { 'a b': 'c' } } }],
  ])('refuses %s before reading', (_name, select) => {
    const reader = createBackupReader({ select });
    expect(reader.done).toBe(true);
    expect(reader.finish()).toMatchObject({ kind: 'error', code: 'invalid-selection' });
  });
});

describe('readBackup: hostile and broken archives give one error', () => {
  const errorOf = (result: BackupContents | BackupError) =>
    result.kind === 'error' ? result.code : null;

  it.each([
    '../../etc/cron.d/evil',
    'resources/../../evil.json',
    'resources/pods/namespaces/../../../../x.json',
  ])('an entry leaving the folder (%s): path-escapes, nothing read', (name) => {
    const result = readWith({ extra: [{ name, data: '{}' }] });
    expect(result).toMatchObject({ kind: 'error', code: 'path-escapes' });
    expect((result as BackupError).message).toContain(JSON.stringify(name));
  });

  it.each(['symlink', 'hardlink'])('a %s to outside is refused the same way', (type) => {
    const typeflag = type === 'symlink' ? '2' : '1';
    const extra = [{ name: '../link', typeflag, linkName: '/etc/passwd' }];
    expect(errorOf(readWith({ extra }))).toBe('path-escapes');
  });

  it('`..` that stays inside is cleaned, as filepath.Join does', () => {
    const pod = podObject('prod', 'moved');
    const extra = [
      { name: 'resources/pods/../pods/namespaces/prod/moved.json', data: JSON.stringify(pod) },
    ];
    const contents = contentsOf(readWith({ extra }));
    expect(contents.items.map((i) => i.path)).toContain(
      'resources/pods/namespaces/prod/moved.json',
    );
  });

  it('an absolute path is read inside the folder, with a notice', () => {
    const pod = podObject('prod', 'abs');
    const name = '/resources/pods/namespaces/prod/abs.json';
    const contents = contentsOf(readWith({ extra: [{ name, data: JSON.stringify(pod) }] }));
    expect(contents.items.map((i) => i.path)).toContain('resources/pods/namespaces/prod/abs.json');
    expect(contents.notices).toMatchObject([{ code: 'absolute-path', path: name }]);
  });

  it('links, devices and fifos are not read, even under an item name', () => {
    const extra = [
      { name: 'resources/pods/namespaces/prod/link.json', typeflag: '2', linkName: '/etc/passwd' },
      {
        name: 'resources/pods/namespaces/prod/hard.json',
        typeflag: '1',
        linkName: 'metadata/version',
      },
      { name: 'dev/tty', typeflag: '3' },
      { name: 'fifo', typeflag: '6' },
    ];
    const contents = contentsOf(readWith({ extra }));
    expect(contents.items).toHaveLength(7);
    expect(contents.notices.map((n) => [n.code, n.path])).toEqual(
      extra.map((e) => ['entry-ignored', e.name]),
    );
  });

  it('a gzip bomb stops past the cap on inflated bytes, early', () => {
    const bomb = gzip(
      writeTar([
        { name: 'metadata/version', data: '1.1.0\n' },
        { name: 'resources/zeros.json', data: new Uint8Array(4 << 20) },
      ]),
    );
    expect(bomb.length).toBeLessThan(64 << 10);
    const reader = createBackupReader({ maxInflatedBytes: 256 << 10 });
    let pushed = 0;
    for (const chunk of chunksOf(bomb, 1024)) {
      if (reader.done) break;
      reader.push(chunk);
      pushed += chunk.length;
    }
    expect(reader.finish()).toMatchObject({ kind: 'error', code: 'too-large' });
    expect(pushed).toBeLessThan(bomb.length);
  });

  it('the default cap is 1 GiB', () => {
    const result = createBackupReader().finish();
    expect(result).toMatchObject({ code: 'not-gzip' });
    expect(readBackupBytes(buildBackup(objects), { maxInflatedBytes: 1000 })).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('1000 bytes') as string,
    });
  });

  it.each([0.1, 0.5, 0.9])('an archive cut at %f of its length is truncated', (fraction) => {
    const bytes = buildBackup(objects);
    expect(errorOf(read(bytes.subarray(0, Math.floor(bytes.length * fraction))))).toBe('truncated');
  });

  it("a missing gzip trailer goes unnoticed, as Velero stops reading at the tar's end", () => {
    const bytes = buildBackup(objects);
    expect(read(bytes.subarray(0, bytes.length - 8)).kind).toBe('backup');
  });

  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(0), 'not-gzip'],
    ['a plain tar', writeTar([{ name: 'metadata/version', data: '1.1.0\n' }]), 'not-gzip'],
    ['YAML', new TextEncoder().encode('apiVersion: v1\nkind: Pod\n'), 'not-gzip'],
    ['gzip of text', gzip(new TextEncoder().encode('hello '.repeat(200))), 'not-tar'],
    [
      'a tar of other files',
      gzip(writeTar([{ name: 'src/main.go', data: 'package main' }])),
      'not-velero-backup',
    ],
    ['an empty tar', gzip(writeTar([])), 'not-velero-backup'],
  ])('%s is refused', (_name, bytes, code) => {
    expect(errorOf(read(bytes))).toBe(code);
  });

  it('corrupt gzip data is refused', () => {
    const bytes = buildBackup(objects).slice();
    bytes[2] = 7; // the compression method
    expect(errorOf(read(bytes))).toBe('gzip-corrupt');
  });

  it('a corrupt tar header is refused', () => {
    const tar = writeTar([
      { name: 'metadata/version', data: '1.1.0\n' },
      { name: 'resources/pods/namespaces/a/b.json', data: '{}' },
    ]);
    tar[1024 + 10] = 0x7f;
    expect(errorOf(read(gzip(tar)))).toBe('tar-corrupt');
  });

  it('an item that does not decode is reported; the rest is read', () => {
    const extra = [
      { name: 'resources/pods/namespaces/prod/broken.json', data: '{"kind":"Pod",' },
      { name: 'resources/pods/namespaces/prod/nokind.json', data: '{"apiVersion":"v1"}' },
      { name: 'resources/pods/namespaces/prod/list.json', data: '[]' },
      { name: 'resources/pods/namespaces/prod/empty.json', data: '' },
    ];
    const contents = contentsOf(readWith({ extra }));
    expect(contents.items).toHaveLength(7);
    expect(contents.notices.map((n) => [n.code, n.path])).toEqual(
      extra.map((e) => ['item-unreadable', e.name]),
    );
    expect(contents.notices[1]!.message).toContain("Object 'Kind' is missing");
    expect(contents.resources.find((r) => r.groupResource === 'pods')?.items).toBe(7);
  });

  it('a workload is kept as text for context; the analysis, not the reader, reports it broken', () => {
    const name = 'resources/deployments.apps/namespaces/prod/zz-broken.json';
    const contents = contentsOf(readWith({ extra: [{ name, data: '{"kind":' }] }));
    expect(contents.notices).toEqual([]);
    expect(contents.items.find((i) => i.path === name)).toMatchObject({ kind: 'Deployment' });
    const select = { labelSelector: {} };
    const selected = contentsOf(
      read(buildBackup(objects, { extra: [{ name, data: '{' }] }), { select }),
    );
    expect(selected.notices).toMatchObject([{ code: 'item-unreadable', path: name }]);
  });

  it('files Velero does not list as items are reported, not read', () => {
    const extra = [
      { name: 'resources/pods/namespaces/prod/db-0.yaml', data: 'kind: Pod' },
      { name: 'resources/stray.json', data: '{}' },
      { name: 'resources/pods/namespaces/prod/sub/deep.json', data: '{}' },
    ];
    const contents = contentsOf(readWith({ extra }));
    expect(contents.notices.map((n) => n.code)).toEqual([
      'item-unreadable',
      'outside-layout',
      'outside-layout',
    ]);
  });

  it('a later entry of the same path replaces the earlier one, as extraction does', () => {
    const later = podObject('prod', 'db-0', { labels: { version: 'later' } });
    const extra = [
      { name: 'resources/pods/namespaces/prod/db-0.json', data: JSON.stringify(later) },
    ];
    const contents = contentsOf(readWith({ extra }));
    const pod = contents.items.find((i) => i.name === 'db-0');
    expect(pod?.text).toContain('"version":"later"');
    expect(contents.notices).toMatchObject([{ code: 'duplicate-entry' }]);
  });

  it('a failing source is read-failed, not a throw', async () => {
    async function* failing() {
      await Promise.resolve();
      yield buildBackup(objects).subarray(0, 100);
      throw new Error('EIO: i/o error');
    }
    expect(await readBackup(failing())).toEqual({
      kind: 'error',
      code: 'read-failed',
      message: 'reading the archive failed: EIO: i/o error',
    });
  });
});
