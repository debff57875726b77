/**
 * A large restore for the simulation's performance test (`simulate.perf.test.ts`) and
 * `bench/simulate.bench.ts`: `pods` pods with `containers` containers each, and a Restore with
 * `hooks` exec hooks per container selecting all of them. Not used by the engine itself.
 */
export interface LoadShape {
  pods: number;
  containers: number;
  hooks: number;
}

/** The manifests and the Restore, as YAML texts. */
export function largeRestore({ pods, containers, hooks }: LoadShape): {
  manifests: string;
  restore: string;
} {
  const names = Array.from({ length: containers }, (_, c) => `c${c}`);
  const pod = (i: number) =>
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: app-${i}`,
      `  namespace: team-${i % 10}`,
      '  labels: {app: load}',
      'spec:',
      '  containers:',
      ...names.map((n) => `  - {name: ${n}, image: busybox}`),
    ].join('\n');
  const postHooks = names.flatMap((n) =>
    Array.from({ length: hooks }, (_, h) =>
      [
        '      - exec:',
        `          container: ${n}`,
        `          command: [/bin/sh, -c, "step ${h}"]`,
        `          onError: ${h === 0 ? 'Fail' : 'Continue'}`,
        '          execTimeout: 1m',
        `          waitTimeout: ${10 + h}m`,
        `          waitForReady: ${h === 1}`,
      ].join('\n'),
    ),
  );
  const restore = [
    'apiVersion: velero.io/v1',
    'kind: Restore',
    'metadata: {name: load, namespace: velero}',
    'spec:',
    '  backupName: nightly',
    '  hooks:',
    '    resources:',
    '    - name: load-hooks',
    '      labelSelector: {matchLabels: {app: load}}',
    '      postHooks:',
    ...postHooks,
  ].join('\n');
  return {
    manifests: Array.from({ length: pods }, (_, i) => pod(i)).join('\n---\n') + '\n',
    restore: restore + '\n',
  };
}
