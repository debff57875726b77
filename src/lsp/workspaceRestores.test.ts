import { describe, expect, it } from 'vitest';
import { chooseRestore, holdsRestore, looksLikeRestore } from './workspaceRestores.ts';

const RESTORE =
  'apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: r}\nspec: {backupName: b}\n';

describe('chooseRestore', () => {
  const restores = (...uris: string[]) => new Map(uris.map((u) => [u, `# ${u}`]));
  const folders = ['file:///repo'];

  it.each([
    [
      'the same folder first',
      'file:///repo/apps/pod.yaml',
      ['file:///repo/restore.yaml', 'file:///repo/apps/r.yaml'],
      'file:///repo/apps/r.yaml',
    ],
    [
      'then the folders above',
      'file:///repo/apps/db/pod.yaml',
      ['file:///repo/restore.yaml', 'file:///repo/other/r.yaml'],
      'file:///repo/restore.yaml',
    ],
    [
      'the first by name when a folder has two',
      'file:///repo/pod.yaml',
      ['file:///repo/b.yaml', 'file:///repo/a.yaml'],
      'file:///repo/a.yaml',
    ],
    [
      'else the workspace’s only Restore',
      'file:///repo/apps/pod.yaml',
      ['file:///repo/restores/r.yaml'],
      'file:///repo/restores/r.yaml',
    ],
    [
      'none when several are elsewhere',
      'file:///repo/apps/pod.yaml',
      ['file:///repo/x/r.yaml', 'file:///repo/y/r.yaml'],
      null,
    ],
    [
      'never outside the workspace folder',
      'file:///repo/pod.yaml',
      ['file:///restore.yaml', 'file:///other/r.yaml'],
      null,
    ],
    ['never the document itself', 'file:///repo/restore.yaml', ['file:///repo/restore.yaml'], null],
    [
      'an untitled document: the only Restore',
      'untitled:Untitled-1',
      ['file:///repo/restore.yaml'],
      'file:///repo/restore.yaml',
    ],
  ])('%s', (_, doc, candidates, expected) => {
    expect(chooseRestore(doc, restores(...candidates), folders)?.uri ?? null).toBe(expected);
  });
});

describe('looksLikeRestore and holdsRestore', () => {
  it.each([
    [RESTORE, true, true],
    ['{"apiVersion": "velero.io/v1", "kind": "Restore", "spec": {}}', true, true],
    ['{\n  "apiVersion": "velero.io/v1",\n  "kind": "Restore",\n  "spec": {}\n}\n', true, true],
    [`kind: List\nitems:\n- apiVersion: velero.io/v1\n  kind: Restore\n  spec: {}\n`, true, true],
    ['apiVersion: velero.io/v1\nkind: Backup\n', false, false],
    ['apiVersion: v1\nkind: Restore\n# velero.io/v1\n', true, false],
  ])('%j: looks %s, holds %s', (text, looks, holds) => {
    expect(looksLikeRestore(text)).toBe(looks);
    expect(holdsRestore(text)).toBe(holds);
  });
});
