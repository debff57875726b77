import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, restoreWithHook } from '../testing/rules.ts';

const code = 'exec-hook-wait-timeout-shorter-than-queue';

const pod = (name: string) =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    `metadata: {name: ${name}, namespace: app}`,
    'spec: {containers: [{name: postgres}, {name: sidecar}]}',
  );

/** A Restore whose postHooks start on line 10. */
const restore = (...postHooks: string[]) => restoreWithHook('load', ...postHooks);

describe(code, () => {
  it.each([
    [
      'a 1m wait timeout behind a 5m exec timeout',
      pod('db'),
      restore(
        '      - exec: {container: postgres, command: [/bin/load], execTimeout: 5m, waitTimeout: 10m}',
        '      - exec: {container: postgres, command: [/bin/vacuum], waitTimeout: 1m, onError: Fail}',
      ),
      [
        {
          file: 'restore.yaml',
          line: 11,
          column: 74,
          endLine: 11,
          endColumn: 76,
          severity: 'warning',
          data: {
            hook: 'Restore hook "load" (postHooks[1])',
            pod: 'app/db',
            container: 'postgres',
            waitTimeout: '1m0s',
            queued: '5m0s',
            before: 1,
            fail: true,
            podCount: 1,
          },
        },
      ],
    ],
    [
      'default 30s exec timeouts add up past the third hook (two pods, reported once)',
      pod('db') + '---\n' + pod('db-2'),
      restore(
        '      - exec: {container: postgres, command: [/bin/a]}',
        '      - exec: {container: postgres, command: [/bin/b], waitTimeout: 45s}',
        '      - exec: {container: postgres, command: [/bin/c], waitTimeout: 50s}',
      ),
      [
        {
          line: 12,
          column: 69,
          endLine: 12,
          endColumn: 72,
          data: {
            hook: 'Restore hook "load" (postHooks[2])',
            pod: 'app/db',
            waitTimeout: '50s',
            queued: '1m0s',
            before: 2,
            fail: false,
            podCount: 2,
          },
        },
      ],
    ],
    [
      'a negative exec timeout before it (no time limit), and an annotation-free pod',
      pod('db'),
      restore(
        '      - exec:',
        '          container: sidecar',
        '          command: [/bin/wait-forever]',
        '          execTimeout: -1s',
        '      - exec:',
        '          container: sidecar',
        '          command: [/bin/after]',
        '          waitTimeout: 24h',
      ),
      [{ line: 17, column: 24, endLine: 17, endColumn: 27, data: { queued: null, before: 1 } }],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it.each([
    [
      "the docs' example: 6m after a 1m exec timeout, and a hook without wait timeout",
      restore(
        '      - exec: {container: postgres, command: [/bin/a], execTimeout: 1m, waitTimeout: 5m}',
        '      - exec: {container: postgres, command: [/bin/b], execTimeout: 1m, waitTimeout: 6m}',
        '      - exec: {container: sidecar, command: [/bin/c]}',
      ),
    ],
    [
      'hooks of different containers (their order is not fixed)',
      restore(
        '      - exec: {container: postgres, command: [/bin/a], execTimeout: 1h}',
        '      - exec: {container: sidecar, command: [/bin/b], waitTimeout: 1m}',
      ),
    ],
    [
      'a first hook with a short wait timeout',
      restore('      - exec: {container: postgres, command: [/bin/a], waitTimeout: 1s}'),
    ],
  ])('is silent for %s', (_name, restoreText) => {
    expect(findDiagnostics(code, pod('db'), restoreText)).toEqual([]);
  });
});
