import {
  GENERATED_INIT_NAME_PREFIX,
  InitAnnotation,
  RESTORE_WAIT_CONTAINER,
} from '../model/annotations.ts';
import type { Container, JsonObject, JsonPath } from '../model/types.ts';
import { parseStringToCommand } from './command.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';
import { decodeContainer, validateHookContainer } from './decodeContainer.ts';
import { simulateTypedRoundTrip, type RoundTrip } from './podRoundTrip.ts';
import { hashFnv1a } from './pods.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import type { PodSkipReason } from './restoreFilters.ts';
import type { HookMatch, SelectorError } from './selectHooks.ts';

/** Where an injected init container came from. */
export type InjectedFrom =
  | { source: 'annotation'; generatedName: boolean }
  | {
      source: 'spec';
      hookName: string;
      resourceIndex: number;
      postHookIndex: number;
      containerIndex: number;
      path: JsonPath;
    };

export interface InjectedContainer {
  container: Container;
  from: InjectedFrom;
}

export type InitResult =
  | {
      kind: 'ok';
      /** The pod's `spec.initContainers` after the init-hook step. */
      initContainers: Container[];
      injected: InjectedContainer[];
      /** True when `restore-wait` was at index 0 and kept first. */
      restoreWaitKept: boolean;
      /** Which hooks applied: the annotation hook overrides every spec init hook. */
      source: 'annotation' | 'spec' | 'none';
      /** The pod after the typed round trip every restored pod goes through (before the hooks). */
      roundTrip: RoundTrip;
    }
  | {
      /**
       * Velero never creates the pod: the Restore's item filters leave it out, or `restoreItem`
       * skips it before any action (`isCompleted`).
       */
      kind: 'skipped';
      reason: PodSkipReason;
      /** One line for the user: why Velero does not restore the pod. */
      message: string;
    }
  | {
      kind: 'error';
      /** Velero's error text; the pod is not restored. */
      message: string;
      panic: boolean;
      /** Where in the Restore (spec errors) or the pod (annotation panic) the cause is. */
      cause: { in: 'restore' | 'pod'; path: JsonPath };
    };

/**
 * The init-hook restore item action for one pod (`InitRestoreHookPodAction.Execute` →
 * `HandleRestoreHooks`, `internal/hook/item_hook_handler.go`), on the pod as it was in the backup.
 * `hooks.matches`: the spec hooks matched on the TARGET namespace and the backup labels (plan.ts).
 */
export function applyInitHooks(
  pod: JsonObject,
  hooks: { matches: readonly HookMatch[]; error: SelectorError | null },
  version: VeleroVersion,
): InitResult {
  if (hooks.error)
    return {
      kind: 'error',
      message: hooks.error.message,
      panic: false,
      cause: { in: 'restore', path: hooks.error.path },
    };
  const roundTrip = simulateTypedRoundTrip(pod, version);
  const metadata = asObject(roundTrip.pod['metadata']);
  const spec = asObject(roundTrip.pod['spec']);
  let originals = asArray(spec['initContainers']) as Container[];
  const result: Container[] = [];
  const injected: InjectedContainer[] = [];
  let restoreWaitKept = false;
  if (originals.length > 0 && asString(originals[0]?.['name']) === RESTORE_WAIT_CONTAINER) {
    result.push(originals[0]!);
    originals = originals.slice(1);
    restoreWaitKept = true;
  }

  const annotations = readTypedStringMap(metadata['annotations']);
  const image = annotations[InitAnnotation.containerImage] ?? '';
  let source: 'annotation' | 'spec' | 'none' = 'none';
  if (image !== '') {
    const command = parseStringToCommand(annotations[InitAnnotation.command] ?? '');
    if (command === null) {
      return {
        kind: 'error',
        message: 'runtime error: index out of range [0] with length 0',
        panic: true,
        cause: { in: 'pod', path: ['metadata', 'annotations', InitAnnotation.containerImage] },
      };
    }
    const givenName = annotations[InitAnnotation.containerName] ?? '';
    const name =
      givenName || generateInitName(asString(metadata['namespace']), asString(metadata['name']));
    const container: Container = { name, image, command };
    result.push(container);
    injected.push({ container, from: { source: 'annotation', generatedName: givenName === '' } });
    source = 'annotation';
  } else {
    for (const match of hooks.matches) {
      const h = match.hook;
      if (match.kind === 'panic') {
        // The plugin framework turns the panic into an error (handle_panic.go): pod not restored.
        return {
          kind: 'error',
          message: match.message,
          panic: true,
          cause: { in: 'restore', path: [...h.hook.path] },
        };
      }
      if (match.kind === 'not-selected') continue;
      for (const post of h.hook.postHooks) {
        const raws = post.initContainers ?? [];
        for (let i = 0; i < raws.length; i++) {
          const path = [...post.path, 'init', 'initContainers', i];
          const invalid = validateHookContainer(raws[i], version);
          if (invalid)
            return {
              kind: 'error',
              message: invalid,
              panic: false,
              cause: { in: 'restore', path },
            };
          const container = decodeContainer(raws[i], version).container ?? {};
          result.push(container);
          injected.push({
            container,
            from: {
              source: 'spec',
              hookName: h.hook.name,
              resourceIndex: h.hook.index,
              postHookIndex: post.index,
              containerIndex: i,
              path,
            },
          });
          source = 'spec';
        }
      }
    }
  }
  return {
    kind: 'ok',
    initContainers: [...result, ...originals],
    injected,
    restoreWaitKept,
    source,
    roundTrip,
  };
}

/**
 * Velero names an unnamed annotation init container `velero-restore-init-` + the first 8 hex digits
 * of a random UUID. The engine must be deterministic, so it derives the 8 digits from the pod's
 * identity; a real restore will use a different, random name.
 */
export function generateInitName(namespace: string, name: string): string {
  return (
    GENERATED_INIT_NAME_PREFIX + hashFnv1a(`${namespace}/${name}`).toString(16).padStart(8, '0')
  );
}

/**
 * A `map[string]string` as Velero reads it from the typed Pod. Non-string values cannot reach Velero
 * (the API server rejects them; a check reports it), so they are read as their text to show intent.
 */
export function readTypedStringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(asObject(v))) {
    if (typeof value === 'string') out[k] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[k] = String(value);
  }
  return out;
}
