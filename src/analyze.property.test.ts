import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from './analyze.ts';
import { restoreObjects } from './velero/fullRestore.ts';
import { planToJson } from './velero/planJson.ts';

/** Everything the engine outputs, as comparable JSON (bigints as strings). */
function snapshot(input: AnalyzeInput): string {
  const a = analyze(input);
  const restored = restoreObjects(a.manifests.objects, a.plan, { fullRestore: true });
  return JSON.stringify(
    { plan: planToJson(a.plan), diagnostics: a.diagnostics, restored },
    (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
  );
}

const yamlish = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.stringMatching(/^[a-z:\-[\]{}&*!|>'" \n#,?0-9]{0,200}$/),
  fc.anything({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.anything({ maxDepth: 4 }).map((v) => {
    try {
      return dump(v, { skipInvalid: true });
    } catch {
      return '';
    }
  }),
);

const podLike = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'CronJob', 'Job'),
  metadata: fc.record({
    name: fc.string(),
    namespace: fc.string(),
    annotations: fc.dictionary(
      fc.constantFrom(
        'init.hook.restore.velero.io/container-image',
        'init.hook.restore.velero.io/command',
        'post.hook.restore.velero.io/command',
        'post.hook.restore.velero.io/wait-timeout',
        'post.hook.restore.velero.io/container',
        'x',
      ),
      fc.oneof(fc.string(), fc.boolean(), fc.integer()),
    ),
  }),
  spec: fc.anything({ maxDepth: 3 }),
});

describe('analyze (property)', () => {
  it('never throws on arbitrary YAML or JSON text, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(yamlish, { maxLength: 3 }),
        fc.option(yamlish, { nil: undefined }),
        (texts, restore) => {
          const input: AnalyzeInput = {
            manifests: texts.map((text, i) => ({ name: `f${i}.yaml`, text })),
            restore: restore === undefined ? null : { name: 'restore.yaml', text: restore },
          };
          expect(snapshot(input)).toBe(snapshot(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on pod-shaped documents with arbitrary hook annotations and specs', () => {
    fc.assert(
      fc.property(fc.array(podLike, { maxLength: 3 }), (docs) => {
        const text = docs.map((d) => dump(d, { skipInvalid: true })).join('---\n');
        const input = { manifests: [{ name: 'm.yaml', text }] };
        expect(snapshot(input)).toBe(snapshot(input));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a pod that no hook matches unchanged', () => {
    const dnsLabel = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
    const container = fc.record({
      name: dnsLabel,
      image: fc.constantFrom('busybox', 'postgres:16', 'nginx'),
      command: fc.array(fc.string(), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        dnsLabel,
        fc.dictionary(dnsLabel, dnsLabel, { maxKeys: 3 }),
        fc.array(container, { minLength: 1, maxLength: 3 }),
        fc.array(container, { maxLength: 2 }),
        (name, labels, containers, initContainers) => {
          const pod = {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name, namespace: 'app', labels },
            spec: { containers, ...(initContainers.length ? { initContainers } : {}) },
          };
          const restore = dump({
            apiVersion: 'velero.io/v1',
            kind: 'Restore',
            metadata: { name: 'r' },
            spec: {
              backupName: 'b',
              hooks: {
                resources: [
                  {
                    name: 'elsewhere',
                    includedNamespaces: ['other'],
                    postHooks: [
                      {
                        init: {
                          initContainers: [{ name: 'h', image: 'busybox', command: ['true'] }],
                        },
                      },
                      { exec: { command: ['true'] } },
                    ],
                  },
                  {
                    name: 'excluded',
                    excludedNamespaces: ['app'],
                    postHooks: [{ exec: { command: ['true'] } }],
                  },
                ],
              },
            },
          });
          const a = analyze({
            manifests: [{ name: 'pod.yaml', text: JSON.stringify(pod) }],
            restore: { name: 'restore.yaml', text: restore },
          });
          const [restored] = restoreObjects(a.manifests.objects, a.plan, { fullRestore: false });
          expect(restored?.restored).toEqual(pod);
          expect(a.plan.pods[0]!.exec.groups.size).toBe(0);
          expect(a.plan.trackerAdded).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
