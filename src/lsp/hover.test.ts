import { describe, expect, it } from 'vitest';
import { resolveVeleroVersion, type VeleroVersion } from '../index.ts';
import { renderAnnotationHover, findAnnotationKeyAt } from './hover.ts';

const version = (name: string): VeleroVersion => resolveVeleroVersion(name).version!;

describe('findAnnotationKeyAt', () => {
  it.each([
    // YAML plain key; the cursor on its first and last character.
    [
      '    post.hook.restore.velero.io/on-error: fail',
      4,
      'post.hook.restore.velero.io/on-error',
      4,
      40,
    ],
    [
      '    post.hook.restore.velero.io/on-error: fail',
      40,
      'post.hook.restore.velero.io/on-error',
      4,
      40,
    ],
    // Quoted YAML key and a JSON member name: the span leaves the quotes out.
    [
      "  'init.hook.restore.velero.io/command': '[]'",
      10,
      'init.hook.restore.velero.io/command',
      3,
      38,
    ],
    [
      '{"post.hook.restore.velero.io/container": "db"}',
      30,
      'post.hook.restore.velero.io/container',
      2,
      39,
    ],
    // A flow mapping with two keys: the one under the cursor.
    [
      'annotations: {a: b, backup.velero.io/backup-volumes: data}',
      25,
      'backup.velero.io/backup-volumes',
      20,
      51,
    ],
    // An unknown key under a hook prefix is still a hook key (its hover says Velero ignores it).
    [
      '    post.hook.restore.velero.io/timeout: 1m',
      12,
      'post.hook.restore.velero.io/timeout',
      4,
      39,
    ],
  ])('%j at %i is %s [%i, %i)', (line, character, key, start, end) => {
    expect(findAnnotationKeyAt(line, character)).toEqual({ key, start, end });
  });

  it.each([
    ['    post.hook.restore.velero.io/on-error: fail', 43], // on the value
    ['    post.hook.restore.velero.io/on-error: fail', 2], // before the key
    ['    command: post.hook.restore.velero.io/on-error', 20], // a value, not a key
    ['    app.kubernetes.io/name: db', 8], // not a hook annotation
  ])('%j at %i is no key', (line, character) => {
    expect(findAnnotationKeyAt(line, character)).toBeNull();
  });
});

describe('renderAnnotationHover', () => {
  it('explains a key and says when the chosen release ignores it', () => {
    const key = 'post.hook.restore.velero.io/wait-for-ready';
    expect(renderAnnotationHover(key, version('1.18'))).toContain('strconv.ParseBool');
    expect(renderAnnotationHover(key, version('1.18'))).not.toContain('ignores this key');
    expect(renderAnnotationHover(key, version('1.12'))).toContain(
      '**Velero 1.12.4 ignores this key**',
    );
  });

  it('says Velero reads no such key, with the keys it reads under that prefix', () => {
    const text = renderAnnotationHover('init.hook.restore.velero.io/image', version('1.18'));
    expect(text).toContain('Velero reads no such key');
    expect(text).toContain('`container-image`, `container-name`, `command`, `timeout`');
  });
});
