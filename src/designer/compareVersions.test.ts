import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, type BehaviourId } from '../versions/behaviours.ts';
import { RELEASES } from '../versions/releases.ts';
import { resolveVeleroVersion } from '../versions/versionModel.ts';
import { compareVersions } from './compareVersions.ts';

/**
 * Both sides of every change in the version model, seen through the engine: the same input is
 * planned, simulated, fully restored and checked at the release before a change and at the release
 * of it, and what the user sees must differ as the entry says, with the entry named as the cause.
 */
interface Boundary {
  id: BehaviourId;
  since: string;
  aspect: string;
  manifests: string;
  restore?: string;
  scenario?: string;
  /** A substring of the value at the release before `since`, and one of the value at `since`. */
  before: string;
  after: string;
}

const pod = (annotations: Record<string, string>, spec = CONTAINERS, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: db
  namespace: prod
  annotations: ${JSON.stringify(annotations)}
${extra}spec:
${spec}`;

const CONTAINERS = `  containers:
  - {name: app, image: postgres:16}
`;
const PLAIN = pod({});

const restore = (hooks: string, spec = '') => `apiVersion: velero.io/v1
kind: Restore
metadata: {name: r, namespace: velero}
spec:
  backupName: b
${spec}  hooks:
    resources:
${hooks}`;

const execHook = (name: string, command: string, extra = '') => `    - name: ${name}
      postHooks:
      - exec: {container: app, command: ${command}${extra}}
`;

const running = (results = '') => `timeline:
- at: 0s
  containerStatuses: [{name: app, state: running, ready: true}]
results: [${results}]
`;
const neverStarts = `timeline:
- at: 0s
  containerStatuses: [{name: app, state: waiting}]
`;

/** A spec init hook entry before an exec entry in one resource: the exec hook's index is 1. */
const INIT_THEN_EXEC = `    - name: prepare
      postHooks:
      - init:
          initContainers: [{name: prep, image: busybox, command: [/bin/prep]}]
      - exec: {container: app, command: [/bin/check]}
`;

const withVolume = (annotations: Record<string, string>, containers: string, podSecurity = '') =>
  pod(
    { 'backup.velero.io/backup-volumes': 'data', ...annotations },
    `${podSecurity}${containers}  volumes:
  - {name: data, persistentVolumeClaim: {claimName: data}}
`,
  );

const BOUNDARIES: Boundary[] = [
  {
    id: 'execOnlyHookCrashesValidation',
    since: '1.10.1',
    aspect: 'Restore validation',
    manifests: PLAIN,
    restore: restore(execHook('check', '[/bin/check]')),
    before: 'the velero server panics',
    after: 'valid',
  },
  {
    id: 'specHookSource',
    since: '1.13.0',
    aspect: 'Exec hooks',
    manifests: PLAIN,
    restore: restore(execHook('check', '[/bin/check]')),
    before: 'app/check (backupSpec',
    after: 'app/check (spec',
  },
  {
    id: 'waitForReady',
    since: '1.13.0',
    aspect: 'Exec hooks',
    manifests: pod({
      'post.hook.restore.velero.io/command': '["/bin/check"]',
      'post.hook.restore.velero.io/wait-for-ready': 'true',
    }),
    before: 'app/<from-annotation> (annotation, execTimeout',
    after: 'app/<from-annotation> (annotation, waits for Ready,',
  },
  {
    id: 'returnedErrors',
    since: '1.13.0',
    aspect: 'Hook errors',
    manifests: pod({
      'post.hook.restore.velero.io/command': '["/bin/check"]',
      'post.hook.restore.velero.io/on-error': 'Continue',
    }),
    scenario: running('{container: app, error: command terminated with exit code 1}'),
    before: 'none returned',
    after: 'command terminated with exit code 1',
  },
  {
    id: 'messageCase',
    since: '1.11.0',
    aspect: 'Hook errors',
    manifests: pod({
      'post.hook.restore.velero.io/command': '["/bin/check"]',
      'post.hook.restore.velero.io/on-error': 'Fail',
      'post.hook.restore.velero.io/wait-timeout': '1s',
    }),
    scenario: neverStarts,
    before: 'Hook <from-annotation> in container app',
    after: 'hook <from-annotation> in container app',
  },
  {
    id: 'execErrorWrapped',
    since: '1.13.0',
    aspect: 'Hook errors',
    manifests: pod({
      'post.hook.restore.velero.io/command': '["/bin/check"]',
      'post.hook.restore.velero.io/on-error': 'Fail',
    }),
    scenario: running('{container: app, error: command terminated with exit code 1}'),
    before: 'command terminated with exit code 1',
    after: 'hook <from-annotation> in container app',
  },
  {
    id: 'hookTracker',
    since: '1.13.0',
    aspect: 'Restore phase',
    manifests: PLAIN,
    restore: restore(execHook('check', '[/bin/check]')),
    scenario: running(),
    before: 'no HooksAttempted/HooksFailed',
    after: 'HooksAttempted 1, HooksFailed 0',
  },
  {
    id: 'hookTracker',
    since: '1.14.0',
    aspect: 'Restore phase',
    manifests: PLAIN,
    restore: restore(
      execHook('quiesce', '[/bin/ok]', ', onError: Continue') +
        execHook('quiesce', '[/bin/bad]', ', onError: Continue'),
    ),
    scenario: running('{command: [/bin/bad], error: command terminated with exit code 2}'),
    before: 'HooksAttempted 1, HooksFailed 1',
    after: 'HooksAttempted 1, HooksFailed 0',
  },
  {
    id: 'trackerKeyHasHookIndex',
    since: '1.16.2',
    aspect: 'Restore phase',
    manifests: PLAIN,
    restore: restore(`    - name: twice
      postHooks:
      - exec: {container: app, command: [/bin/one]}
      - exec: {container: app, command: [/bin/two]}
`),
    scenario: running(),
    before: 'HooksAttempted 1, HooksFailed 0',
    after: 'HooksAttempted 2, HooksFailed 0',
  },
  {
    id: 'recordIndex',
    since: '1.16.2',
    aspect: 'Restore phase',
    manifests: PLAIN,
    restore: restore(INIT_THEN_EXEC),
    scenario: running(),
    before: 'Completed',
    after: 'StuckInFinalizing',
  },
  {
    id: 'recordIndex',
    since: '1.18.0',
    aspect: 'Restore phase',
    manifests: PLAIN,
    restore: restore(INIT_THEN_EXEC),
    scenario: running(),
    before: 'StuckInFinalizing',
    after: 'Completed',
  },
  {
    id: 'hooksWait',
    since: '1.14.0',
    aspect: 'Restore phase',
    manifests: pod({ 'post.hook.restore.velero.io/command': '["/bin/check"]' }),
    scenario: neverStarts,
    before: 'StuckInProgress',
    after: 'StuckInFinalizing',
  },
  {
    id: 'hooksWait',
    since: 'main',
    aspect: 'Restore phase',
    manifests: pod({ 'post.hook.restore.velero.io/command': '["/bin/check"]' }),
    scenario: neverStarts,
    before: 'StuckInFinalizing',
    after: 'PartiallyFailed',
  },
  {
    id: 'execTimeouts',
    since: 'main',
    aspect: 'Hook errors',
    manifests: pod({
      'post.hook.restore.velero.io/command': '["/bin/load"]',
      'post.hook.restore.velero.io/exec-timeout': '-1s',
    }),
    scenario: running('{container: app, duration: 45s}'),
    before: 'none returned',
    after: 'timed out after 30s',
  },
  {
    id: 'selectorOperatorText',
    since: '1.13.2',
    aspect: 'Restore validation',
    manifests: PLAIN,
    restore: restore(`    - name: check
      labelSelector:
        matchExpressions: [{key: app, operator: Like, values: [db]}]
      postHooks:
      - init:
          initContainers: [{name: prep, image: busybox, command: [/bin/prep]}]
`),
    before: '"Like" is not a valid pod selector operator',
    after: '"Like" is not a valid label selector operator',
  },
  ...(
    [
      ['1.11.0', '  hostUsers: false\n'],
      ['1.13.2', '  schedulingGates: [{name: example.com/gate}]\n'],
      ['1.16.0', '  securityContext: {appArmorProfile: {type: RuntimeDefault}}\n'],
      ['1.17.0', '  resources: {limits: {cpu: "1"}}\n'],
      ['main', '  hostnameOverride: db-0\n'],
    ] as const
  ).map(([since, field]): Boundary => ({
    id: 'podTypes',
    since,
    aspect: 'Fields dropped',
    manifests: pod({}, field + CONTAINERS),
    before: `prod/db: spec.${field.trim().split(':')[0]!}`,
    after: 'prod/db: none',
  })),
  {
    id: 'podTypes',
    since: '1.13.2',
    aspect: 'Init containers',
    manifests: PLAIN,
    restore: restore(`    - name: sidecar
      postHooks:
      - init:
          initContainers: [{name: log, image: busybox, command: [/bin/log], restartPolicy: Always}]
`),
    before: '{"name":"log","image":"busybox","command":["/bin/log"]}',
    after: '{"name":"log","image":"busybox","command":["/bin/log"],"restartPolicy":"Always"}',
  },
  {
    id: 'restoreWaitPlacement',
    since: '1.17.0',
    aspect: 'Full restore',
    manifests: pod(
      {},
      `  initContainers:
  - {name: restore-wait, image: velero/velero:v1.16.0}
  - {name: migrate, image: busybox}
${CONTAINERS}`,
    ),
    before: 'prod/db: [restore-wait (image velero/velero:v1.16.0, securityContext null), migrate]',
    after: 'prod/db: [migrate]',
  },
  {
    id: 'restoreWaitImage',
    since: '1.16.0',
    aspect: 'Full restore',
    manifests: withVolume({}, CONTAINERS),
    before: 'restore-wait (image velero/velero-restore-helper,',
    after: 'restore-wait (image velero/velero,',
  },
  {
    id: 'restoreWaitSecurityContext',
    since: '1.16.0',
    aspect: 'Full restore',
    manifests: withVolume(
      {},
      `  containers:
  - {name: app, image: postgres:16, securityContext: {runAsUser: 999}}
`,
    ),
    before: 'securityContext {})',
    after: 'securityContext {"runAsUser":999})',
  },
  {
    id: 'restoreWaitSecurityContext',
    since: '1.17.2',
    aspect: 'Full restore',
    manifests: `${withVolume(
      {},
      `  containers:
  - {name: app, image: postgres:16, securityContext: {runAsUser: 999}}
`,
    )}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: pod-volume-restore-config
  namespace: velero
  labels: {velero.io/plugin-config: '', velero.io/pod-volume-restore: RestoreItemAction}
data: {secCtxRunAsUser: '1001'}
`,
    before: 'securityContext {"runAsUser":999})',
    after: 'securityContext {"runAsUser":1001})',
  },
  {
    id: 'restoreWaitSecurityContext',
    since: 'main',
    aspect: 'Full restore',
    manifests: withVolume({}, CONTAINERS, '  securityContext: {runAsUser: 999}\n'),
    before: '"runAsUser":1000',
    after: '"runAsUser":999',
  },
  ...(['1.18.0', '1.18.1', 'main'] as const).map((since): Boundary => ({
    id: 'restoreNamespaceWildcards',
    since,
    aspect: 'Init containers',
    manifests: PLAIN,
    // A pattern that matches no namespace of the backup: as a glob it includes nothing; expanded,
    // it leaves an empty include list, which includes every namespace.
    restore: `apiVersion: velero.io/v1
kind: Restore
metadata: {name: r, namespace: velero}
spec:
  backupName: b
  includedNamespaces: ['staging-*']
`,
    before: since === '1.18.1' ? 'prod/db: []' : 'prod/db not restored',
    after: since === '1.18.1' ? 'prod/db not restored' : 'prod/db: []',
  })),
  {
    id: 'excludedVolumeClaims',
    since: 'main',
    aspect: 'Checks',
    manifests: withVolume({}, CONTAINERS),
    restore: `apiVersion: velero.io/v1
kind: Restore
metadata: {name: r, namespace: velero}
spec:
  backupName: b
  excludedResources: [persistentvolumeclaims]
`,
    before: 'error restore-excludes-volume-claims at restore.yaml:6',
    after: 'none',
  },
];

const names = RELEASES.map((r) => r.name);
const version = (name: string) => resolveVeleroVersion(name).version!;

describe('every change of the version model, on both sides, through the engine', () => {
  it('has a row for every change', () => {
    const changes = Object.entries(BEHAVIOURS).flatMap(([id, b]) =>
      b.changes.slice(1).map((c) => `${id}@${c.since}`),
    );
    const covered = BOUNDARIES.map((b) => `${b.id}@${b.since}`);
    expect([...new Set(covered)].sort()).toEqual(changes.sort());
  });

  it.each(BOUNDARIES.map((b) => [`${b.id} at ${b.since}`, b] as const))('%s', (_name, b) => {
    const older = names[names.indexOf(b.since) - 1]!;
    const comparison = compareVersions({
      manifests: [{ name: 'pods.yaml', text: b.manifests }],
      restore: b.restore ? { name: 'restore.yaml', text: b.restore } : null,
      ...(b.scenario ? { scenarioText: b.scenario } : {}),
      from: version(older),
      to: version(b.since),
    });
    const difference = comparison.differences.find((d) => d.aspect === b.aspect);
    expect(difference?.ranges.map((r) => r.from)).toEqual([older, b.since]);
    expect(difference!.ranges[0]!.value).toContain(b.before);
    expect(difference!.ranges[1]!.value).toContain(b.after);
    expect(difference!.causes.map((c) => c.title)).toContain(BEHAVIOURS[b.id].title);
  });
});
