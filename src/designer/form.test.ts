import { describe, expect, it } from 'vitest';
import { findRestore, getIn } from './form.ts';
import { setIn } from '../yaml/edit.ts';

const manifests = `apiVersion: v1
kind: Pod
metadata:
  name: a
  annotations:
    post.hook.restore.velero.io/command: '["ls"]'
---
apiVersion: v1
kind: List
items:
  - apiVersion: velero.io/v1
    kind: Restore
    metadata: {name: r}
    spec:
      hooks:
        resources:
          - name: one
`;

describe('getIn', () => {
  it('reads the plain value at a path of one document', () => {
    expect(
      getIn(manifests, 0, ['metadata', 'annotations', 'post.hook.restore.velero.io/command']),
    ).toBe('["ls"]');
    expect(getIn(manifests, 1, ['items', 0, 'spec', 'hooks', 'resources', 0, 'name'])).toBe('one');
  });

  it('gives undefined for absent paths, wrong steps and bad documents', () => {
    expect(getIn(manifests, 0, ['metadata', 'labels'])).toBeUndefined();
    expect(getIn(manifests, 0, ['metadata', 0])).toBeUndefined();
    expect(getIn(manifests, 1, ['items', 5])).toBeUndefined();
    expect(getIn(manifests, 2, [])).toBeUndefined();
    expect(getIn('a: [', 0, ['a'])).toBeUndefined();
    expect(getIn('a: {}', 0, ['toString'])).toBeUndefined();
  });

  it('reads back what setIn wrote', () => {
    const path = ['metadata', 'annotations', 'init.hook.restore.velero.io/command'];
    const text = setIn(manifests, 0, path, JSON.stringify(['/bin/sh', '-c', 'echo hi']))!;
    expect(getIn(text, 0, path)).toBe('["/bin/sh","-c","echo hi"]');
  });
});

describe('findRestore', () => {
  it('finds the first Restore, inside a List too', () => {
    const found = findRestore(manifests)!;
    expect(found.document).toBe(1);
    expect(found.path).toEqual(['items', 0]);
    expect(getIn(manifests, found.document, [...found.path, 'metadata', 'name'])).toBe('r');
  });

  it('gives null when there is no Restore', () => {
    expect(findRestore('')).toBeNull();
    expect(findRestore('kind: Pod\napiVersion: v1\n')).toBeNull();
  });
});
