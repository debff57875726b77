import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { POD_TEMPLATE_PATHS } from '../velero/pods.ts';
import { generateAnnotations, generateAnnotationsYaml } from './annotations.ts';
import {
  TARGET_KINDS,
  type DesignedExecHook,
  type DesignedHook,
  type DesignedInitHook,
  type Generated,
} from './design.ts';
import { execHook, expectedExecHook, initHook, podYaml } from '../testing/generate.ts';

function ok<T>(g: Generated<T>): T {
  if (g.kind === 'error') throw new Error(`unexpected problems: ${JSON.stringify(g.problems)}`);
  return g.value;
}

const GENERATED_NAME = /^velero-restore-init-[0-9a-f]{8}$/;

/** Runs the engine on one manifest and returns the plan of its only pod. */
function planOf(text: string) {
  const analysis = analyze({ manifests: [{ name: 'm.yaml', text }] });
  expect(analysis.files[0]?.problems).toEqual([]);
  expect(analysis.plan.pods).toHaveLength(1);
  return analysis.plan.pods[0]!;
}

/** The manifest a user gets by pasting the YAML block into a minimal object of `kind`. */
function pasted(kind: string, block: string, containers: readonly string[]): string {
  const containerLines = (indent: string) => [
    `${indent}spec:`,
    `${indent}  containers:`,
    ...containers.flatMap((c) => [`${indent}  - name: ${c}`, `${indent}    image: nginx`]),
  ];
  if (kind === 'Pod') {
    return (
      [
        'apiVersion: v1',
        'kind: Pod',
        block.trimEnd(),
        '  name: p',
        '  namespace: shop',
        ...containerLines(''),
      ].join('\n') + '\n'
    );
  }
  const indent = ' '.repeat(2 * (POD_TEMPLATE_PATHS[kind] ?? []).length);
  return (
    [
      'apiVersion: apps/v1',
      `kind: ${kind}`,
      'metadata:',
      '  name: web',
      '  namespace: shop',
      block.trimEnd(),
      ...containerLines(indent),
    ].join('\n') + '\n'
  );
}

function checkPlan(
  plan: ReturnType<typeof planOf>,
  init: DesignedInitHook | undefined,
  exec: DesignedExecHook | undefined,
  containers: string[],
) {
  if (plan.init.kind !== 'ok') throw new Error(`init step failed: ${plan.init.message}`);
  if (init) {
    expect(plan.init.source).toBe('annotation');
    expect(plan.init.injected).toHaveLength(1);
    const { container, from } = plan.init.injected[0]!;
    expect(from).toEqual({ source: 'annotation', generatedName: !init.name });
    expect(container).toEqual({
      name: init.name || container.name,
      image: init.image,
      command: init.command,
    });
    if (!init.name) expect(container.name).toMatch(GENERATED_NAME);
  } else {
    expect(plan.init.source).toBe('none');
  }
  if (exec) {
    expect(plan.exec.source).toBe('annotation');
    const hook = expectedExecHook(exec, containers[0]!);
    expect([...plan.exec.groups]).toEqual([[hook.container, [hook]]]);
  } else {
    expect(plan.exec.source).toBe('none');
  }
}

const designs = fc
  .tuple(fc.option(initHook, { nil: undefined }), fc.option(execHook, { nil: undefined }))
  .filter(([i, e]) => i !== undefined || e !== undefined);

function containersFor(exec: DesignedExecHook | undefined): string[] {
  return exec?.container && exec.container !== 'app' ? ['app', exec.container] : ['app'];
}

describe('generateAnnotations', () => {
  it('writes an init hook with a JSON command', () => {
    expect(
      ok(
        generateAnnotations({
          kind: 'init',
          name: 'restore-db',
          image: 'busybox',
          command: ['/bin/sh', '-c', 'echo "hi" > /x'],
        }),
      ),
    ).toEqual({
      'init.hook.restore.velero.io/container-image': 'busybox',
      'init.hook.restore.velero.io/container-name': 'restore-db',
      'init.hook.restore.velero.io/command': '["/bin/sh","-c","echo \\"hi\\" > /x"]',
    });
  });

  it('writes [] for an init hook that runs the image entrypoint, and leaves out an empty name', () => {
    expect(
      ok(generateAnnotations({ kind: 'init', name: '', image: 'busybox', command: [] })),
    ).toEqual({
      'init.hook.restore.velero.io/container-image': 'busybox',
      'init.hook.restore.velero.io/command': '[]',
    });
  });

  it('writes only non-default exec keys, durations in Go spelling', () => {
    const exec: DesignedExecHook = {
      kind: 'exec',
      command: ['/bin/true'],
      execTimeout: '90s',
      waitTimeout: '0',
      waitForReady: false,
    };
    expect(ok(generateAnnotations(exec))).toEqual({
      'post.hook.restore.velero.io/command': '["/bin/true"]',
      'post.hook.restore.velero.io/exec-timeout': '1m30s',
    });
    const full: DesignedExecHook = {
      kind: 'exec',
      container: 'db',
      command: ['x'],
      onError: 'Fail',
      waitTimeout: '1.5h',
      waitForReady: true,
    };
    expect(ok(generateAnnotations([full]))).toEqual({
      'post.hook.restore.velero.io/container': 'db',
      'post.hook.restore.velero.io/command': '["x"]',
      'post.hook.restore.velero.io/on-error': 'Fail',
      'post.hook.restore.velero.io/wait-timeout': '1h30m0s',
      'post.hook.restore.velero.io/wait-for-ready': 'true',
    });
  });
});

describe('generateAnnotationsYaml', () => {
  const hooks: DesignedHook[] = [
    { kind: 'init', image: 'busybox', command: ['true'] },
    { kind: 'exec', command: ['/bin/sh', '-c', 'echo ok'], waitForReady: true },
  ];

  it('quotes every value for a Pod', () => {
    expect(ok(generateAnnotationsYaml(hooks, 'Pod'))).toBe(
      [
        'metadata:',
        '  annotations:',
        "    init.hook.restore.velero.io/container-image: 'busybox'",
        `    init.hook.restore.velero.io/command: '["true"]'`,
        `    post.hook.restore.velero.io/command: '["/bin/sh","-c","echo ok"]'`,
        "    post.hook.restore.velero.io/wait-for-ready: 'true'",
        '',
      ].join('\n'),
    );
  });

  it('doubles a single quote inside a single-quoted value', () => {
    const single = ok(
      generateAnnotationsYaml([{ kind: 'exec', command: ['/bin/sh', '-c', "echo 'ok'"] }], 'Pod'),
    );
    expect(single.split('\n')[2]).toBe(
      `    post.hook.restore.velero.io/command: '["/bin/sh","-c","echo ''ok''"]'`,
    );
  });

  it('nests under the pod template of a CronJob', () => {
    expect(ok(generateAnnotationsYaml(hooks[1]!, 'CronJob'))).toBe(
      [
        'spec:',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        metadata:',
        '          annotations:',
        `            post.hook.restore.velero.io/command: '["/bin/sh","-c","echo ok"]'`,
        "            post.hook.restore.velero.io/wait-for-ready: 'true'",
        '',
      ].join('\n'),
    );
  });

  it('refuses a kind without a pod template', () => {
    const result = generateAnnotationsYaml(hooks, 'Service');
    expect(result.kind === 'error' && result.problems.map((p) => p.code)).toEqual([
      'unsupported-kind',
    ]);
  });
});

describe('round trip through the engine', () => {
  it('annotations on a Pod document give back the designed hooks', () => {
    fc.assert(
      fc.property(designs, ([init, exec]) => {
        const hooks = [init, exec].filter((h): h is DesignedHook => h !== undefined);
        const annotations = ok(generateAnnotations(hooks));
        const containers = containersFor(exec);
        checkPlan(
          planOf(podYaml({ name: 'p', namespace: 'shop', annotations }, containers)),
          init,
          exec,
          containers,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the YAML block pasted into a Pod or workload gives back the designed hooks', () => {
    fc.assert(
      fc.property(designs, fc.constantFrom(...TARGET_KINDS), ([init, exec], kind) => {
        const hooks = [init, exec].filter((h): h is DesignedHook => h !== undefined);
        const containers = containersFor(exec);
        checkPlan(
          planOf(pasted(kind, ok(generateAnnotationsYaml(hooks, kind)), containers)),
          init,
          exec,
          containers,
        );
      }),
      { numRuns: 300 },
    );
  });
});
