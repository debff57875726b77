import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDesignerView } from './designerView.ts';

const example = (id: string, file: string) => {
  try {
    return readFileSync(new URL(`../../public/examples/${id}/${file}`, import.meta.url), 'utf8');
  } catch {
    return '';
  }
};

describe('buildDesignerView', () => {
  it('explains the injected init container in the diff of the PostgreSQL example', () => {
    const view = buildDesignerView({
      manifests: example('postgres-stale-pid', 'manifests.yaml'),
      restore: example('postgres-stale-pid', 'restore.yaml'),
    });
    const hooksOnly = view.diff.hooksOnly!;
    const full = view.diff.full!;
    expect(hooksOnly.restored).toContain('name: remove-stale-pid');
    expect(hooksOnly.original).not.toContain('remove-stale-pid');
    const block = hooksOnly.blocks.find((b) => b.change.step === 'init-restore-hook')!;
    expect(hooksOnly.restored.split('\n')[block.startLine - 1]).toMatch(/initContainers:/);
    expect(full.blocks.map((b) => b.change.step)).toContain('restore-item');
    expect(view.pods[0]!.hookMatches).toEqual([
      {
        resourceIndex: 0,
        name: 'remove-stale-pid',
        matches: true,
        reasons: [],
        overridden: [],
      },
    ]);
    expect(view.pods[0]!.injectedInit).toEqual([
      {
        index: 0,
        name: 'remove-stale-pid',
        source: 'spec',
        hookName: 'remove-stale-pid',
        generatedName: false,
      },
    ]);
  });

  it.each([
    [
      'init annotations: the init containers (rule 7)',
      'init',
      [/init containers are not added.*\(rule 7\)$/],
    ],
    [
      'an exec annotation: the exec hooks (rule 19)',
      'exec',
      [/exec hooks do not run.*\(rule 19\)$/],
    ],
    ['both', 'both', [/\(rule 7\)$/, /\(rule 19\)$/]],
    ['no hook annotations: nothing', 'none', []],
  ] as const)(
    'says what a selected spec hook loses to the pod’s own %s',
    (_name, annotations, expected) => {
      const init =
        '    init.hook.restore.velero.io/container-image: busybox\n    init.hook.restore.velero.io/command: \'["true"]\'\n';
      const exec = '    post.hook.restore.velero.io/command: \'["true"]\'\n';
      const manifests = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: db\n  namespace: app\n  annotations:\n${
        annotations === 'init' || annotations === 'both' ? init : ''
      }${annotations === 'exec' || annotations === 'both' ? exec : ''}    note: x\nspec:\n  containers:\n  - name: db\n    image: postgres\n`;
      const restore = `apiVersion: velero.io/v1\nkind: Restore\nmetadata:\n  name: r\n  namespace: velero\nspec:\n  backupName: b\n  hooks:\n    resources:\n    - name: both-kinds\n      postHooks:\n      - init:\n          initContainers:\n          - name: prep\n            image: busybox\n            command: ["true"]\n      - exec:\n          command: ["true"]\n`;
      const [match] = buildDesignerView({ manifests, restore }).pods[0]!.hookMatches;
      expect(match!.matches).toBe(true);
      expect(match!.overridden).toHaveLength(expected.length);
      expected.forEach((pattern, i) => expect(match!.overridden[i]).toMatch(pattern));
    },
  );

  it('simulates "everything goes well" by default', () => {
    const view = buildDesignerView({
      manifests: example('multiple-hooks-ordering', 'manifests.yaml'),
      restore: example('multiple-hooks-ordering', 'restore.yaml'),
    });
    expect(view.simulation?.restoreOutcome).toBe('Completed');
    expect(view.simulation?.tracker).toEqual({ hooksAttempted: 3, hooksFailed: 0, complete: true });
    expect(view.simulation?.pods[0]!.executions.map((e) => e.container)).toEqual([
      'postgres',
      'postgres',
      'sidecar',
    ]);
  });

  // The page receives results from a worker and compares their items by JSON text (see
  // app/state/splitMessage.ts): no Map, Set, Date, NaN or undefined array item may hide in a view.
  it('is plain JSON data that survives structured cloning, and never throws', () => {
    const examples = readdirSync(new URL('../../public/examples/', import.meta.url), {
      withFileTypes: true,
    }).filter((entry) => entry.isDirectory());
    const inputs = [
      ...['', 'a: [', '{}', 'kind: Pod\nmetadata: {name: x}\nspec: {containers: 5}\n'].map(
        (text) => ({ manifests: text, restore: text }),
      ),
      ...examples.map(({ name }) => ({
        manifests: example(name, 'manifests.yaml'),
        restore: example(name, 'restore.yaml'),
      })),
    ];
    expect(inputs.length).toBeGreaterThan(10);
    for (const input of inputs) {
      const view = buildDesignerView(input);
      expect(structuredClone(view)).toEqual(view);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    }
  });

  it('reports a pod that is not restored', () => {
    const view = buildDesignerView({
      manifests: example('image-without-command-panic', 'manifests.yaml'),
      restore: '',
    });
    expect(view.diff.hooksOnly!.notRestored[0]!.reason).toMatch(/panics/);
    expect(view.pods[0]!.errorKind).toBe('panic');
  });
  it("leaves out a pod the Restore's filters exclude, everywhere, and says why", () => {
    const manifests = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: db, namespace: prod, annotations: {post.hook.restore.velero.io/command: /bin/x}}',
      'spec: {containers: [{name: app, image: postgres}]}',
    ].join('\n');
    const restore = [
      'apiVersion: velero.io/v1',
      'kind: Restore',
      'metadata: {name: r1}',
      'spec: {backupName: b1, excludedNamespaces: [prod]}',
    ].join('\n');
    const view = buildDesignerView({ manifests, restore });
    expect(view.pods[0]).toMatchObject({
      restored: false,
      skipReason: 'namespace-excluded',
      execHooks: {},
    });
    expect(view.pods[0]!.notRestoredReason).toContain(
      'namespace "prod" is excluded by pattern "prod"',
    );
    expect(view.trackerAdded).toBe(0);
    expect(view.diff.full!.notRestored[0]!.reason).toBe(view.pods[0]!.notRestoredReason);
    expect(view.simulation?.pods).toEqual([]);
    expect(view.simulation?.tracker).toEqual({ hooksAttempted: 0, hooksFailed: 0, complete: true });
    expect(view.scenario?.pods ?? []).toEqual([]);
    expect(view.diagnostics.map((d) => d.code)).toContain('hooks-on-pod-not-restored');
  });
});

describe('buildDesignerView include', () => {
  const pods = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, namespace: ns}\nspec: {containers: [{name: app, image: nginx}]}\n`,
    ).join('---\n');

  it.each([
    ['all', 3, 'all', 'all', null],
    ['auto with few objects', 3, 'auto', 'all', null],
    ['auto with many objects: the first pod', 30, 'auto', 'pod', 'ns/p0'],
    ['one pod', 30, { pod: 'ns/p7' }, 'pod', 'ns/p7'],
    ['none', 3, 'none', 'none', null],
  ] as const)('diff %s', (_name, n, diff, kind, pod) => {
    const view = buildDesignerView({ manifests: pods(n), restore: '', include: { diff } });
    expect(view.diff.scope).toEqual({ kind, pod, objects: n });
    const shown = view.diff.hooksOnly!.original.match(/^kind: Pod$/gm)?.length ?? 0;
    expect(shown).toBe(kind === 'all' ? n : kind === 'pod' ? 1 : 0);
    if (pod) expect(view.diff.hooksOnly!.original).toContain(`name: ${pod.split('/')[1]}\n`);
  });

  it.each([
    ['no choice: every pod', undefined, ['ns/p0', 'ns/p1', 'ns/p2', 'ns/p3']],
    ['the first two', { first: 2 }, ['ns/p0', 'ns/p1']],
    ['a key, in the plan order', { first: 1, keys: ['ns/p3'] }, ['ns/p0', 'ns/p3']],
    ['an unknown key, no fallback', { keys: ['ns/gone'] }, []],
    ['an unknown key, the first pod instead', { keys: ['ns/gone'], fallback: 'first' }, ['ns/p0']],
    ['no key, the first simulated pod', { fallback: 'first-simulated' }, ['ns/p0']],
    ['nothing', {}, []],
  ] as const)('pods: %s', (_name, choice, keys) => {
    const view = buildDesignerView({ manifests: pods(4), restore: '', include: { pods: choice } });
    expect(view.pods.map((p) => p.key)).toEqual(keys);
    expect(view.podList.map((p) => p.key)).toEqual(['ns/p0', 'ns/p1', 'ns/p2', 'ns/p3']);
  });

  it.each([
    ['both by default', undefined, [true, true]],
    ['the hooks-only mode', ['hooksOnly'], [true, false]],
    ['the full-restore mode', ['full'], [false, true]],
  ] as const)('diff modes: %s', (_name, diffModes, built) => {
    const view = buildDesignerView({ manifests: pods(2), restore: '', include: { diffModes } });
    expect([view.diff.hooksOnly !== null, view.diff.full !== null]).toEqual(built);
  });

  it('builds the restored texts alone, as the diff of every object has them', () => {
    const manifests = pods(3).replace('name: p1,', 'name: p1, annotations: {x: y},');
    const restore =
      'apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: r}\nspec: {backupName: b, excludedNamespaces: [ns]}\n';
    const diff = buildDesignerView({ manifests, restore, include: { diff: 'all' } });
    const alone = buildDesignerView({
      manifests,
      restore,
      include: { diff: 'none', restored: true },
    });
    expect(alone.restored).toEqual({
      hooksOnly: diff.diff.hooksOnly!.restored,
      full: diff.diff.full!.restored,
    });
    expect(alone.restored!.full).toContain('# NOT RESTORED');
    expect(diff.restored).toBeNull();
  });

  it('skips the simulation and its scenario when not asked for them', () => {
    const view = buildDesignerView({
      manifests: pods(2),
      restore: '',
      include: { simulation: false },
    });
    expect(view.simulation).toBeNull();
    expect(view.scenario).toBeNull();
    expect(buildDesignerView({ manifests: pods(2), restore: '' }).scenario?.pods).toHaveLength(2);
  });
});

describe('diff headers and the namespace', () => {
  const manifests = [
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata: {name: cassandra}',
    'spec: {template: {metadata: {labels: {app: c}}, spec: {containers: [{name: c}]}}}',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: solo}',
    'spec: {containers: [{name: c}]}',
    '---',
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: db, namespace: prod}',
    'spec: {containers: [{name: c}]}',
    '',
  ].join('\n');

  it('says a missing namespace once, never "/name" nor the default the engine assumed', () => {
    const view = buildDesignerView({ manifests, restore: '', include: { simulation: false } });
    const headers = (text: string) => text.split('\n').filter((l) => l.startsWith('# '));
    const expected = [
      '# StatefulSet cassandra (no namespace)',
      '# Pod cassandra-0 (no namespace) (from StatefulSet cassandra)',
      '# Pod solo (no namespace)',
      '# Pod prod/db',
    ];
    expect(headers(view.diff.hooksOnly!.original)).toEqual(expected);
    expect(headers(view.diff.full!.restored)).toEqual(expected);
    expect(view.pods.map((p) => [p.key, p.namespaceDefaulted])).toEqual([
      ['default/cassandra-0', true],
      ['default/solo', true],
      ['prod/db', false],
    ]);
  });
});
