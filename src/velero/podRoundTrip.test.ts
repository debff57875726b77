import { describe, expect, it } from 'vitest';
import { findNearestK8sApiVersion } from '../go/goTypes.ts';
import { K8S_TYPES_BY_VERSION } from '../model/k8s/k8sTypes.generated.ts';
import type { JsonObject } from '../model/types.ts';
import { listSupportedVersions, resolveVeleroVersion } from '../versions/versionModel.ts';
import { simulateTypedRoundTrip } from './podRoundTrip.ts';

const version = (name: string) => resolveVeleroVersion(name).version!;

const pod = (spec: JsonObject): JsonObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'db', namespace: 'prod', annotations: { 'a.b/c': 'x' } },
  spec,
});

describe('simulateTypedRoundTrip', () => {
  it('uses, at every release, the types of the k8s.io/api its go.mod vendors', () => {
    for (const v of listSupportedVersions()) {
      const vendored = K8S_TYPES_BY_VERSION[findNearestK8sApiVersion(v.release.k8sApi)];
      expect(K8S_TYPES_BY_VERSION[v.behaviours.podTypes], v.name).toEqual(vendored);
    }
  });

  it.each([
    // Native sidecars and resizePolicy arrived in k8s.io/api 0.28/0.27: Velero 1.13.2 vendors 0.29.
    [
      '1.13.1',
      {
        initContainers: [{ name: 'log', image: 'busybox', restartPolicy: 'Always' }],
        containers: [{ name: 'app', resizePolicy: [{ resourceName: 'cpu' }] }],
      },
      ['spec.initContainers[0].restartPolicy', 'spec.containers[0].resizePolicy'],
    ],
    [
      '1.13.2',
      {
        initContainers: [{ name: 'log', image: 'busybox', restartPolicy: 'Always' }],
        containers: [{ name: 'app', resizePolicy: [{ resourceName: 'cpu' }] }],
      },
      [],
    ],
    ['1.10.3', { hostUsers: false, containers: [{ name: 'app' }] }, ['spec.hostUsers']],
    ['1.11.0', { hostUsers: false, containers: [{ name: 'app' }] }, []],
    [
      '1.18.2',
      { containers: [{ name: 'app', restartPolicyRules: [{ action: 'Restart' }] }] },
      ['spec.containers[0].restartPolicyRules'],
    ],
    ['main', { containers: [{ name: 'app', restartPolicyRules: [{ action: 'Restart' }] }] }, []],
    // The converter matches JSON names exactly: another letter case is lost, at any release.
    ['main', { containers: [{ name: 'app', Image: 'busybox' }] }, ['spec.containers[0].Image']],
    ['main', { containers: [{ name: 'app', bogus: 1 }] }, ['spec.containers[0].bogus']],
  ] as const)('at %s drops %j → %j', (name, spec, dropped) => {
    const before = pod(spec as unknown as JsonObject);
    const trip = simulateTypedRoundTrip(before, version(name));
    expect(trip.dropped).toEqual(dropped);
    if (dropped.length === 0) expect(trip.pod).toBe(before);
  });

  it('removes only the dropped fields, keeps everything else as given, and leaves the input alone', () => {
    const before = pod({
      initContainers: [{ name: 'log', image: 'busybox', restartPolicy: 'Always' }],
      containers: [{ name: 'app', image: 'postgres:16', resources: { limits: { cpu: '1000m' } } }],
    });
    const copy = structuredClone(before);
    const trip = simulateTypedRoundTrip(before, version('1.12.4'));
    expect(trip.pod).toEqual({
      ...copy,
      spec: {
        ...(copy['spec'] as JsonObject),
        initContainers: [{ name: 'log', image: 'busybox' }],
      },
    });
    expect(before).toEqual(copy);
    expect(trip.pod['metadata']).toBe(before['metadata']);
  });
});
