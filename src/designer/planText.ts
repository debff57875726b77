/**
 * The plan in words, for the Plan tab and `restore-hooks plan` alike: what each value Velero uses
 * means (unset onError, 0s timeouts, waitForReady per container), where each init container comes
 * from, which hooks Velero drops, and why a pod is not restored. The two only lay it out.
 */
import type { Container } from '../model/types.ts';
import type { ExecHookJson } from '../velero/planJson.ts';
import type { PodView } from './designerView.ts';

export interface InitContainerText {
  /** null when the container has no name. */
  name: string | null;
  image: string;
  command: string;
  /** Injected by the init-hook step (annotation or Restore spec hook). */
  injected: boolean;
  origin: string;
}

export interface ExecHookText {
  hookName: string;
  hookSource: string;
  hookIndex: number;
  command: string;
  onError: string;
  execTimeout: string;
  waitTimeout: string;
  waitForReady: string;
}

export interface ExecGroupText {
  container: string;
  /** What happens to the hooks of a container that is not in spec.containers; null when it is. */
  dropped: string | null;
  hooks: ExecHookText[];
}

/** One pod's plan in words. */
export interface PodPlanText {
  /** Why Velero does not create the pod (`reason` is Velero's own text); null when it does. */
  notRestored: { headline: string; reason: string; failure: boolean } | null;
  init: {
    source: PodView['initSource'];
    /** The pod's `spec.initContainers` as Velero creates them; null when the init step fails. */
    containers: InitContainerText[] | null;
    /** Said when the annotations override Restore spec init hooks that match the pod. */
    note: string | null;
  };
  exec: {
    source: PodView['execSource'];
    /** Per container, in Velero's order. */
    groups: ExecGroupText[];
    /** Said when the exec annotation overrides Restore spec hooks that match the pod. */
    note: string | null;
  };
}

/**
 * Describes one pod's plan: the init containers with their origin, the exec hooks per container
 * with the values Velero will use, and why the pod is not restored. The Plan tab and the CLI's
 * plan text both show this.
 */
export function describePodPlan(pod: PodView): PodPlanText {
  const specHookMatches = pod.hookMatches.some((m) => m.matches);
  const missing = new Set(findMissingHookContainers(pod));
  return {
    notRestored: describeNotRestored(pod),
    init: {
      source: pod.initSource,
      containers: pod.initContainers?.map((c, i) => describeInitContainer(pod, c, i)) ?? null,
      note:
        pod.initSource === 'annotation' && specHookMatches
          ? 'The init annotations override every Restore spec init hook for this pod.'
          : null,
    },
    exec: {
      source: pod.execSource,
      groups: Object.entries(pod.execHooks).map(([container, hooks]) =>
        describeExecGroup(container, hooks, missing.has(container)),
      ),
      note:
        pod.execSource === 'annotation' && specHookMatches
          ? "The exec annotation is this pod's only exec hook: Restore spec exec hooks are ignored for it."
          : null,
    },
  };
}

/** `status.hookStatus.hooksAttempted` as the plan predicts it: the distinct hook-tracker keys. */
export function describeHooksAttempted(trackerAdded: number | null): string {
  return trackerAdded === null ? 'no hook tracker in this Velero version' : String(trackerAdded);
}

function describeNotRestored(pod: PodView): PodPlanText['notRestored'] {
  if (pod.error !== null) {
    const who = pod.errorKind === 'panic' ? 'Velero panics' : 'Velero fails';
    return { headline: `${who}; the pod is not restored`, reason: pod.error, failure: true };
  }
  if (pod.skipReason !== null) {
    const headline = `Velero does not restore this pod (${pod.skipReason})`;
    return { headline, reason: pod.notRestoredReason ?? '', failure: false };
  }
  return null;
}

function describeInitContainer(pod: PodView, c: Container, index: number): InitContainerText {
  return {
    name: c.name === undefined || c.name === null ? null : String(c.name),
    image: String(c.image ?? ''),
    command: formatCommand(c.command),
    injected: pod.injectedInit.some((x) => x.index === index),
    origin: describeInitOrigin(pod, index),
  };
}

function describeExecGroup(
  container: string,
  hooks: ExecHookJson[],
  missing: boolean,
): ExecGroupText {
  const waitsForReady = hooks.some((h) => h.waitForReady);
  return {
    container,
    dropped: missing
      ? 'its hooks are dropped, and the Restore stays in Finalizing (velero-io/velero#9749)'
      : null,
    hooks: hooks.map((h) => ({
      hookName: h.hookName,
      hookSource: h.hookSource,
      hookIndex: h.hookIndex,
      command: formatExecCommand(h.command),
      onError: describeOnError(h.onError),
      execTimeout: describeExecTimeout(h.execTimeout),
      waitTimeout: describeWaitTimeout(h.waitTimeout),
      waitForReady: describeWaitForReady(h, waitsForReady),
    })),
  };
}

/** Velero's effective `onError`: only exact `Fail` stops the pod; unset behaves like Continue. */
export function describeOnError(onError: string): string {
  if (onError === 'Fail') return "Fail: stops this pod's remaining hooks";
  if (onError === 'Continue') return 'Continue';
  return 'unset (acts as Continue)';
}

const isZero = (d: string) => d === '0s';
const isNegative = (d: string) => d.startsWith('-');

/** The exec timeout as the executor uses it: 0 means the 30s default. */
export function describeExecTimeout(d: string): string {
  return isZero(d) ? '0s → default 30s' : d;
}

/** The wait timeout as HandleHooks uses it: 0 means no deadline of its own; negative is always expired. */
export function describeWaitTimeout(d: string): string {
  if (isZero(d)) return '0s → no deadline';
  if (isNegative(d)) return `${d} → always expired (the hook still runs, recorded as failed)`;
  return d;
}

/**
 * What a hook waits for. Per container: when any hook of the container has waitForReady, all of
 * its hooks wait for Ready (`isContainerUp`).
 */
export function describeWaitForReady(hook: ExecHookJson, containerWaitsForReady: boolean): string {
  if (hook.waitForReady) return 'true → waits for Ready';
  return containerWaitsForReady
    ? 'false, but another hook of this container waits for Ready, so this one does too'
    : 'false → Running is enough';
}

/** A container's command as a JSON array, exactly the strings Velero runs. */
export function formatCommand(command: readonly string[] | undefined): string {
  if (!command || command.length === 0) return '(none: the image entrypoint)';
  return JSON.stringify(command);
}

/** An exec hook's command; without one the executor refuses it (`pod_command_executor.go`). */
function formatExecCommand(command: readonly string[]): string {
  if (command.length === 0) return '[] (none: the executor refuses it, "command is required")';
  return JSON.stringify(command);
}

/** Containers with exec hooks that are not in spec.containers: Velero drops their hooks. */
export function findMissingHookContainers(pod: PodView): string[] {
  return Object.keys(pod.execHooks).filter((c) => !pod.containers.includes(c));
}

/** Where an init container at `index` comes from. */
export function describeInitOrigin(pod: PodView, index: number): string {
  const injected = pod.injectedInit.find((i) => i.index === index);
  if (injected?.source === 'annotation') {
    return injected.generatedName
      ? 'injected from the init.hook annotations; Velero gives it a random velero-restore-init-… name'
      : 'injected from the init.hook annotations';
  }
  if (injected) return `injected by Restore hook ${injected.hookName ?? ''}`.trim();
  if (
    index === 0 &&
    pod.initContainers?.[0]?.name === 'restore-wait' &&
    pod.injectedInit.length > 0
  )
    return 'restore-wait: kept first';
  return "the pod's own";
}
