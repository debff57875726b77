import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../model/types.ts';
import { decodeGoJson, foldName, type K8sApiVersion } from './jsonDecode.ts';

const QUANTITY_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const VERSIONS: K8sApiVersion[] = [
  '0.24.2',
  '0.25.6',
  '0.29.0',
  '0.31.3',
  '0.33.3',
  '0.33.12',
  '0.36.0',
];

function errorOf(container: unknown, version: K8sApiVersion = '0.33.12'): string | undefined {
  return decodeGoJson(container, 'Container', version).error;
}

describe("decodeGoJson: type errors carry Go's message", () => {
  it.each<[string, unknown, string]>([
    [
      'fid-spec-init-runasuser-string-rejected',
      { name: 'hook', image: 'busybox', command: ['true'], securityContext: { runAsUser: '1000' } },
      'json: cannot unmarshal string into Go struct field SecurityContext.securityContext.runAsUser of type int64',
    ],
    [
      'a number into a string inside a slice element',
      { name: 'x', env: [{ name: 'a', value: 1 }] },
      'json: cannot unmarshal number into Go struct field EnvVar.env.value of type string',
    ],
    [
      'a fraction into an integer names the literal',
      { name: 'x', securityContext: { runAsUser: 1000.5 } },
      'json: cannot unmarshal number 1000.5 into Go struct field SecurityContext.securityContext.runAsUser of type int64',
    ],
    [
      'an integer too large for int64',
      { name: 'x', securityContext: { runAsUser: 1e40 } },
      'json: cannot unmarshal number 1e+40 into Go struct field SecurityContext.securityContext.runAsUser of type int64',
    ],
    [
      'int32 overflow',
      { name: 'x', ports: [{ containerPort: 3e9 }] },
      'json: cannot unmarshal number 3000000000 into Go struct field ContainerPort.ports.containerPort of type int32',
    ],
    [
      'a named string type',
      { name: 'x', imagePullPolicy: true },
      'json: cannot unmarshal bool into Go struct field Container.imagePullPolicy of type v1.PullPolicy',
    ],
    [
      'a string where a slice goes',
      { name: 'x', command: 'sleep 1' },
      'json: cannot unmarshal string into Go struct field Container.command of type []string',
    ],
    [
      'a slice element',
      { name: 'x', command: ['sleep', 1] },
      'json: cannot unmarshal number into Go struct field Container.command of type string',
    ],
    [
      'an object where a string goes',
      { name: { first: 'x' } },
      'json: cannot unmarshal object into Go struct field Container.name of type string',
    ],
    [
      'an array where a struct goes (after the pointer)',
      { name: 'x', securityContext: [] },
      'json: cannot unmarshal array into Go struct field Container.securityContext of type v1.SecurityContext',
    ],
    [
      'a map value keeps the field as context',
      { name: 'x', resources: { claims: [{ name: 5 }] } },
      'json: cannot unmarshal number into Go struct field ResourceClaim.resources.claims.name of type string',
    ],
    [
      'the whole value',
      'busybox',
      'json: cannot unmarshal string into Go value of type v1.Container',
    ],
    [
      'the first type error in key order wins; decoding goes on',
      { securityContext: { runAsUser: 'a' }, name: 5 },
      'json: cannot unmarshal string into Go struct field SecurityContext.securityContext.runAsUser of type int64',
    ],
  ])('%s', (_title, input, message) => {
    const r = decodeGoJson(input, 'Container', '0.33.12');
    expect(r.error).toBe(message);
    expect(r.value).toBeUndefined();
  });

  it('a bad quantity is returned as is and stops decoding at once, over an earlier type error', () => {
    expect(errorOf({ name: 'x', resources: { limits: { cpu: 'abc' } } })).toBe(QUANTITY_ERROR);
    expect(errorOf({ name: 5, resources: { limits: { cpu: 'abc' } } })).toBe(QUANTITY_ERROR);
    expect(errorOf({ resources: { limits: { cpu: 'abc' } }, name: 5 })).toBe(QUANTITY_ERROR);
    expect(errorOf({ resources: { requests: { memory: { a: 1 } } } })).toBe(QUANTITY_ERROR);
  });

  it('IntOrString: its inner json.Unmarshal type error gets the outer context', () => {
    const probe = (port: unknown): unknown => ({ name: 'x', livenessProbe: { httpGet: { port } } });
    expect(errorOf(probe(true), '0.31.3')).toBe(
      'json: cannot unmarshal bool into Go struct field HTTPGetAction.livenessProbe.httpGet.port of type int32',
    );
    expect(errorOf(probe(1.5), '0.31.3')).toBe(
      'json: cannot unmarshal number 1.5 into Go struct field HTTPGetAction.livenessProbe.httpGet.port of type int32',
    );
    expect(errorOf(probe({}), '0.31.3')).toBe(
      'json: cannot unmarshal object into Go struct field HTTPGetAction.livenessProbe.httpGet.port of type int32',
    );
    expect(decodeGoJson(probe('http'), 'Container', '0.31.3').value).toMatchObject({
      livenessProbe: { httpGet: { port: 'http' } },
    });
    expect(decodeGoJson(probe(null), 'Container', '0.31.3').value).toMatchObject({
      livenessProbe: { httpGet: { port: 0 } },
    });
  });

  it('Go 1.24+ (k8s.io/api 0.33.3 on) names the embedded struct in the path', () => {
    const input = { name: 'x', livenessProbe: { httpGet: { path: 1 } } };
    expect(errorOf(input, '0.33.3')).toBe(
      'json: cannot unmarshal number into Go struct field HTTPGetAction.livenessProbe.ProbeHandler.httpGet.path of type string',
    );
    expect(errorOf(input, '0.31.3')).toBe(
      'json: cannot unmarshal number into Go struct field HTTPGetAction.livenessProbe.httpGet.path of type string',
    );
    expect(decodeGoJson(input, 'Container', '0.36.0', { go124: false }).error).toBe(
      'json: cannot unmarshal number into Go struct field HTTPGetAction.livenessProbe.httpGet.path of type string',
    );
    expect(decodeGoJson({ kind: 1 }, 'Pod', '0.36.0').error).toBe(
      'json: cannot unmarshal number into Go struct field Pod.TypeMeta.kind of type string',
    );
  });
});

describe('decodeGoJson: the typed round trip', () => {
  it('fid-spec-init-quantities-canonicalised', () => {
    const r = decodeGoJson(
      {
        name: 'hook',
        image: 'busybox',
        command: ['true'],
        resources: {
          requests: { cpu: '1000m', memory: '128Mi' },
          limits: { cpu: 0.5, memory: '1024Mi', 'ephemeral-storage': '1000' },
        },
      },
      'Container',
      '0.33.12',
    );
    expect(r.error).toBeUndefined();
    expect(r.value).toEqual({
      name: 'hook',
      image: 'busybox',
      command: ['true'],
      resources: {
        requests: { cpu: '1', memory: '128Mi' },
        limits: { cpu: '500m', 'ephemeral-storage': '1k', memory: '1Gi' },
      },
    });
  });

  it('matches keys case-insensitively at every level and drops unknown ones, with paths', () => {
    const r = decodeGoJson(
      {
        NAME: 'x',
        Image: 'i',
        volumeMounts: [{ name: 'v', MOUNTPATH: '/m', readOnly: false, bogus: 1 }],
        securityContext: { unknownKnob: true, RunAsUser: 5, capabilities: { ADD: ['NET_ADMIN'] } },
        '\u212aind': 'x', // not a Container field even folded (no "kind")
      },
      'Container',
      '0.33.12',
    );
    expect(r.error).toBeUndefined();
    expect(r.value).toEqual({
      name: 'x',
      image: 'i',
      resources: {},
      volumeMounts: [{ name: 'v', mountPath: '/m' }],
      securityContext: { capabilities: { add: ['NET_ADMIN'] }, runAsUser: 5 },
    });
    expect(r.droppedKeys).toEqual([
      'volumeMounts[0].bogus',
      'securityContext.unknownKnob',
      '\u212aind',
    ]);
    expect(r.renamedKeys).toEqual([
      { path: 'name', from: 'NAME', to: 'name' },
      { path: 'image', from: 'Image', to: 'image' },
      { path: 'volumeMounts[0].mountPath', from: 'MOUNTPATH', to: 'mountPath' },
      { path: 'securityContext.runAsUser', from: 'RunAsUser', to: 'runAsUser' },
      { path: 'securityContext.capabilities.add', from: 'ADD', to: 'add' },
    ]);
  });

  it('folds the Kelvin sign and long s as Go does', () => {
    expect(foldName('\u212aind')).toBe('KIND');
    expect(foldName('\u017ftdin')).toBe('STDIN');
    expect(decodeGoJson({ '\u017ftdin': true }, 'Container', '0.33.12').value).toMatchObject({
      stdin: true,
    });
  });

  it('an exact key beats a folded one; between folded duplicates the later wins', () => {
    expect(decodeGoJson({ image: 'a', IMAGE: 'b' }, 'Container', '0.33.12').value).toMatchObject({
      image: 'b',
    });
    expect(
      decodeGoJson({ image: 'a', IMAGE: 'b' }, 'Container', '0.33.12', { keyOrder: 'sorted' })
        .value,
    ).toMatchObject({ image: 'a' });
  });

  it.each<[K8sApiVersion, string[]]>([
    ['0.24.2', ['restartPolicy', 'resizePolicy', 'restartPolicyRules']],
    ['0.25.6', ['restartPolicy', 'resizePolicy', 'restartPolicyRules']],
    ['0.29.0', ['restartPolicyRules']],
    ['0.33.12', ['restartPolicyRules']],
    ['0.36.0', []],
  ])('k8s.io/api %s drops the fields its Container lacks: %j', (version, dropped) => {
    const r = decodeGoJson(
      {
        name: 'log-agent',
        restartPolicy: 'Always',
        resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }],
        restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }],
      },
      'Container',
      version,
    );
    expect(r.error).toBeUndefined();
    expect(r.droppedKeys).toEqual(dropped);
    for (const key of dropped) expect(r.value).not.toHaveProperty(key);
  });

  it('omitempty zero values disappear; non-omitempty name and struct resources stay', () => {
    expect(
      decodeGoJson(
        { image: '', stdin: false, command: [], env: null, securityContext: {}, ports: [{}] },
        'Container',
        '0.33.12',
      ).value,
    ).toEqual({ name: '', resources: {}, securityContext: {}, ports: [{ containerPort: 0 }] });
  });

  it('null leaves a value alone, clears a pointer, and a null quantity is 0', () => {
    expect(
      decodeGoJson(
        { name: null, securityContext: null, resources: { limits: { cpu: null } } },
        'Container',
        '0.33.12',
      ).value,
    ).toEqual({ name: '', resources: { limits: { cpu: '0' } } });
  });

  it('pods: metav1.Time is written in UTC, zero creationTimestamp is null before omitzero', () => {
    const pod = { metadata: { name: 'p', creationTimestamp: '2024-01-01T10:00:00.5+02:00' } };
    expect(decodeGoJson(pod, 'Pod', '0.33.12').value).toEqual({
      metadata: { name: 'p', creationTimestamp: '2024-01-01T08:00:00Z' },
      spec: { containers: null },
      status: {},
    });
    expect(decodeGoJson({ metadata: { name: 'p' } }, 'Pod', '0.33.12').value).toMatchObject({
      metadata: { creationTimestamp: null },
    });
    expect(decodeGoJson({ metadata: { name: 'p' } }, 'Pod', '0.36.0').value).toMatchObject({
      metadata: { name: 'p' },
    });
    expect(decodeGoJson({ metadata: { creationTimestamp: 5 } }, 'Pod', '0.33.12').error).toBe(
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string',
    );
  });

  it('pods: managedFields fieldsV1 is kept verbatim; map keys come back sorted', () => {
    const fields = { 'f:metadata': { 'f:labels': { '.': {} } } };
    const r = decodeGoJson(
      {
        metadata: {
          labels: { b: '1', a: null },
          managedFields: [{ manager: 'm', fieldsV1: fields }],
        },
      },
      'Pod',
      '0.36.0',
    );
    expect(r.value).toMatchObject({
      metadata: { labels: { a: '', b: '1' }, managedFields: [{ manager: 'm', fieldsV1: fields }] },
    });
    expect(Object.keys((r.value as { metadata: { labels: object } }).metadata.labels)).toEqual([
      'a',
      'b',
    ]);
  });

  it('refuses NaN and infinities as json.Marshal would', () => {
    expect(errorOf({ name: 'x', stdin: Number.NaN })).toBe('json: unsupported value: NaN');
  });
});

const FIELD_KEYS = [
  'name',
  'NAME',
  'image',
  'command',
  'args',
  'env',
  'ports',
  'resources',
  'limits',
  'requests',
  'cpu',
  'memory',
  'securityContext',
  'runAsUser',
  'capabilities',
  'add',
  'livenessProbe',
  'httpGet',
  'port',
  'path',
  'volumeMounts',
  'mountPath',
  'readOnly',
  'stdin',
  'restartPolicy',
  'value',
  'containerPort',
  'metadata',
  'labels',
  'spec',
  'containers',
  'creationTimestamp',
  'bogus',
];
const leaf = fc.oneof(
  fc.constantFrom<JsonValue>('1', '250m', '1.5Gi', 'http', '2024-01-01T00:00:00Z', true, null, 0),
  fc.integer({ min: -5, max: 70000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 6 }),
);
const shaped: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELD_KEYS), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('decodeGoJson properties', () => {
  it('never throws, and decoding its own output is the identity', () => {
    fc.assert(
      fc.property(
        fc.oneof(shaped, fc.jsonValue()),
        fc.constantFrom(...VERSIONS),
        fc.constantFrom('Container', 'Pod'),
        (input, version, type) => {
          const first = decodeGoJson(input, type, version);
          if (first.error !== undefined) return;
          const second = decodeGoJson(first.value, type, version);
          expect(second.error).toBeUndefined();
          expect(second.value).toEqual(first.value);
          expect(second.droppedKeys).toEqual([]);
          expect(second.renamedKeys).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
