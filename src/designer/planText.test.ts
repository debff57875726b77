import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExecHookJson } from '../velero/planJson.ts';
import { buildDesignerView, type PodView } from './designerView.ts';
import {
  describeHooksAttempted,
  describePodPlan,
  describeExecTimeout,
  describeInitOrigin,
  describeOnError,
  describeWaitForReady,
  describeWaitTimeout,
  findMissingHookContainers,
} from './planText.ts';

const hook = (over: Partial<ExecHookJson>): ExecHookJson => ({
  hookName: 'h',
  hookSource: 'spec',
  hookIndex: 0,
  container: 'app',
  command: ['true'],
  onError: '',
  execTimeout: '0s',
  waitTimeout: '0s',
  waitForReady: false,
  ...over,
});

function pod(over: Partial<PodView>): PodView {
  return {
    namespace: 'ns',
    namespaceDefaulted: false,
    annotationsLayout: null,
    fromBackup: null,
    name: 'p',
    kind: 'Pod',
    owner: 'p',
    nameDerived: false,
    targetNamespace: 'ns',
    initContainers: [],
    execHooks: {},
    error: null,
    restored: true,
    skipReason: null,
    notRestoredReason: null,
    key: 'ns/p',
    document: 0,
    podPath: [],
    containers: ['app'],
    initSource: 'none',
    execSource: 'none',
    annotations: {},
    volumes: [],
    hookMatches: [],
    injectedInit: [],
    ...over,
  };
}

describe('plan texts', () => {
  it('shows unset onError as acting like Continue', () => {
    expect(describeOnError('')).toBe('unset (acts as Continue)');
    expect(describeOnError('Continue')).toBe('Continue');
    expect(describeOnError('Fail')).toMatch(/^Fail/);
  });

  it('explains zero and negative durations', () => {
    expect(describeExecTimeout('0s')).toBe('0s → default 30s');
    expect(describeExecTimeout('1m0s')).toBe('1m0s');
    expect(describeWaitTimeout('0s')).toBe('0s → no deadline');
    expect(describeWaitTimeout('-1s')).toMatch(/always expired/);
    expect(describeWaitTimeout('5m0s')).toBe('5m0s');
  });

  it('applies waitForReady per container', () => {
    expect(describeWaitForReady(hook({ waitForReady: true }), true)).toMatch(/Ready/);
    expect(describeWaitForReady(hook({}), true)).toMatch(/another hook/);
    expect(describeWaitForReady(hook({}), false)).toBe('false → Running is enough');
  });

  it('finds hooks for containers not in spec.containers', () => {
    const p = pod({ execHooks: { app: [hook({})], gone: [hook({ container: 'gone' })] } });
    expect(findMissingHookContainers(p)).toEqual(['gone']);
  });

  it('names where init containers come from', () => {
    const p = pod({
      initContainers: [{ name: 'restore-wait' }, { name: 'hook' }, { name: 'own' }],
      injectedInit: [
        { index: 1, name: 'hook', source: 'spec', hookName: 'r1', generatedName: false },
      ],
    });
    expect(describeInitOrigin(p, 0)).toBe('restore-wait: kept first');
    expect(describeInitOrigin(p, 1)).toBe('injected by Restore hook r1');
    expect(describeInitOrigin(p, 2)).toBe("the pod's own");
  });
});

/** An example's file; '' for an example without it (no Restore: the defaults). */
const example = (id: string, file: string) => {
  try {
    return readFileSync(new URL(`../../public/examples/${id}/${file}`, import.meta.url), 'utf8');
  } catch {
    return '';
  }
};
const podOf = (id: string) =>
  buildDesignerView({
    manifests: example(id, 'manifests.yaml'),
    restore: example(id, 'restore.yaml'),
    include: { diff: 'none', simulation: false },
  }).pods[0]!;

describe('describePodPlan', () => {
  it('says what each exec hook value means, per container in Velero order', () => {
    const text = describePodPlan(podOf('multiple-hooks-ordering'));
    expect(text.notRestored).toBeNull();
    expect(text.exec.groups.map((g) => [g.container, g.dropped])).toEqual([
      ['postgres', null],
      ['sidecar', null],
    ]);
    expect(text.exec.groups[1]!.hooks).toEqual([
      {
        hookName: 'restore-hook-1',
        hookSource: 'spec',
        hookIndex: 2,
        command: '["/bin/bash","-c","date > /start"]',
        onError: 'unset (acts as Continue)',
        execTimeout: '0s → default 30s',
        waitTimeout: '0s → no deadline',
        waitForReady: 'false → Running is enough',
      },
    ]);
  });

  it('names the injected init containers and why a pod is not restored', () => {
    const injected = describePodPlan(podOf('restore-wait-fs-backup')).init.containers![0]!;
    expect(injected).toMatchObject({
      name: 'fix-ownership',
      injected: true,
      origin: 'injected from the init.hook annotations',
    });
    expect(describePodPlan(podOf('image-without-command-panic')).notRestored).toEqual({
      headline: 'Velero panics; the pod is not restored',
      reason: 'runtime error: index out of range [0] with length 0',
      failure: true,
    });
  });

  it('says when there is no hook tracker to count HooksAttempted', () => {
    expect(describeHooksAttempted(3)).toBe('3');
    expect(describeHooksAttempted(null)).toBe('no hook tracker in this Velero version');
  });
});
