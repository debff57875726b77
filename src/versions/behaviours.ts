/**
 * Every restore-hook behaviour that differs between the supported Velero releases, as one named
 * entry each: what it is, the Velero change that made it differ, and its value from each release on.
 * Engine steps read the resolved values (`VeleroVersion.behaviours`); none compares versions. A new
 * Velero release means new `since` entries here, not edits to the steps.
 */

/** A value from one release on (until the next entry), with what it means for a user. */
export interface BehaviourChange<T> {
  since: string;
  value: T;
  /** One line: what a user sees on these versions. */
  meaning: string;
}

export interface Behaviour<T> {
  title: string;
  /** The Velero PRs, issues or commits, and the code that shows it. */
  evidence: string;
  /** Oldest first; the first entry starts at the oldest supported release. */
  changes: readonly BehaviourChange<T>[];
}

const behaviour = <T>(b: Behaviour<T>): Behaviour<T> => b;

const IHH = 'internal/hook/item_hook_handler.go';
const WEH = 'internal/hook/wait_exec_hook_handler.go';
const HT = 'internal/hook/hook_tracker.go';
const PVRA = 'pkg/restore/actions/pod_volume_restore_action.go';

export const BEHAVIOURS = {
  execOnlyHookCrashesValidation: behaviour({
    title: 'An exec-only spec hook crashes the restore controller',
    evidence: `velero#5674, fixed by #5675 (backport #5708); pkg/controller/restore_controller.go validateAndComplete`,
    changes: [
      {
        since: '1.10.0',
        value: true,
        meaning:
          'validateAndComplete reads h.Init of every postHooks entry without a nil check: a Restore with an exec-only hook panics the velero server, which restarts and meets the same Restore again',
      },
      { since: '1.10.1', value: false, meaning: 'exec-only hooks are validated normally' },
    ],
  }),
  specHookSource: behaviour({
    title: 'The source name of spec exec hooks',
    evidence: `${IHH} GroupRestoreExecHooks; HookSourceSpec added in 1.13.0`,
    changes: [
      {
        since: '1.10.0',
        value: 'backupSpec' as const,
        meaning: 'spec hooks are labelled backupSpec',
      },
      { since: '1.13.0', value: 'spec' as const, meaning: 'spec hooks are labelled spec' },
    ],
  }),
  waitForReady: behaviour({
    title: 'waitForReady and the wait-for-ready annotation',
    evidence: `velero#6918 (1.13.0); ${WEH} isContainerUp`,
    changes: [
      {
        since: '1.10.0',
        value: false,
        meaning:
          'the field does not exist and the annotation is not read: hooks run as soon as their container is Running',
      },
      {
        since: '1.13.0',
        value: true,
        meaning: 'a container whose hooks wait for ready is up only when it is Ready',
      },
    ],
  }),
  returnedErrors: behaviour({
    title: 'Which hook failures HandleHooks returns (and so fail the Restore)',
    evidence: `velero#7022 (1.13.0); ${WEH} HandleHooks; pkg/restore/restore.go hooksWaitExecutor`,
    changes: [
      {
        since: '1.10.0',
        value: 'fail-only' as const,
        meaning:
          'only failures of onError: Fail hooks are returned; Continue failures are only logged: the Restore stays Completed and other pods are not cancelled',
      },
      {
        since: '1.13.0',
        value: 'all' as const,
        meaning:
          'every failure is returned: a Continue failure makes the Restore PartiallyFailed and cancels the hooks still waiting in other pods',
      },
    ],
  }),
  messageCase: behaviour({
    title: 'Capitalisation of the expired and not-executed errors',
    evidence: `${WEH} at v1.10.3 and v1.11.0`,
    changes: [
      { since: '1.10.0', value: 'Hook' as const, meaning: 'messages start with "Hook …"' },
      { since: '1.11.0', value: 'hook' as const, meaning: 'messages start with "hook …"' },
    ],
  }),
  execErrorWrapped: behaviour({
    title: 'The error of a failed exec hook',
    evidence: `velero#7022 (1.13.0); ${WEH} HandleHooks`,
    changes: [
      {
        since: '1.10.0',
        value: false,
        meaning: "the executor's error is returned as it is (e.g. `timed out after 30s`)",
      },
      {
        since: '1.13.0',
        value: true,
        meaning: 'wrapped as `hook <name> in container <c> failed to execute, err: <error>`',
      },
    ],
  }),
  hookTracker: behaviour({
    title: 'The hook tracker behind HooksAttempted and HooksFailed',
    evidence: `${HT}: 5d1a632be, 6051b3cbe (1.13.0); 28552258a (1.14.0); velero#8910`,
    changes: [
      {
        since: '1.10.0',
        value: 'none' as const,
        meaning: 'there is no hook tracker: the Restore has no HooksAttempted or HooksFailed',
      },
      {
        since: '1.13.0',
        value: 'last-record-wins' as const,
        meaning:
          'each record overwrites the last; HooksAttempted counts only hooks recorded at least once',
      },
      {
        since: '1.14.0',
        value: 'first-record-wins' as const,
        meaning: 'the first record of a hook counts; HooksAttempted counts every added hook',
      },
    ],
  }),
  trackerKeyHasHookIndex: behaviour({
    title: "The tracker key includes the hook's index",
    evidence: `${HT}: 6709a8a24 (1.16.2), ca61b6530 (1.17.0); velero#8910`,
    changes: [
      {
        since: '1.10.0',
        value: false,
        meaning:
          'hooks with the same container and name share one key: HooksAttempted undercounts them (velero#8910)',
      },
      { since: '1.16.2', value: true, meaning: 'every hook has its own key' },
    ],
  }),
  recordIndex: behaviour({
    title: 'The index HandleHooks records a hook with',
    evidence: `${WEH} Record(…, i, …); velero#9359, fixed by #9366 (57370296a, 1.18.0)`,
    changes: [
      { since: '1.10.0', value: 'hook-index' as const, meaning: "the hook's postHooks index" },
      {
        since: '1.16.2',
        value: 'list-position' as const,
        meaning:
          "the hook's position in its container's list: where it differs from the postHooks index (an init entry first, two resources on one container) the record misses its key and the Restore stays in Finalizing for ever (velero#9359)",
      },
      { since: '1.18.0', value: 'hook-index' as const, meaning: "the hook's postHooks index" },
    ],
  }),
  hooksWait: behaviour({
    title: 'Where the Restore waits for exec hooks',
    evidence:
      'pkg/restore/restore.go hooksWaitGroup; pkg/controller/restore_finalizer_controller.go WaitRestoreExecHook (28552258a, 1.14.0); velero#10280 (1e26cf7ca, main)',
    changes: [
      {
        since: '1.10.0',
        value: 'in-progress' as const,
        meaning:
          'inside the restore, with no deadline: a hook that never returns keeps the Restore InProgress for ever',
      },
      {
        since: '1.14.0',
        value: 'finalizing' as const,
        meaning:
          'in the Finalizing phase, with no deadline: a hook that is never recorded keeps the Restore in Finalizing for ever, and it blocks every later restore (velero#9744)',
      },
      {
        since: 'main',
        value: 'finalizing-bounded' as const,
        meaning:
          "in Finalizing, until the server's --resource-timeout (default 10m): then PartiallyFailed with `context deadline exceeded`, and HooksAttempted/HooksFailed are not written",
      },
    ],
  }),
  execTimeouts: behaviour({
    title: 'Exec timeouts of zero, below zero and over four hours',
    evidence: 'pkg/podexec/pod_command_executor.go ExecutePodCommand; velero#10125 (main)',
    changes: [
      {
        since: '1.10.0',
        value: 'negative-means-no-timer' as const,
        meaning:
          '0 means 30s; a negative timeout starts no timer at all (the hook can hold the Restore for ever); any positive value is used as given',
      },
      {
        since: 'main',
        value: 'clamped' as const,
        meaning: '0 or negative means 30s; over 4h is cut to 4h',
      },
    ],
  }),
  selectorOperatorText: behaviour({
    title: 'The error text of an invalid label-selector operator',
    evidence: 'k8s.io/apimachinery LabelSelectorAsSelector of the vendored version',
    changes: [
      {
        since: '1.10.0',
        value: 'pod selector operator',
        meaning: '`… is not a valid pod selector operator`',
      },
      {
        since: '1.13.2',
        value: 'label selector operator',
        meaning: '`… is not a valid label selector operator`',
      },
    ],
  }),
  podTypes: behaviour({
    title: 'The k8s.io/api types Velero reads pods and spec init containers into',
    evidence:
      'k8s.io/api in go.mod per tag (releases.ts k8sApi; the tables in src/model/k8s); internal/hook/item_hook_handler.go HandleRestoreHooks (every restored pod: FromUnstructured into corev1.Pod, then ToUnstructured) and ValidateContainer (json.Unmarshal into corev1.Container)',
    changes: [
      {
        since: '1.10.0',
        value: '0.24.2' as const,
        meaning:
          'k8s.io/api 0.24: every restored pod loses the fields added since (hostUsers, resizePolicy, native-sidecar restartPolicy, resources.claims, schedulingGates, appArmorProfile, …), and spec init containers too',
      },
      { since: '1.11.0', value: '0.25.6' as const, meaning: '0.25: spec.hostUsers is kept' },
      {
        since: '1.13.2',
        value: '0.29.0' as const,
        meaning:
          '0.29: resizePolicy, native-sidecar restartPolicy, resources.claims, schedulingGates and resourceClaims are kept',
      },
      {
        since: '1.16.0',
        value: '0.31.3' as const,
        meaning: '0.31: appArmorProfile and supplementalGroupsPolicy are kept',
      },
      {
        since: '1.17.0',
        value: '0.33.3' as const,
        meaning:
          '0.33: lifecycle.stopSignal, seLinuxChangePolicy and pod-level resources are kept (1.18.1 and 1.18.2 vendor later 0.33 patches with the same types)',
      },
      {
        since: 'main',
        value: '0.36.0' as const,
        meaning: '0.36: restartPolicyRules and hostnameOverride are kept: every current field',
      },
    ],
  }),
  restoreWaitPlacement: behaviour({
    title: 'How the file-system restore places restore-wait',
    evidence: `${PVRA}; velero#8870, fixed by #8880 (1.17.0)`,
    changes: [
      {
        since: '1.10.0',
        value: 'replace-first' as const,
        meaning:
          'an initContainers[0] named restore-wait or restic-wait is replaced, else one is prepended; a pod without volume backups keeps a stale wait container (velero#8870)',
      },
      {
        since: '1.17.0',
        value: 'remove-all' as const,
        meaning:
          'every restore-wait/restic-wait is removed; a new one is prepended when the pod has volume backups',
      },
    ],
  }),
  restoreWaitImage: behaviour({
    title: 'The restore-wait image',
    evidence: `${PVRA} getImage; eb5230e12 (1.16.0)`,
    changes: [
      {
        since: '1.10.0',
        value: 'restore-helper' as const,
        meaning: 'velero/velero-restore-helper (command /velero-restore-helper)',
      },
      {
        since: '1.16.0',
        value: 'server' as const,
        meaning: "the Velero server's own image (command /velero-restore-helper)",
      },
    ],
  }),
  restoreWaitSecurityContext: behaviour({
    title: 'The restore-wait securityContext',
    evidence: `${PVRA}: 4b7f93189, 21db5f885 (1.16.0); b6202639e (#9394, 1.17.2); velero#10047 (main)`,
    changes: [
      {
        since: '1.10.0',
        value: 'configmap' as const,
        meaning: 'from the plugin ConfigMap only; none without it',
      },
      {
        since: '1.16.0',
        value: 'first-container-over-configmap' as const,
        meaning:
          "the first container's securityContext (it overrides the ConfigMap), else the ConfigMap, else a restricted default running as uid 1000",
      },
      {
        since: '1.17.2',
        value: 'configmap-first' as const,
        meaning:
          "the ConfigMap, else the first container's securityContext, else a restricted default running as uid 1000",
      },
      {
        since: 'main',
        value: 'pod-user-fallback' as const,
        meaning:
          "the ConfigMap, else the first container's, else the restricted default with the pod's runAsUser/runAsGroup (uid 1000 only when the pod sets none; velero#10047)",
      },
    ],
  }),
  excludedVolumeClaims: behaviour({
    title: 'File-system volumes when the Restore excludes PVCs or PVs',
    evidence: 'pkg/restore/restore.go restoreItem; velero#10269 (2c33471fc, main)',
    changes: [
      {
        since: '1.10.0',
        value: 'wait-forever' as const,
        meaning:
          'no pod volume restores are created, yet restore-wait is injected: the pod hangs at Init:0/1 (velero#10269)',
      },
      {
        since: 'main',
        value: 'restored' as const,
        meaning: 'pod volume restores are created anyway',
      },
    ],
  }),
  restoreNamespaceWildcards: behaviour({
    title: "How the Restore's own includedNamespaces/excludedNamespaces are matched",
    evidence:
      'pkg/restore/restore.go RestoreWithResolvers, expandNamespaceWildcards; pkg/util/wildcard/expand.go ' +
      'ShouldExpandWildcards, ExpandWildcards; velero#9255 (975f64732, 1.18.0); velero#9684 (8f81ac101 on ' +
      'release-1.18, 1.18.1: restores pass fromBackup=false; 3b34fb8ef on main: restores still expand)',
    changes: [
      {
        since: '1.10.0',
        value: 'glob' as const,
        meaning:
          "gobwas glob patterns matched against each item's backup namespace (IncludesExcludes.ShouldInclude)",
      },
      {
        since: '1.18.0',
        value: 'expand' as const,
        meaning:
          'when a pattern holds *, ? or [ and no include is exactly *, the patterns are first expanded to the ' +
          "backup's namespaces: braces, ** and | ( ) ! , fail the restore, and includes that match no namespace " +
          'leave an empty include list, which restores every namespace',
      },
      {
        since: '1.18.1',
        value: 'glob' as const,
        meaning: 'restores no longer expand wildcards: glob patterns again',
      },
      {
        since: 'main',
        value: 'expand-with-includes' as const,
        meaning:
          'expanded as in 1.18.0, but only when includedNamespaces is not empty (velero#9684 on main keeps restore expansion)',
      },
    ],
  }),
};

export type BehaviourId = keyof typeof BEHAVIOURS;
