import { describe, expect, it } from 'vitest';
import { findDiagnostics, restoreWithHook, buildPod } from '../testing/rules.ts';

const code = 'wait-timeout-during-volume-restore';

/** A pod with a file-system-backed volume; its annotations start on line 6. */
const pod = (...annotations: string[]) =>
  buildPod({
    namespace: 'prod',
    annotations: ['backup.velero.io/backup-volumes: data', ...annotations],
    spec: [
      '  containers: [{name: postgres, image: postgres}, {name: sidecar, image: busybox}]',
      '  volumes: [{name: data, persistentVolumeClaim: {claimName: data-db}}]',
    ],
  });

/** A Restore whose postHooks start on line 10. */
const restore = (...postHooks: string[]) => restoreWithHook('load', ...postHooks);

describe(code, () => {
  it.each([
    [
      'the wait-timeout annotation: the watch ends at it (every hook has one)',
      pod(
        'post.hook.restore.velero.io/command: /bin/load',
        'post.hook.restore.velero.io/wait-timeout: 2m',
      ),
      undefined,
      [
        {
          file: 'manifests.yaml',
          line: 9,
          column: 47,
          endLine: 9,
          endColumn: 49,
          severity: 'warning',
          data: {
            hook: 'The exec hook annotation',
            pod: 'prod/db',
            container: 'postgres',
            waitTimeout: '2m0s',
            volumes: 'data',
            watchDeadline: true,
            fail: false,
            podCount: 1,
          },
        },
      ],
    ],
    [
      'two spec hooks, one without a wait timeout: only the timed one, which expires but runs',
      pod(),
      restore(
        '      - exec: {container: postgres, command: [/bin/load], waitTimeout: 30s, onError: Fail}',
        '      - exec: {container: sidecar, command: [/bin/ping]}',
      ),
      [
        {
          file: 'restore.yaml',
          line: 10,
          column: 72,
          endLine: 10,
          endColumn: 75,
          data: {
            hook: 'Restore hook "load" (postHooks[0])',
            waitTimeout: '30s',
            watchDeadline: false,
            fail: true,
          },
        },
      ],
    ],
    [
      'two timed spec hooks: both reported',
      pod(),
      restore(
        '      - exec: {container: postgres, command: [/bin/load], waitTimeout: 5m}',
        '      - exec:',
        '          container: sidecar',
        '          command: [/bin/ping]',
        '          waitTimeout: 1h',
      ),
      [
        {
          line: 10,
          column: 72,
          endLine: 10,
          endColumn: 74,
          data: { waitTimeout: '5m0s', watchDeadline: false },
        },
        {
          line: 14,
          column: 24,
          endLine: 14,
          endColumn: 26,
          data: { waitTimeout: '1h0m0s', container: 'sidecar' },
        },
      ],
    ],
  ])('%s', (_, manifests, restoreText, expected) => {
    expect(findDiagnostics(code, manifests, restoreText)).toMatchObject(expected);
  });

  it('is silent without file-system-backed volumes, or without a wait timeout', () => {
    const plain = pod(
      'post.hook.restore.velero.io/command: /bin/load',
      'post.hook.restore.velero.io/wait-timeout: 2m',
    ).replace('backup-volumes: data', 'backup-volumes: other');
    expect(findDiagnostics(code, plain)).toEqual([]);
    expect(findDiagnostics(code, pod('post.hook.restore.velero.io/command: /bin/load'))).toEqual(
      [],
    );
  });

  it.each(['1.10.0', '1.13.0', 'main'])(
    'holds on %s (the wait clock starts at pod creation in every release)',
    (version) => {
      const text = pod(
        'post.hook.restore.velero.io/command: /bin/load',
        'post.hook.restore.velero.io/wait-timeout: 2m',
      );
      expect(findDiagnostics(code, text, undefined, version)).toHaveLength(1);
    },
  );
});
