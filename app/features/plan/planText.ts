import type { PodView } from '../../../src/index.ts';

export type ExecHookView = PodView['execHooks'][string][number];

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
export function describeWaitForReady(hook: ExecHookView, containerWaitsForReady: boolean): string {
  if (hook.waitForReady) return 'true → waits for Ready';
  return containerWaitsForReady
    ? 'false, but another hook of this container waits for Ready, so this one does too'
    : 'false → Running is enough';
}

/** A command as a JSON array, exactly the strings Velero runs. */
export function formatCommand(command: readonly string[] | undefined): string {
  if (!command || command.length === 0) return '(none: the image entrypoint)';
  return JSON.stringify(command);
}

/** Containers with exec hooks that are not in spec.containers: Velero drops their hooks. */
export function missingHookContainers(pod: PodView): string[] {
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
