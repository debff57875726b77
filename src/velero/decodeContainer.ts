import { decodeGoJson } from '../go/jsonDecode.ts';
import type { Container, JsonObject } from '../model/types.ts';
import type { VeleroVersion } from '../versions/versionModel.ts';

export interface DecodedContainer {
  /** The container as Go would hold it, with canonical field names; undefined when decoding failed. */
  container: Container | undefined;
  /** Go's `json: cannot unmarshal …` error (or the Quantity parse error), if any. */
  error: string | undefined;
  /** Top-level keys Velero drops silently because they are not `corev1.Container` fields. */
  unknownKeys: string[];
  /** Every dropped key with its JSON path, nested ones included (`volumeMounts[0].bogus`). */
  droppedPaths: string[];
  /** Top-level keys matched case-insensitively (`IMAGE` → `image`), as Go's decoder does. */
  renamedKeys: { from: string; to: string }[];
}

/**
 * Decodes one raw init container of a Restore hook the way `json.Unmarshal` into the vendored
 * `corev1.Container` does (`internal/hook/item_hook_handler.go` ValidateContainer and
 * HandleRestoreHooks), at every level: keys match case-insensitively, unknown keys are dropped,
 * wrong types fail with Go's message, quantities come back canonical, empty optional fields vanish.
 */
export function decodeContainer(raw: unknown, version: VeleroVersion): DecodedContainer {
  const decoded = decodeGoJson(raw, 'Container', version.behaviours.podTypes);
  const topLevel = (path: string) => !/[.[]/.test(path);
  const container =
    decoded.value === undefined ? undefined : keepGiven(decoded.value as JsonObject, raw);
  return {
    container,
    error: decoded.error,
    unknownKeys: decoded.droppedKeys.filter(topLevel),
    droppedPaths: decoded.droppedKeys,
    renamedKeys: decoded.renamedKeys
      .filter((r) => topLevel(r.path))
      .map(({ from, to }) => ({ from, to })),
  };
}

/**
 * Go writes back the non-omitempty fields it holds (`name: ""`, `resources: {}`) even when the hook
 * left them out, in struct order; the engine shows the container in the user's key order,
 * canonicalised, without those additions.
 */
function keepGiven(value: JsonObject, raw: unknown): Container {
  const given = raw !== null && typeof raw === 'object' ? Object.keys(raw) : [];
  const rank = new Map(given.map((k, i) => [k.toLowerCase(), i]));
  const out: Container = {};
  const keys = Object.keys(value).sort(
    (a, b) => (rank.get(a.toLowerCase()) ?? Infinity) - (rank.get(b.toLowerCase()) ?? Infinity),
  );
  for (const k of keys) {
    const v = value[k]!;
    const empty = v === '' || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
    if (empty && !rank.has(k.toLowerCase())) continue;
    out[k] = v;
  }
  return out;
}

/**
 * `ValidateContainer`'s check after decoding: a non-empty command, name and image.
 * Returns Velero's error text, or null.
 */
export function validateHookContainer(raw: unknown, version: VeleroVersion): string | null {
  const decoded = decodeContainer(raw, version);
  if (decoded.error) return decoded.error;
  const c = decoded.container ?? {};
  const hasCommand = Array.isArray(c.command) && c.command.length > 0;
  if (!hasCommand || !c.name || !c.image) {
    return "invalid InitContainer in restore hook, it doesn't have Command, Name or Image field";
  }
  return null;
}
