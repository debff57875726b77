import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findDiagnostics, toFound, yaml, restoreWithHook, buildPod } from '../testing/rules.ts';
import { findCommandPaths } from './wait-for-ready-needs-hook.ts';

const code = 'wait-for-ready-needs-hook';

/** A Pod whose exec hook annotations start on line 6 (keys at column 5); its containers follow `spec:`. */
const pod = (annotations: string[], containers: string[]) =>
  buildPod({ name: 'search-0', annotations, spec: ['  containers:', ...containers] });

const probeFile = [
  '  - name: search',
  '    image: search:4',
  '    readinessProbe:',
  '      exec:',
  '        command: [test, -f, /tmp/ready]',
];

const restore = (...postHooks: string[]) => restoreWithHook('warm', ...postHooks);

const plain = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: web}',
  'spec:',
  '  containers:',
  '  - name: app',
  '    readinessProbe: {exec: {command: [/bin/sh, -c, "cat /srv/warm/done"]}}',
  '  - name: side',
);

describe(code, () => {
  it.each([
    [
      'the annotation hook touches the file the probe tests, with a wait timeout',
      pod(
        [
          `post.hook.restore.velero.io/command: '["/bin/sh", "-c", "warm && touch /tmp/ready"]'`,
          'post.hook.restore.velero.io/wait-for-ready: "true"',
          'post.hook.restore.velero.io/wait-timeout: 15m',
        ],
        probeFile,
      ),
      undefined,
      [
        {
          file: 'manifests.yaml',
          line: 7,
          column: 49,
          endLine: 7,
          endColumn: 55,
          severity: 'warning',
          data: {
            hook: 'The exec hook annotation',
            pod: 'default/search-0',
            container: 'search',
            path: '/tmp/ready',
            deadline: '15m0s',
            podCount: 1,
          },
        },
      ],
    ],
    [
      'two spec hooks: one waits for ready, the other writes the file; no wait timeout (two pods)',
      plain + '---\n' + plain.replace('name: web', 'name: web-2'),
      restore(
        '      - exec:',
        '          command: [/bin/migrate]',
        '          waitForReady: true',
        '      - exec:',
        '          container: app',
        '          command: [/bin/sh, -c, "load && mkdir -p /srv/warm && date > /srv/warm/done"]',
      ),
      [
        {
          file: 'restore.yaml',
          line: 12,
          column: 25,
          endLine: 12,
          endColumn: 29,
          data: {
            hook: 'Restore hook "warm" (postHooks[0])',
            pod: 'default/web',
            container: 'app',
            path: '/srv/warm/done',
            deadline: null,
            podCount: 2,
          },
        },
      ],
    ],
  ] as const)('%s', (_name, text, restoreText, expected) => {
    expect(findDiagnostics(code, text, restoreText)).toMatchObject(expected);
  });

  it('names the readiness probe as the related place', () => {
    const restoreText = restore(
      '      - exec: {command: [/bin/sh, -c, "touch /srv/warm/done"], waitForReady: true}',
    );
    const found = analyze({
      manifests: [{ name: 'manifests.yaml', text: plain }],
      restore: { name: 'restore.yaml', text: restoreText },
    }).diagnostics.filter((d) => d.code === code);
    expect(found.map(toFound)).toMatchObject([
      { file: 'restore.yaml', line: 10, column: 78, endLine: 10, endColumn: 82 },
    ]);
    expect(found[0]!.related).toEqual([
      {
        file: 'manifests.yaml',
        document: 0,
        range: { start: { line: 7, column: 5 }, end: { line: 7, column: 19 } },
        message: 'the readiness probe of app checks /srv/warm/done',
      },
    ]);
  });

  it.each([
    [
      'a hook that does not wait for ready',
      pod(
        [`post.hook.restore.velero.io/command: '["/bin/sh", "-c", "touch /tmp/ready"]'`],
        probeFile,
      ),
    ],
    [
      'a hook that only runs what the probe runs',
      pod(
        [
          `post.hook.restore.velero.io/command: '["pg_isready", "-U", "postgres"]'`,
          'post.hook.restore.velero.io/wait-for-ready: "true"',
        ],
        ['  - name: db', '    readinessProbe: {exec: {command: [pg_isready, -U, postgres]}}'],
      ),
    ],
    [
      'a probe on another container',
      pod(
        [
          'post.hook.restore.velero.io/container: side',
          `post.hook.restore.velero.io/command: '["/bin/sh", "-c", "touch /tmp/ready"]'`,
          'post.hook.restore.velero.io/wait-for-ready: "true"',
        ],
        [...probeFile, '  - name: side'],
      ),
    ],
    [
      'an HTTP readiness probe',
      pod(
        [
          `post.hook.restore.velero.io/command: '["/bin/sh", "-c", "touch /tmp/ready"]'`,
          'post.hook.restore.velero.io/wait-for-ready: "true"',
        ],
        ['  - name: app', '    readinessProbe: {httpGet: {path: /tmp/ready, port: 80}}'],
      ),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });
});

describe('findCommandPaths', () => {
  it.each([
    [['test', '-f', '/tmp/ready'], ['/tmp/ready']],
    [
      ['/bin/sh', '-c', 'cat /srv/x/ && /usr/local/bin/check --file=/data/ok.flag > /dev/null'],
      ['/srv/x', '/data/ok.flag'],
    ],
    [['/bin/sh', '-c', 'curl localhost:9200/_warm'], []],
    [['/tmp/only-the-program'], []],
  ])('%j → %j', (command, paths) => {
    expect([...findCommandPaths(command)]).toEqual(paths);
  });
});
