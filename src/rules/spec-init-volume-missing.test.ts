import { describe, expect, it } from 'vitest';
import { findDiagnostics, yaml, restoreWithResources } from '../testing/rules.ts';

const manifests = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: db, namespace: prod, labels: {app: db}}',
  'spec:',
  '  volumes:',
  '  - {name: data, emptyDir: {}}',
  '  - {name: config, emptyDir: {}}',
  '  containers: [{name: app, image: postgres}]',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata: {name: cache, namespace: prod}',
  'spec:',
  '  template:',
  '    metadata: {labels: {app: cache}}',
  '    spec:',
  '      containers: [{name: redis, image: redis}]',
);
const restore = (selector: string, ...mounts: string[]) =>
  restoreWithResources(
    '    - name: prep',
    `      labelSelector: {matchLabels: {app: ${selector}}}`,
    '      postHooks:',
    '      - init:',
    '          initContainers:',
    '          - name: fix-perms',
    '            image: busybox',
    '            command: [chown, -R, "999", /data]',
    '            volumeMounts:',
    ...mounts,
  );

describe('spec-init-volume-missing', () => {
  it.each([
    [
      'a volume the pod lacks: points at the mount name, lists the pod volumes',
      restore('db', '            - name: pgdata', '              mountPath: /data'),
      [
        {
          line: 17,
          column: 21,
          endLine: 17,
          endColumn: 27,
          data: {
            volume: 'pgdata',
            container: '"fix-perms"',
            hook: 'hook "prep"',
            pods: 'pod prod/db (volumes: data, config) does not have',
          },
        },
      ],
    ],
    [
      'two mounts, one fits: only the other is reported',
      restore(
        'db',
        '            - {name: data, mountPath: /data}',
        '            - {name: scratch, mountPath: /tmp}',
      ),
      [{ line: 18, column: 22, endLine: 18, endColumn: 29, data: { volume: 'scratch' } }],
    ],
    [
      "a workload's pod template without volumes",
      restore('cache', '            - {name: cache, mountPath: /c}'),
      [
        {
          line: 17,
          column: 22,
          endLine: 17,
          endColumn: 27,
          data: { volume: 'cache', pods: 'pod StatefulSet prod/cache (no volumes) does not have' },
        },
      ],
    ],
  ] as const)('%s', (_name, text, expected) => {
    expect(findDiagnostics('spec-init-volume-missing', manifests, text)).toMatchObject(expected);
  });

  it('names every pod that lacks the volume', () => {
    const text = restore('db', '            - {name: cache, mountPath: /c}').replace(
      '      labelSelector: {matchLabels: {app: db}}\n',
      '',
    );
    expect(findDiagnostics('spec-init-volume-missing', manifests, text)).toMatchObject([
      {
        line: 16,
        column: 22,
        endLine: 16,
        endColumn: 27,
        data: {
          pods: 'these pods do not have: prod/db (volumes: data, config); StatefulSet prod/cache (no volumes)',
        },
      },
    ]);
  });

  it.each([
    [
      'mounts of volumes the pod has',
      restore(
        'db',
        '            - {name: data, mountPath: /data}',
        '            - {name: config, mountPath: /etc/app}',
      ),
    ],
    ['a hook that matches no pod', restore('web', '            - {name: nothing, mountPath: /x}')],
  ])('is silent for %s', (_name, text) => {
    expect(findDiagnostics('spec-init-volume-missing', manifests, text)).toEqual([]);
  });
});

describe('spec-init-volume-missing on a StatefulSet with volumeClaimTemplates', () => {
  const statefulSet = yaml(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: pg, namespace: prod}',
    'spec:',
    '  serviceName: pg',
    '  template:',
    '    metadata: {labels: {app: pg}}',
    '    spec:',
    '      volumes: [{name: config, configMap: {name: pg}}]',
    '      containers:',
    '      - name: postgres',
    '        image: postgres:16',
    '        volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]',
    '  volumeClaimTemplates:',
    '  - metadata: {name: data}',
    '    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
  );

  it.each([
    [
      'the claim volume',
      restore('pg', '            - {name: data, mountPath: /var/lib/postgresql}'),
    ],
    [
      'the claim volume and a template volume',
      restore(
        'pg',
        '            - name: config',
        '              mountPath: /etc/pg',
        '            - name: data',
        '              mountPath: /data',
      ),
    ],
  ])('is silent for a mount of %s', (_name, text) => {
    expect(findDiagnostics('spec-init-volume-missing', statefulSet, text)).toEqual([]);
  });

  it('still reports names that are neither a pod volume nor a template, listing the claim volume', () => {
    const text = restore(
      'pg',
      '            - {name: data, mountPath: /data}',
      '            - {name: pgdata, mountPath: /pg}',
      '            - name: cassandra-data',
      '              mountPath: /c',
    );
    expect(findDiagnostics('spec-init-volume-missing', statefulSet, text)).toMatchObject([
      {
        line: 18,
        column: 22,
        endLine: 18,
        endColumn: 28,
        data: {
          volume: 'pgdata',
          pods: 'pod StatefulSet prod/pg (volumes: data, config) does not have',
        },
      },
      { line: 19, column: 21, endLine: 19, endColumn: 35, data: { volume: 'cassandra-data' } },
    ]);
  });
});
