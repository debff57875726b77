import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { findDiagnostics, buildDeployment, buildPod } from '../testing/rules.ts';

const code = 'init-annotation-uses-mounted-path';

const postgres = buildPod({
  name: 'pg',
  annotations: [
    'init.hook.restore.velero.io/container-image: busybox',
    `init.hook.restore.velero.io/command: '["rm", "-f", "/var/lib/postgresql/data/postmaster.pid"]'`,
  ],
  spec: [
    '  containers:',
    '  - name: postgres',
    '    image: postgres:16',
    '    volumeMounts:',
    '    - name: data',
    '      mountPath: /var/lib/postgresql/data',
  ],
});

/** A Deployment whose init command is on line 9 (value at column 46) and whose mounts are given. */
const deployment = (command: string, ...mounts: string[]) =>
  buildDeployment({
    annotations: [
      'init.hook.restore.velero.io/container-image: busybox',
      `init.hook.restore.velero.io/command: ${command}`,
    ],
    podSpec: [
      '    spec:',
      '      initContainers:',
      '      - name: migrate',
      '        image: app',
      `        volumeMounts: [${mounts.join(', ')}]`,
      '      containers: [{name: app, image: app}]',
    ],
  });

describe(code, () => {
  it.each([
    [
      'rm of a file on the data volume',
      postgres,
      [
        {
          line: 7,
          column: 42,
          endLine: 7,
          endColumn: 99,
          data: {
            pod: 'default/pg',
            path: '/var/lib/postgresql/data/postmaster.pid',
            mountPath: '/var/lib/postgresql/data',
            volume: 'data',
            container: 'postgres',
          },
        },
      ],
    ],
    [
      'a shell line on a volume of an init container, and a mount path with a trailing slash (two diagnostics)',
      deployment(
        `'["/bin/sh", "-c", "chown -R 999 /srv/www"]'`,
        '{name: www, mountPath: /srv/www/}',
      ) +
        '---\n' +
        deployment(
          `'["ls", "/cache/x"]'`,
          '{name: cache, mountPath: /cache}',
          '{name: c2, mountPath: /cache/x}',
        ),
      [
        {
          line: 9,
          column: 46,
          endLine: 9,
          endColumn: 90,
          data: { path: '/srv/www', mountPath: '/srv/www', container: 'migrate' },
        },
        {
          line: 25,
          column: 46,
          endLine: 25,
          endColumn: 66,
          data: { path: '/cache/x', mountPath: '/cache/x', volume: 'c2' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics(code, text)).toMatchObject(expected);
  });

  it.each([
    [
      'paths outside the mounts',
      deployment(`'["rm", "-f", "/tmp/lock", "/data2/x"]'`, '{name: d, mountPath: /data}'),
    ],
    ['a mount of the root', deployment(`'["rm", "/etc/x"]'`, '{name: d, mountPath: /}')],
    [
      'no image (no annotation hook)',
      postgres.replace('    init.hook.restore.velero.io/container-image: busybox\n', ''),
    ],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics(code, text)).toEqual([]);
  });

  it('points a related location at the mount', () => {
    const found = analyze({
      manifests: [{ name: 'manifests.yaml', text: postgres }],
    }).diagnostics.filter((d) => d.code === code);
    expect(found.map((d) => d.related?.map((r) => r.range))).toEqual([
      [{ start: { line: 14, column: 18 }, end: { line: 14, column: 42 } }],
    ]);
  });
});
