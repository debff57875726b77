import { findUnknownFields } from '../go/unknownFields.ts';
import type { JsonObject } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';

export interface RoundTrip {
  /** The pod with the fields Velero's typed round trip drops removed; otherwise as given. */
  pod: JsonObject;
  /** The dropped fields' paths, as `spec.containers[0].resizePolicy`, in document order. */
  dropped: string[];
}

/**
 * `HandleRestoreHooks` (`internal/hook/item_hook_handler.go`) reads every restored pod into the
 * vendored `corev1.Pod` with `runtime.DefaultUnstructuredConverter.FromUnstructured` and writes it
 * back with `ToUnstructured`, hooks or not. Fields that k8s.io/api version does not know are lost,
 * and so are keys in another case (`RestartPolicy`): the converter matches JSON names exactly.
 * Values are kept as given (the API server's own objects are already in canonical form).
 */
export function simulateTypedRoundTrip(pod: JsonObject, version: VeleroVersion): RoundTrip {
  const dropped = findUnknownFields(pod, 'Pod', version.behaviours.podTypes);
  if (dropped.length === 0) return { pod, dropped };
  let out = pod;
  for (const path of dropped) out = removeAt(out, parsePath(path)) as JsonObject;
  return { pod: out, dropped };
}

/** `a.b[0].c` → ['a', 'b', 0, 'c']. */
function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.'))
    for (const m of part.matchAll(/([^[\]]+)|\[(\d+)\]/g))
      out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** A copy of `value` without the field at `path`, sharing everything off the path. */
function removeAt(value: unknown, path: readonly (string | number)[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (typeof head !== 'number' || head >= value.length) return value;
    const copy: unknown[] = [...(value as unknown[])];
    copy[head] = removeAt(value[head], rest);
    return copy;
  }
  const object = value as JsonObject;
  if (typeof head !== 'string' || !(head in object)) return value;
  const copy = { ...object };
  if (rest.length === 0) delete copy[head];
  else copy[head] = removeAt(object[head], rest) as JsonObject[string];
  return copy;
}
