import { describe, expect, it } from 'vitest';
import { yaml } from '../testing/rules.ts';
import { readSourceFile } from '../yaml/source.ts';
import { findManifests } from './pods.ts';

const statefulSet = (...spec: string[]) =>
  yaml(
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: cassandra, namespace: db}',
    'spec:',
    '  serviceName: cassandra',
    '  template:',
    '    metadata: {labels: {app: cassandra}}',
    '    spec:',
    '      containers: [{name: cassandra, image: cassandra:4}]',
    ...spec,
  );

const podVolumes = (text: string) => {
  const [target] = findManifests([readSourceFile('sts.yaml', text)]).pods;
  return { name: target?.name, volumes: (target?.pod['spec'] as { volumes?: unknown }).volumes };
};

describe('the pod derived from a StatefulSet (Kubernetes updateStorage)', () => {
  it.each([
    [
      'one volume per template, claim <template>-<set>-0',
      statefulSet(
        '  volumeClaimTemplates:',
        '  - metadata: {name: cassandra-data}',
        '    spec: {accessModes: [ReadWriteOnce]}',
      ),
      [
        {
          name: 'cassandra-data',
          persistentVolumeClaim: { claimName: 'cassandra-data-cassandra-0' },
        },
      ],
    ],
    [
      "claim volumes first, then the template's own in their order; a same-named one is replaced",
      statefulSet(
        '      volumes:',
        '      - {name: config, configMap: {name: cassandra}}',
        '      - {name: data, emptyDir: {}}',
        '      - {name: scratch, emptyDir: {}}',
        '  volumeClaimTemplates:',
        '  - metadata: {name: data}',
        '  - metadata: {name: logs}',
      ),
      [
        { name: 'data', persistentVolumeClaim: { claimName: 'data-cassandra-0' } },
        { name: 'logs', persistentVolumeClaim: { claimName: 'logs-cassandra-0' } },
        { name: 'config', configMap: { name: 'cassandra' } },
        { name: 'scratch', emptyDir: {} },
      ],
    ],
    [
      'two templates of one name give one volume (a Go map keyed by name)',
      statefulSet(
        '  volumeClaimTemplates:',
        '  - metadata: {name: data}',
        '  - metadata: {name: data}',
      ),
      [{ name: 'data', persistentVolumeClaim: { claimName: 'data-cassandra-0' } }],
    ],
    [
      'no templates: the template volumes as written',
      statefulSet('      volumes: [{name: config, emptyDir: {}}]'),
      [{ name: 'config', emptyDir: {} }],
    ],
    ['no templates, no volumes: none added', statefulSet(), undefined],
    [
      'a template without a name adds nothing',
      statefulSet('  volumeClaimTemplates:', '  - spec: {accessModes: [ReadWriteOnce]}'),
      undefined,
    ],
  ] as const)('%s', (_name, text, volumes) => {
    expect(podVolumes(text)).toEqual({ name: 'cassandra-0', volumes });
  });

  it('leaves the manifest itself unchanged', () => {
    const text = statefulSet(
      '      volumes: [{name: data, emptyDir: {}}]',
      '  volumeClaimTemplates: [{metadata: {name: data}}]',
    );
    const manifests = findManifests([readSourceFile('sts.yaml', text)]);
    const template = (manifests.objects[0]?.value['spec'] as Record<string, unknown>)['template'];
    expect(template).toEqual({
      metadata: { labels: { app: 'cassandra' } },
      spec: {
        containers: [{ name: 'cassandra', image: 'cassandra:4' }],
        volumes: [{ name: 'data', emptyDir: {} }],
      },
    });
  });

  it.each([
    ['spec.ordinals.start: 1', '  ordinals: {start: 1}', 'cassandra-1'],
    ['spec.ordinals.start: 5', '  ordinals:\n    start: 5', 'cassandra-5'],
    ['spec.ordinals: {} (start defaults to 0)', '  ordinals: {}', 'cassandra-0'],
    ['a negative start (rejected by the API server)', '  ordinals: {start: -1}', 'cassandra-0'],
  ])('%s names the pod and its claims from that ordinal', (_name, ordinals, pod) => {
    const text = statefulSet(ordinals, '  volumeClaimTemplates: [{metadata: {name: data}}]');
    const ordinal = pod.slice('cassandra-'.length);
    expect(podVolumes(text)).toEqual({
      name: pod,
      volumes: [
        { name: 'data', persistentVolumeClaim: { claimName: `data-cassandra-${ordinal}` } },
      ],
    });
  });

  it('only a StatefulSet gets claim volumes', () => {
    const text = statefulSet('  volumeClaimTemplates: [{metadata: {name: data}}]').replace(
      'kind: StatefulSet',
      'kind: Deployment',
    );
    expect(podVolumes(text).volumes).toBeUndefined();
  });
});
