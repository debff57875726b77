import { describe, expect, it } from 'vitest';
import { editText } from './textEdit.ts';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: db # the database
  annotations:
    post.hook.restore.velero.io/command: '["ls"]'
spec:
  containers:
    - name: db
      image: postgres:16
`;

describe('editText', () => {
  it('sets one annotation and leaves comments as they were', () => {
    const out = editText(pod, 0, ['metadata', 'annotations', 'a/b'], 'x')!;
    expect(out).toContain('  name: db # the database\n');
    expect(out).toContain(`    post.hook.restore.velero.io/command: '["ls"]'\n    a/b: x\n`);
  });

  it('removes the annotations map with its last key, not below the floor', () => {
    const out = editText(
      pod,
      0,
      ['metadata', 'annotations', 'post.hook.restore.velero.io/command'],
      undefined,
      2,
    )!;
    expect(out).not.toContain('annotations');
    expect(out).toContain('metadata:\n  name: db # the database\nspec:');
  });

  it('removing an absent key changes nothing, even beside a last key', () => {
    const path = ['metadata', 'annotations', 'init.hook.restore.velero.io/timeout'];
    expect(editText(pod, 0, path, undefined, 2)).toBe(pod);
  });

  it('keeps the floor: removing the last key never removes its parent at the floor', () => {
    const text = 'spec:\n  hooks:\n    resources:\n      - name: a\n';
    expect(editText(text, 0, ['spec', 'hooks', 'resources', 0], undefined, 3)).toBe(
      'spec:\n  hooks:\n    {}\n',
    );
  });

  it('writes a block list into an empty flow list', () => {
    const text = 'exec:\n  container: db\n  command: []\n';
    expect(editText(text, 0, ['exec', 'command'], ['a', 'b'])).toBe(
      'exec:\n  container: db\n  command:\n    - a\n    - b\n',
    );
  });

  it('writes a block map into an empty flow map on the way', () => {
    const text = 'labelSelector: {}\nname: x\n';
    expect(editText(text, 0, ['labelSelector', 'matchLabels'], { app: 'db' })).toBe(
      'labelSelector:\n  matchLabels:\n    app: db\nname: x\n',
    );
  });

  it('writes a scalar as setIn does, keeping a flow map flow', () => {
    expect(editText('labelSelector: {}\n', 0, ['labelSelector', 'matchLabels', 'app'], 'db')).toBe(
      'labelSelector: {matchLabels: {app: db}}\n',
    );
  });

  it('gives null when the document does not parse', () => {
    expect(editText('a: [', 0, ['a'], 1)).toBeNull();
  });
});
