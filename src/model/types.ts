/**
 * Domain types shared by every layer of the engine. Kubernetes objects are plain JSON-like data
 * (`JsonObject`): the engine reads them as Velero's typed Go structs would, field by field.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A logical path into a document: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

/** Durations are Go `time.Duration`s: signed nanoseconds, exact as bigint (Go's int64). */
export type Duration = bigint;

/** `backupSpec` is what Velero up to 1.12 calls spec hooks (HookSourceSpec arrives in 1.13.0). */
export type HookSource = 'annotation' | 'spec' | 'backupSpec';

/** Velero's `HookErrorMode`; `''` is "unset or not recognised", which behaves like Continue. */
export type OnError = 'Continue' | 'Fail' | '';

/** A container as Velero would inject it: the JSON of a `corev1.Container`. */
export type Container = JsonObject & { name?: string; image?: string; command?: string[] };

/**
 * One grouped exec hook (`internal/hook/item_hook_handler.go` PodExecRestoreHook), with the effective
 * values Velero computed for it.
 */
export interface ExecHook extends SpecExecHook {
  hookName: string;
  hookSource: HookSource;
  /** Position in the resource's `postHooks`, counting init entries; 0 for the annotation hook. */
  hookIndex: number;
}

/** `velero.io/v1` ExecRestoreHook with its Go defaults applied: what an exec hook runs. */
export interface SpecExecHook {
  container: string;
  command: string[];
  onError: OnError;
  execTimeout: Duration;
  waitTimeout: Duration;
  waitForReady: boolean;
}

/** Exec hooks per container name, each list in Velero's order. Map order is insertion order. */
export type ExecHookGroups = Map<string, ExecHook[]>;
