import { describe, expect, it } from 'vitest';
import type { PodView } from '../../../src/index.ts';
import {
  describeExecTimeout,
  describeInitOrigin,
  describeOnError,
  describeWaitForReady,
  describeWaitTimeout,
  missingHookContainers,
  type ExecHookView,
} from './planText.ts';

const hook = (over: Partial<ExecHookView>): ExecHookView => ({
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
    expect(missingHookContainers(p)).toEqual(['gone']);
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
