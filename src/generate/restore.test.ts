import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Container, ExecHook, JsonObject } from '../model/types.ts';
import type {
  DesignedPostHook,
  DesignedResourceHook,
  Generated,
  RestoreOptions,
} from './design.ts';
import { generateRestore } from './restore.ts';
import {
  dnsLabel,
  execHook,
  expectedExecHook,
  podYaml,
  specContainer,
} from '../testing/generate.ts';

function ok<T>(g: Generated<T>): T {
  if (g.kind === 'error') throw new Error(`unexpected problems: ${JSON.stringify(g.problems)}`);
  return g.value;
}

const options: RestoreOptions = { name: 'restore-1', backupName: 'nightly' };

describe('generateRestore', () => {
  it('writes a complete Restore with Go durations and no defaults', () => {
    const hooks: DesignedResourceHook[] = [
      {
        name: 'db',
        includedNamespaces: ['shop'],
        labelSelector: { matchLabels: { app: 'db' } },
        postHooks: [
          {
            kind: 'init',
            initContainers: [
              {
                name: 'restore-dump',
                image: 'postgres:16',
                command: ['/bin/sh', '-c', 'psql < /data/dump.sql'],
                volumeMounts: [{ name: 'data', mountPath: '/data' }],
                env: [{ name: 'PGUSER', value: 'postgres' }],
              },
            ],
          },
          {
            kind: 'exec',
            container: 'db',
            command: ['/bin/sh', '-c', 'echo yes'],
            onError: 'Fail',
            execTimeout: '120s',
            waitTimeout: '0',
          },
        ],
      },
    ];
    expect(
      ok(generateRestore(hooks, { ...options, namespaceMapping: { shop: 'shop-copy' } })),
    ).toBe(
      [
        'apiVersion: velero.io/v1',
        'kind: Restore',
        'metadata:',
        '  name: restore-1',
        '  namespace: velero',
        'spec:',
        '  backupName: nightly',
        '  namespaceMapping:',
        '    shop: shop-copy',
        '  hooks:',
        '    resources:',
        '      - name: db',
        '        includedNamespaces:',
        '          - shop',
        '        labelSelector:',
        '          matchLabels:',
        '            app: db',
        '        postHooks:',
        '          - init:',
        '              initContainers:',
        '                - name: restore-dump',
        '                  image: postgres:16',
        '                  command:',
        '                    - /bin/sh',
        '                    - -c',
        '                    - psql < /data/dump.sql',
        '                  volumeMounts:',
        '                    - name: data',
        '                      mountPath: /data',
        '                  env:',
        '                    - name: PGUSER',
        '                      value: postgres',
        '          - exec:',
        '              container: db',
        '              command:',
        '                - /bin/sh',
        '                - -c',
        '                - echo yes',
        '              onError: Fail',
        '              execTimeout: 2m0s',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, DesignedResourceHook[], RestoreOptions, string[]]>([
    [
      'no backup',
      [{ name: 'h', postHooks: [{ kind: 'exec', command: ['x'] }] }],
      { name: 'r', backupName: '' },
      ['backup-name-required'],
    ],
    ['a bad Restore name', [], { name: 'R!', backupName: 'b' }, ['invalid-name']],
    [
      'a bad namespace mapping',
      [],
      { name: 'r', backupName: 'b', namespaceMapping: { a: 'B_' } },
      ['invalid-namespace'],
    ],
    [
      'duplicate hook names',
      [
        { name: 'h', postHooks: [{ kind: 'exec', command: ['x'] }] },
        { name: 'h', postHooks: [{ kind: 'exec', command: ['y'] }] },
      ],
      options,
      ['duplicate-hook-name'],
    ],
    [
      'a bad glob',
      [{ name: 'h', includedNamespaces: ['[a'], postHooks: [{ kind: 'exec', command: ['x'] }] }],
      options,
      ['invalid-namespace-pattern'],
    ],
    [
      'a bad selector',
      [
        {
          name: 'h',
          labelSelector: { matchExpressions: [{ key: 'a', operator: 'Is' }] },
          postHooks: [{ kind: 'exec', command: ['x'] }],
        },
      ],
      options,
      ['invalid-label-selector'],
    ],
    ['no post hooks', [{ name: 'h', postHooks: [] }], options, ['no-post-hooks']],
    [
      'an empty init entry',
      [{ name: 'h', postHooks: [{ kind: 'init', initContainers: [] }] }],
      options,
      ['no-init-containers'],
    ],
    [
      'an init container Velero rejects or changes',
      [
        {
          name: 'h',
          postHooks: [
            { kind: 'init', initContainers: [{ name: 'a', image: 'x', args: ['run'] }] },
            {
              kind: 'init',
              initContainers: [{ name: 'a', IMAGE: 'x', command: ['x'], colour: 'red' }],
            },
            {
              kind: 'init',
              initContainers: [
                { name: 'restore-wait', image: 'x', command: 'echo' } as unknown as Container,
              ],
            },
          ],
        },
      ],
      options,
      [
        'init-command-empty',
        'unknown-container-field',
        'container-field-case',
        'duplicate-container-name',
        'invalid-container',
      ],
    ],
    [
      'an empty exec command',
      [{ name: 'h', postHooks: [{ kind: 'exec', command: [], execTimeout: '5' }] }],
      options,
      ['exec-command-empty', 'invalid-duration'],
    ],
  ])('refuses %s', (_, hooks, opts, codes) => {
    const result = generateRestore(hooks, opts);
    expect(result.kind === 'error' && result.problems.map((p) => p.code)).toEqual(codes);
  });
});

/** Resource hooks that all select the pod (target namespace after mapping, backup labels, created-pod labels). */
const selecting = (target: string, backup: string) =>
  fc.record({
    includedNamespaces: fc.constantFrom(
      [],
      [target],
      ['*'],
      [`${target.slice(0, 2)}*`],
      [`{${target},other}`],
    ),
    excludedNamespaces: fc.constantFrom([], ['kube-*'], backup === target ? [] : [backup]),
    labelSelector: fc.constantFrom<JsonObject | undefined>(
      undefined,
      {},
      { matchLabels: { app: 'web' } },
      { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'db'] }] },
      { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] },
    ),
  });

const postHook: fc.Arbitrary<DesignedPostHook> = fc.oneof(
  execHook,
  fc.record({
    kind: fc.constant('init' as const),
    initContainers: fc.array(specContainer, { minLength: 1, maxLength: 2 }),
  }),
);

const scenario = fc.boolean().chain((mapped) => {
  const backup = 'prod';
  const target = mapped ? 'restored' : backup;
  const hook = fc.record({
    selection: selecting(target, backup),
    postHooks: fc.array(postHook, { minLength: 1, maxLength: 3 }),
  });
  return fc.record({
    mapped: fc.constant(mapped),
    hooks: fc.array(hook, { minLength: 1, maxLength: 3 }),
    names: fc.uniqueArray(dnsLabel, { minLength: 4, maxLength: 4 }),
  });
});

describe('round trip through the engine', () => {
  it('a generated Restore gives back the designed init containers and exec hooks', () => {
    fc.assert(
      fc.property(scenario, ({ mapped, hooks, names }) => {
        let n = 0;
        const designed: DesignedResourceHook[] = hooks.map(
          ({ selection: { labelSelector, ...namespaces }, postHooks }, i) => ({
            name: `${names[i % names.length]}-${i}`,
            ...namespaces,
            ...(labelSelector ? { labelSelector } : {}),
            postHooks: postHooks.map((p) =>
              p.kind === 'init'
                ? {
                    ...p,
                    initContainers: p.initContainers.map((c) => ({ ...c, name: `init-${n++}` })),
                  }
                : p,
            ),
          }),
        );
        // A hook that must not apply: it excludes the target namespace.
        designed.push({
          name: 'never',
          excludedNamespaces: [mapped ? 'restored' : 'prod'],
          postHooks: [
            { kind: 'init', initContainers: [{ name: 'never', image: 'x', command: ['x'] }] },
            { kind: 'exec', command: ['never'] },
          ],
        });
        const restore = ok(
          generateRestore(designed, {
            name: 'r1',
            backupName: 'b1',
            ...(mapped ? { namespaceMapping: { prod: 'restored' } } : {}),
          }),
        );
        const containers = [
          'app',
          ...designed.flatMap((h) =>
            h.postHooks.flatMap((p) => (p.kind === 'exec' && p.container ? [p.container] : [])),
          ),
        ];
        const analysis = analyze({
          manifests: [
            {
              name: 'pod.yaml',
              text: podYaml({ name: 'web-0', namespace: 'prod', labels: { app: 'web' } }, [
                ...new Set(containers),
              ]),
            },
          ],
          restore: { name: 'restore.yaml', text: restore },
        });
        expect(analysis.files.map((f) => f.problems)).toEqual([[], []]);
        expect(analysis.plan.validationErrors).toEqual([]);
        expect(analysis.plan.selectorError).toBeNull();
        const pod = analysis.plan.pods[0]!;
        if (pod.init.kind !== 'ok') throw new Error(pod.init.message);

        const applied = designed.slice(0, -1);
        const expectedInit = applied.flatMap((h) =>
          h.postHooks.flatMap((p) => (p.kind === 'init' ? p.initContainers : [])),
        );
        expect(pod.init.injected.map((i) => i.container)).toEqual(expectedInit.map(asGoWritesIt));
        const expectedGroups = new Map<string, ExecHook[]>();
        for (const h of applied) {
          h.postHooks.forEach((p, index) => {
            if (p.kind !== 'exec') return;
            const hook = expectedExecHook(p, 'app', {
              hookName: h.name,
              hookSource: 'spec',
              hookIndex: index,
            });
            expectedGroups.set(hook.container, [
              ...(expectedGroups.get(hook.container) ?? []),
              hook,
            ]);
          });
        }
        expect([...pod.exec.groups]).toEqual([...expectedGroups]);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * A designed container as Go's typed round trip writes it back: omitempty fields drop `""`, `[]`,
 * `{}` and the non-pointer `readOnly: false`; list items stay as they are.
 */
function asGoWritesIt(c: Container): Container {
  return dropOmitted(c) as Container;
}

function dropOmitted(v: unknown): unknown {
  if (Array.isArray(v))
    return v.map((item: unknown) => (typeof item === 'object' ? dropOmitted(item) : item));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v)) {
    const kept = dropOmitted(value);
    const empty =
      kept === '' ||
      (Array.isArray(kept) && kept.length === 0) ||
      (typeof kept === 'object' && kept !== null && Object.keys(kept).length === 0);
    if (empty || (k === 'readOnly' && kept === false)) continue;
    out[k] = kept;
  }
  return out;
}
