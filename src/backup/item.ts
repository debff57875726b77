/** Decoding a kept item as the restore decodes it. */

export interface DecodedItem {
  value: Record<string, unknown>;
  kind: string;
}

/**
 * `archive.Unmarshal` into an `unstructured.Unstructured` (`pkg/archive/filesystem.go:49-62`): a
 * JSON object whose `kind` is set (UnstructuredJSONScheme: "Object 'Kind' is missing"). On failure
 * the restore records "error decoding" and goes on (`pkg/restore/restore.go:2336-2347`).
 */
export function decodeItem(text: string): DecodedItem | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { reason: 'not a JSON object' };
  const kind = (value as Record<string, unknown>)['kind'];
  if (typeof kind !== 'string' || kind === '') return { reason: "Object 'Kind' is missing" };
  return { value: value as Record<string, unknown>, kind };
}

/** The value as an object; {} when it is not one. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The string values of a map (Go's NestedStringMap keeps only those). */
export function readNestedStringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(value))) if (typeof v === 'string') out[k] = v;
  return out;
}
