import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../yaml/source.ts';
import { planRestore, type Plan } from '../velero/plan.ts';
import { findManifests } from '../velero/pods.ts';
import { DEFAULT_RESTORE, readRestore } from '../velero/restore.ts';
import { getDefaultVeleroVersion } from '../versions/versionModel.ts';
import { runScenario } from './simulationInput.ts';

const podYaml = (name: string, annotations: Record<string, string>, extra = '') => `
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: src
  annotations: ${JSON.stringify(annotations)}
spec:
${extra}  containers:
  - {name: app, image: busybox}
`;

function planOf(pods: string[], restoreYaml?: string): Plan {
  const { pods: targets } = findManifests([readSourceFile('input.yaml', pods.join('---\n'))]);
  return planRestore(
    targets,
    restoreYaml ? readRestore(load(restoreYaml)) : DEFAULT_RESTORE,
    getDefaultVeleroVersion(),
  );
}

const cmd = { 'post.hook.restore.velero.io/command': '/bin/x' };
const runningApp = 'timeline: [{at: 0s, containerStatuses: [{name: app, state: running}]}]';

describe('runScenario', () => {
  it("groups the hooks as plan does and reports with the created pod's namespace", () => {
    const restore =
      'apiVersion: velero.io/v1\nkind: Restore\nmetadata: {name: r9}\nspec: {backupName: b, namespaceMapping: {src: dst}}';
    const run = runScenario(
      'timeline: []\nsharedContext: {timeout: 1s}',
      planOf([podYaml('p', cmd)], restore),
    );
    expect(run.errors).toEqual([]);
    expect(run.result?.restoreName).toBe('r9');
    expect(run.result?.pods[0]).toMatchObject({ namespace: 'src', targetNamespace: 'dst' });
    expect(run.result?.pods[0]?.errors).toEqual([
      'hook <from-annotation> in container app in pod dst/p not executed: context deadline exceeded',
    ]);
  });

  it('applies the single-pod form to the first pod and warns when there are more', () => {
    const run = runScenario(runningApp, planOf([podYaml('a', cmd), podYaml('b', cmd)]));
    expect(run.result?.pods.map((p) => p.name)).toEqual(['a']);
    expect(run.warnings).toEqual([
      'the scenario has no pods: list, so it applies to the first pod only (src/a)',
    ]);
  });

  it('matches pods: entries by backup namespace and name', () => {
    const scenario = `pods:\n- {namespace: src, name: b, ${runningApp}}`;
    const run = runScenario(scenario, planOf([podYaml('a', cmd), podYaml('b', cmd)]));
    expect(run.result?.pods.map((p) => [p.name, p.executions.length])).toEqual([['b', 1]]);
    expect(run.warnings).toEqual([
      "pod src/a is not listed in the scenario's pods: it is not simulated",
    ]);
  });

  it('reports a pods: entry that is not in the input', () => {
    const run = runScenario('pods: [{namespace: src, name: zz}]', planOf([podYaml('a', cmd)]));
    expect(run.result).toBeNull();
    expect(run.errors).toEqual(['pods[0]: no pod src/zz in the input (pods: src/a)']);
  });

  it("returns the scenario's parse errors without simulating", () => {
    const run = runScenario('timeline: [{at: soon}]', planOf([podYaml('a', cmd)]));
    expect(run).toMatchObject({
      result: null,
      errors: ['timeline[0].at: "soon" is not a Go duration'],
    });
  });

  it('never runs HandleHooks for a pod that is not restored (init annotation panic)', () => {
    const panics = { ...cmd, 'init.hook.restore.velero.io/container-image': 'busybox' };
    const run = runScenario(runningApp, planOf([podYaml('a', panics)]));
    expect(run.result?.pods[0]).toMatchObject({ maxWait: null, watchEndsAt: null, executions: [] });
    expect(run.result?.pods[0]?.events[0]?.kind).toBe('pod-not-restored');
  });

  it('finds native sidecars, which the executor accepts but HandleHooks drops', () => {
    const sidecar = '  initContainers:\n  - {name: log, image: x, restartPolicy: Always}\n';
    const hooks = { ...cmd, 'post.hook.restore.velero.io/container': 'log' };
    const run = runScenario(runningApp, planOf([podYaml('a', hooks, sidecar)]));
    expect(run.result?.pods[0]?.events.find((e) => e.kind === 'hook-dropped')).toMatchObject({
      sidecar: true,
    });
    expect(run.result?.restoreOutcome).toBe('StuckInFinalizing');
  });

  it('uses byContainer as the exact HandleHooks input when given', () => {
    const scenario = `byContainer: {app: [{hookName: mine, command: [/y]}]}\n${runningApp}`;
    const run = runScenario(scenario, planOf([podYaml('a', cmd)]));
    expect(run.result?.pods[0]?.executions.map((e) => [e.hookName, e.command])).toEqual([
      ['mine', ['/y']],
    ]);
  });
});
