import { describe, expect, it } from 'vitest';
import {
  isArchive,
  isVeleroRestore,
  explainRefusal,
  routeFiles,
  splitYamlDocuments,
} from './designFiles.ts';

const restore = 'apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: r}\n';
const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n';

describe('splitYamlDocuments', () => {
  it('splits at --- lines only, keeping each document as written', () => {
    expect(splitYamlDocuments(`---\n${pod}---\n# c\n${restore}`)).toEqual([
      `---\n${pod}`,
      `---\n# c\n${restore}`,
    ]);
    expect(splitYamlDocuments('a: |\n  ---x\nb: 1\n')).toEqual(['a: |\n  ---x\nb: 1\n']);
    expect(splitYamlDocuments('\n---\n')).toEqual([]);
  });
});

describe('isVeleroRestore', () => {
  it.each([
    [restore, true],
    ['kind: "Restore"\napiVersion: "velero.io/v1"\n', true],
    ['{"apiVersion": "velero.io/v1", "kind": "Restore"}', true],
    ['apiVersion: example.com/v1\nkind: Restore\n', false],
    [pod, false],
    ['apiVersion: velero.io/v1\nkind: Backup\n', false],
    ['kind: Pod\nmetadata:\n  annotations:\n    x: "kind: Restore velero.io/"\n', false],
  ])('%j → %s', (doc, expected) => {
    expect(isVeleroRestore(doc)).toBe(expected);
  });
});

describe('routeFiles', () => {
  it('sends Restore documents to the Restore editor and the rest to the manifests', () => {
    const routed = routeFiles([
      { name: 'all.yaml', text: `${pod}---\n${restore}` },
      { name: 'deploy.json', text: '{"kind": "Deployment"}' },
    ]);
    expect(routed).toEqual({
      manifestsText: `${pod}---\n{"kind": "Deployment"}`,
      restoreText: `---\n${restore}`,
      manifestDocuments: 2,
      restoreDocuments: 1,
    });
  });

  it('leaves an editor alone when no document is for it', () => {
    expect(routeFiles([{ name: 'r.yml', text: restore }])).toMatchObject({
      manifestsText: null,
      restoreText: restore,
    });
  });
});

describe('explainRefusal', () => {
  it('refuses other extensions and files over 20 MiB, with the numbers', () => {
    expect(explainRefusal({ name: 'a.yaml', size: 20 * 1024 * 1024 })).toBeNull();
    expect(explainRefusal({ name: 'b.YML', size: 1 })).toBeNull();
    expect(explainRefusal({ name: 'c.txt', size: 1 })).toMatch(/only \.yaml, \.yml and \.json/);
    expect(explainRefusal({ name: 'big.json', size: 25 * 1024 * 1024 })).toBe(
      'big.json was not opened: it is 25.0 MiB, and files over 20 MiB are refused.',
    );
  });
});

describe('isArchive', () => {
  const tarHeader = new Uint8Array(512);
  tarHeader.set(new TextEncoder().encode('ustar\u000000'), 257);
  it.each([
    ['gzip', true, new Uint8Array([0x1f, 0x8b, 8, 0])],
    ['tar', true, tarHeader],
    ['YAML', false, new TextEncoder().encode('apiVersion: v1\nkind: Pod\n')],
    ['empty', false, new Uint8Array(0)],
  ])('%s is an archive: %s', (_, expected, head) => expect(isArchive(head)).toBe(expected));
});
