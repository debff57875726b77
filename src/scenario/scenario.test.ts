import { dump } from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario.ts';

const single = `
restoreName: r1
sharedContext: {timeout: 1ms}
tracker: {preAdded: none}
byContainer:
  container1:
  - hookName: h
    hookSource: annotation
    hookIndex: 0
    container: container1
    command: [/usr/bin/foo]
    onError: Continue
    execTimeout: 1s
    waitTimeout: 1m
    waitForReady: null
timeline:
- at: 0s
  containerStatuses:
  - {name: container1, state: running, ready: false}
- at: 10ms
  phase: Succeeded
- at: 20ms
  deleted: true
results:
- {hookName: h, container: container1, error: pod hook error, duration: 45s}
`;

describe('parseScenario', () => {
  it('reads the single-pod form', () => {
    const { scenario, errors, warnings } = parseScenario(single);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(scenario).toMatchObject({
      restoreName: 'r1',
      sharedContext: { timeout: 1_000_000n, cancelAt: null },
      preAdded: 'none',
      form: 'single',
    });
    const pod = scenario.pods[0]!;
    expect(pod.byContainer?.get('container1')).toEqual([
      {
        hookName: 'h',
        hookSource: 'annotation',
        hookIndex: 0,
        container: 'container1',
        command: ['/usr/bin/foo'],
        onError: 'Continue',
        execTimeout: 1_000_000_000n,
        waitTimeout: 60_000_000_000n,
        waitForReady: false,
      },
    ]);
    expect(pod.timeline.map((s) => [s.at, s.phase, s.deleted, s.containerStatuses.length])).toEqual(
      [
        [0n, null, false, 1],
        [10_000_000n, 'Succeeded', false, 0],
        [20_000_000n, null, true, 0],
      ],
    );
    expect(pod.results).toEqual([
      {
        hookName: 'h',
        container: 'container1',
        hookIndex: null,
        command: null,
        error: 'pod hook error',
        duration: 45_000_000_000n,
      },
    ]);
  });

  it('reads the multi-pod form with defaults', () => {
    const { scenario, errors } = parseScenario(`
pods:
- {namespace: default, name: a, startAt: 0s, timeline: [{at: 0s}]}
- {namespace: default, name: b, startAt: 10s}
`);
    expect(errors).toEqual([]);
    expect(scenario.form).toBe('multi');
    expect(scenario.preAdded).toBe('all');
    expect(
      scenario.pods.map((p) => [p.namespace, p.name, p.startAt, p.byContainer, p.timeline.length]),
    ).toEqual([
      ['default', 'a', 0n, null, 1],
      ['default', 'b', 10_000_000_000n, null, 0],
    ]);
  });

  it("defaults a hook's container to its byContainer key and reads onError '' and unset values", () => {
    const { scenario, errors } = parseScenario(
      `byContainer: {c1: [{hookName: h, command: [x], onError: ''}]}`,
    );
    expect(errors).toEqual([]);
    expect(scenario.pods[0]?.byContainer?.get('c1')?.[0]).toMatchObject({
      container: 'c1',
      onError: '',
      execTimeout: 0n,
      waitForReady: false,
      hookSource: 'spec',
    });
  });

  it.each([
    [
      'pods:\n- {namespace: ns, name: a, timeline: [{at: 1s}]}\n- {namespace: ns, name: b, timeline: [{at: 5x}]}',
      'pods[1].timeline[0].at: "5x" is not a Go duration',
    ],
    ['timeline: [{at: 5}]', 'timeline[0].at: "5" is not a Go duration'],
    ['timeline: [{containerStatuses: []}]', 'timeline[0].at: required'],
    ['timeline: [{at: -1s}]', 'timeline[0].at: must not be negative'],
    [
      'timeline: [{at: 0s, containerStatuses: [{name: c, state: Running}]}]',
      'timeline[0].containerStatuses[0].state: must be one of running, waiting, terminated, none, got "Running"',
    ],
    [
      'byContainer: {c1: [{hookName: h, command: x}]}',
      'byContainer.c1[0].command: expected a list of strings, got "x"',
    ],
    [
      'byContainer: {c1: [{hookName: h, command: [x], waitForReady: "true"}]}',
      'byContainer.c1[0].waitForReady: expected true, false or null, got "true"',
    ],
    [
      'byContainer: {c1: [{hookName: h, command: [x], hookSource: pod}]}',
      'byContainer.c1[0].hookSource: must be one of annotation, spec, backupSpec, got "pod"',
    ],
    ['byContainer: {c1: [{command: [x]}]}', 'byContainer.c1[0].hookName: required'],
    [
      'byContainer: {"a.b": [{hookName: h, command: [x], execTimeout: soon}]}',
      'byContainer["a.b"][0].execTimeout: "soon" is not a Go duration',
    ],
    ['tracker: {preAdded: some}', 'tracker.preAdded: must be one of all, none, got "some"'],
    ['sharedContext: {cancelAt: never}', 'sharedContext.cancelAt: "never" is not a Go duration'],
    [
      'results: [{hookName: h, duration: 1h, hookIndex: one}]',
      'results[0].hookIndex: expected an integer, got "one"',
    ],
    ['pods: []', 'pods: must list at least one pod'],
    ['pods: [{name: a}]', 'pods[0].namespace: required'],
    [
      'pods: [{namespace: n, name: a}, {namespace: n, name: a}]',
      'pods[1]: pod n/a is listed twice',
    ],
    [
      'pods: [{namespace: n, name: a}]\ntimeline: []',
      'scenario: pods: cannot be combined with top-level timeline',
    ],
    ['- just\n- a list', 'scenario: expected a mapping, got a list'],
    ['', 'scenario: the file is empty'],
    ['---\n', 'scenario: expected a mapping, got null'],
  ])('reports %j', (text, error) => {
    expect(parseScenario(text).errors).toContain(error);
  });

  it('reports YAML syntax errors without throwing', () => {
    const { errors } = parseScenario('timeline: [\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^scenario: not valid YAML: /);
  });

  it('warns about unknown keys and unrecognised onError values', () => {
    const { errors, warnings } = parseScenario(
      'description: x\nbyContainer: {c1: [{hookName: h, command: [x], onError: fail}]}',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'description: unknown key (ignored)',
      `byContainer.c1[0].onError: "fail" is neither Continue nor Fail (case-sensitive); it acts like ''`,
    ]);
  });
});

describe('parseScenario never throws', () => {
  it('on arbitrary text and on arbitrary YAML values', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => dump(v)),
        ),
        (text) => {
          const { errors, warnings } = parseScenario(text);
          expect(Array.isArray(errors) && Array.isArray(warnings)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
