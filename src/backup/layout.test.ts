import { describe, expect, it } from 'vitest';
import { resolveEntryPath, placeInLayout } from './layout.ts';

describe('resolveEntryPath (filepath.Join(dir, name) seen from dir)', () => {
  it.each<[string, string | null, boolean]>([
    ['resources/pods/namespaces/a/b.json', 'resources/pods/namespaces/a/b.json', false],
    ['/resources/pods/namespaces/a/b.json', 'resources/pods/namespaces/a/b.json', true],
    ['./resources//pods/./x.json', 'resources/pods/x.json', false],
    ['resources/pods/../pods/x.json', 'resources/pods/x.json', false],
    ['resources/', 'resources', false],
    ['a/..', '', false],
    ['', '', false],
    ['..', null, false],
    ['../x', null, false],
    ['a/../../x', null, false],
    ['/../x', null, true],
    ['..a/x', '..a/x', false],
    ['a/..b', 'a/..b', false],
    ['a\\..\\..\\x', 'a\\..\\..\\x', false],
  ])('%j → %j', (name, path, absolute) => {
    const found = resolveEntryPath(name);
    if (path === null) expect(found).toEqual({ kind: 'escapes' });
    else expect(found).toEqual({ kind: 'inside', path, absolute });
  });
});

describe('placeInLayout (pkg/archive/parser.go Parse)', () => {
  it.each<[string, object]>([
    ['metadata/version', { kind: 'format-version' }],
    [
      'resources/pods/namespaces/prod/db.json',
      { kind: 'item', groupResource: 'pods', namespace: 'prod', file: 'db.json' },
    ],
    [
      'resources/namespaces/cluster/prod.json',
      { kind: 'item', groupResource: 'namespaces', namespace: '', file: 'prod.json' },
    ],
    [
      'resources/pods/v1-preferredversion/namespaces/prod/db.json',
      { kind: 'versioned-copy', groupResource: 'pods', version: 'v1', preferred: true },
    ],
    [
      'resources/hpa.autoscaling/v2beta1/cluster/x.json',
      {
        kind: 'versioned-copy',
        groupResource: 'hpa.autoscaling',
        version: 'v2beta1',
        preferred: false,
      },
    ],
    ['resources/pods/namespaces/prod/sub/db.json', { kind: 'ignored-resource-file' }],
    ['resources/pods/namespaces/db.json', { kind: 'ignored-resource-file' }],
    ['resources/pods/db.json', { kind: 'ignored-resource-file' }],
    ['resources/stray.json', { kind: 'ignored-resource-file' }],
    ['resources', { kind: 'other' }],
    ['metadata/other', { kind: 'other' }],
    ['README', { kind: 'other' }],
  ])('%s', (path, place) => {
    expect(placeInLayout(path)).toEqual(place);
  });
});
