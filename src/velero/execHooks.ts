import { parseDuration } from '../go/duration.ts';
import { parseBool } from '../go/parseBool.ts';
import { ANNOTATION_HOOK_NAME, ExecAnnotation } from '../model/annotations.ts';
import type { Duration, ExecHook, ExecHookGroups, JsonObject } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { parseStringToCommand } from './command.ts';
import { readTypedStringMap } from './initHooks.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import type { HookMatch } from './selectHooks.ts';
import { copyWith } from '../model/objects.ts';

export interface ExecGrouping {
  groups: ExecHookGroups;
  /** Hook-tracker keys added for this pod, in order (duplicates included; the tracker collapses them). */
  trackerKeys: string[];
  /** Which hooks applied: the annotation hook replaces every spec exec hook. */
  source: 'annotation' | 'spec' | 'none';
  /** Set when matching a hook's namespace patterns panics (see namespace-pattern-panics for what Velero then does). */
  panic?: { message: string; resourceIndex: number };
}

/**
 * `GroupRestoreExecHooks` (`internal/hook/item_hook_handler.go`) on the CREATED pod; `matches`: the
 * spec hooks matched on it (target namespace, restore labels added; plan.ts). A pod without
 * containers gets none; the annotation hook, when its command is non-empty, is the only one; a hook
 * without container goes to `spec.containers[0]`. Container existence is not checked here (the wait
 * handler drops such hooks later).
 */
export function groupExecHooks(
  restoredPod: JsonObject,
  matches: readonly HookMatch[],
  version: VeleroVersion,
): ExecGrouping {
  const groups: ExecHookGroups = new Map();
  const trackerKeys: string[] = [];
  const containers = asArray(asObject(restoredPod['spec'])['containers']);
  if (containers.length === 0) return { groups, trackerKeys, source: 'none' };
  const firstContainer = asString(asObject(containers[0])['name']);
  const metadata = asObject(restoredPod['metadata']);
  const namespace = asString(metadata['namespace']);
  const podName = asString(metadata['name']);
  const add = (hook: ExecHook) => {
    trackerKeys.push(buildTrackerKey(namespace, podName, hook, version));
    const list = groups.get(hook.container);
    if (list) list.push(hook);
    else groups.set(hook.container, [hook]);
  };

  const fromAnnotation = execHookFromAnnotations(
    readTypedStringMap(metadata['annotations']),
    version,
  );
  if (fromAnnotation) {
    add(copyWith(fromAnnotation, { container: fromAnnotation.container || firstContainer }));
    return { groups, trackerKeys, source: 'annotation' };
  }
  let source: ExecGrouping['source'] = 'none';
  for (const match of matches) {
    const h = match.hook;
    if (match.kind === 'panic')
      return {
        groups,
        trackerKeys,
        source,
        panic: { message: match.message, resourceIndex: h.hook.index },
      };
    if (match.kind === 'not-selected') continue;
    for (const post of h.hook.postHooks) {
      if (!post.exec) continue;
      add({
        hookName: h.hook.name,
        hookSource: version.behaviours.specHookSource,
        hookIndex: post.index,
        container: post.exec.container || firstContainer,
        command: post.exec.command,
        onError: post.exec.onError,
        execTimeout: post.exec.execTimeout,
        waitTimeout: post.exec.waitTimeout,
        waitForReady: version.behaviours.waitForReady && post.exec.waitForReady,
      });
      source = 'spec';
    }
  }
  return { groups, trackerKeys, source };
}

/**
 * `getPodExecRestoreHookFromAnnotations`: present when the command annotation is non-empty.
 * `on-error` must be exactly Continue or Fail; unparseable durations become 0 and an unparseable
 * `wait-for-ready` false (Velero only logs them).
 */
export function execHookFromAnnotations(
  annotations: Record<string, string>,
  version: VeleroVersion,
): ExecHook | null {
  const commandValue = annotations[ExecAnnotation.command] ?? '';
  const command = parseStringToCommand(commandValue);
  if (command === null) return null;
  const onError = annotations[ExecAnnotation.onError] ?? '';
  return {
    hookName: ANNOTATION_HOOK_NAME,
    hookSource: 'annotation',
    hookIndex: 0,
    container: annotations[ExecAnnotation.container] ?? '',
    command,
    onError: onError === 'Continue' || onError === 'Fail' ? onError : '',
    execTimeout: durationOrZero(annotations[ExecAnnotation.execTimeout]),
    waitTimeout: durationOrZero(annotations[ExecAnnotation.waitTimeout]),
    waitForReady:
      version.behaviours.waitForReady &&
      (parseBool(annotations[ExecAnnotation.waitForReady] ?? '') ?? false),
  };
}

function durationOrZero(value: string | undefined): Duration {
  if (!value) return 0n;
  return parseDuration(value) ?? 0n;
}

/**
 * The hook tracker's key (`internal/hook/hook_tracker.go` hookKey): identical keys count once. The
 * hook index is part of it only on the versions that have it (velero#8910).
 */
export function buildTrackerKey(
  namespace: string,
  pod: string,
  hook: ExecHook,
  version: VeleroVersion,
): string {
  const key = [namespace, pod, hook.container, hook.hookSource, hook.hookName];
  if (version.behaviours.trackerKeyHasHookIndex) key.push(String(hook.hookIndex));
  return key.join('\u0000');
}
