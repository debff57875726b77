import { describe, expect, it } from 'vitest';
import { findUnknownFields } from './unknownFields.ts';

describe('findUnknownFields (FromUnstructured ignores them)', () => {
  it.each([
    [{ name: 'a', image: 'b' }, []],
    [{ name: 'a', Image: 'b' }, ['Image']],
    [{ resources: { limits: { cpu: '1' } }, bogus: { x: 1 } }, ['bogus']],
    [
      { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'x', extra: 1 } } }] },
      ['env[0].valueFrom.fieldRef.extra'],
    ],
    // Values of another type are not the converter's business here; map keys are never unknown.
    [
      {
        ports: 'not a list',
        securityContext: { capabilities: { add: ['X'] }, seLinuxOptions: null },
      },
      [],
    ],
    [{ resizePolicy: [{ resourceName: 'cpu' }] }, []],
  ] as const)('%j → %j', (value, expected) => {
    expect(findUnknownFields(value, 'Container', '0.36.0')).toEqual(expected);
  });

  it('follows the k8s.io/api version', () => {
    expect(findUnknownFields({ resizePolicy: [] }, 'Container', '0.25.6')).toEqual([
      'resizePolicy',
    ]);
    expect(findUnknownFields({ spec: { hostUsers: false } }, 'Pod', '0.24.2')).toEqual([
      'spec.hostUsers',
    ]);
    expect(findUnknownFields({ metadata: { labels: { 'a.b/c': 'd' } } }, 'Pod', '0.24.2')).toEqual(
      [],
    );
  });
});
