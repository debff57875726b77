import { describe, expect, it } from 'vitest';
import {
  findDiagnostics,
  yaml,
  annotatedPod as pod,
  annotatedDeployment as deployment,
} from '../testing/rules.ts';
import { fixedTexts } from '../testing/ruleFixes.ts';

const code = 'unknown-hook-annotation';

const timeout = pod(
  'post.hook.restore.velero.io/command: /bin/flush',
  'post.hook.restore.velero.io/timeout: 30s',
);
const typos = pod(
  'init.hook.restore.velero.io/image: busybox',
  'Post.Hook.Restore.velero.io/Command: /bin/true',
);

describe(code, () => {
  it.each([
    [
      'a backup-style timeout on an exec hook',
      timeout,
      [
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 40,
          data: {
            pod: 'default/db',
            key: 'post.hook.restore.velero.io/timeout',
            suggestion: 'post.hook.restore.velero.io/exec-timeout',
          },
        },
      ],
    ],
    [
      'a short name and the wrong case (two diagnostics)',
      typos,
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 38,
          data: { suggestion: 'init.hook.restore.velero.io/container-image' },
        },
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 40,
          data: { suggestion: 'post.hook.restore.velero.io/command' },
        },
      ],
    ],
    [
      'a misspelled prefix, and an init key under the exec prefix, in a Deployment',
      deployment(
        'post.hooks.restore.velero.io/command: /bin/true',
        'post.hook.restore.velero.io/container-image: busybox',
      ),
      [
        {
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 45,
          data: { pod: 'Deployment shop/web', suggestion: 'post.hook.restore.velero.io/command' },
        },
        {
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 52,
          data: { suggestion: 'init.hook.restore.velero.io/container-image' },
        },
      ],
    ],
    [
      'an invented key, and a typo whose correct key is already set',
      pod(
        'post.hook.restore.velero.io/retries: "3"',
        'post.hook.restore.velero.io/exec-timeout: 10s',
        'post.hook.restore.velero.io/exec-timout: 5s',
      ),
      [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 40,
          data: { key: 'post.hook.restore.velero.io/retries', suggestion: null },
        },
        {
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 44,
          data: { suggestion: 'post.hook.restore.velero.io/exec-timeout' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it.each([
    [
      'every key Velero reads',
      pod(
        'post.hook.restore.velero.io/command: /bin/true',
        'post.hook.restore.velero.io/wait-for-ready: "true"',
        'init.hook.restore.velero.io/container-image: busybox',
        "init.hook.restore.velero.io/command: '[]'",
      ),
    ],
    ['the init timeout (init-timeout-ignored)', pod('init.hook.restore.velero.io/timeout: 2m')],
    [
      'backup hooks and other Velero annotations',
      pod(
        'pre.hook.backup.velero.io/command: /bin/freeze',
        'backup.velero.io/backup-volumes: data',
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('renames the key unless the right one is already set', () => {
    expect(fixedTexts(code, timeout)).toEqual([
      timeout.replace(
        'post.hook.restore.velero.io/timeout',
        'post.hook.restore.velero.io/exec-timeout',
      ),
    ]);
    expect(fixedTexts(code, typos)).toEqual([
      typos.replace(
        'init.hook.restore.velero.io/image',
        'init.hook.restore.velero.io/container-image',
      ),
      typos.replace('Post.Hook.Restore.velero.io/Command', 'post.hook.restore.velero.io/command'),
    ]);
    expect(
      fixedTexts(
        code,
        pod(
          'post.hook.restore.velero.io/exec-timeout: 10s',
          'post.hook.restore.velero.io/exec-timout: 5s',
        ),
      ),
    ).toEqual([null]);
  });

  it("reports a look-alike key on a workload's own metadata too (a pre-restore hook that does not exist)", () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  namespace: shop',
      '  annotations:',
      `    pre.hook.restore.velero.io/command: '["/bin/x"]'`,
      '    post.hook.restore.velero.io/command: /bin/y',
      'spec:',
      '  template:',
      '    spec: {containers: [{name: app, image: nginx}]}',
    );
    expect(findDiagnostics('unknown-hook-annotation', text)).toMatchObject([
      {
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 39,
        data: {
          pod: 'Deployment shop/web (its own metadata)',
          key: 'pre.hook.restore.velero.io/command',
          suggestion: 'post.hook.restore.velero.io/command',
        },
      },
    ]);
  });
});
