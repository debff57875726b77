/**
 * `parseStringToCommand` (`internal/hook/item_hook_handler.go`): a value whose first byte is `[` is
 * decoded as a JSON array of strings (JSON `null` items become ""); if that fails, or the value does
 * not start with `[`, the whole string is ONE argument. It is never split on whitespace.
 * Returns null for the empty string, where Velero indexes `commandValue[0]` and panics.
 */
export function parseStringToCommand(value: string): string[] | null {
  if (value.length === 0) return null;
  if (value[0] !== '[') return [value];
  const parsed = parseJsonStringArray(value);
  return parsed ?? [value];
}

/** Go `json.Unmarshal` into `[]string`: an array whose items are strings or null; anything else fails. */
export function parseJsonStringArray(value: string): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const out: string[] = [];
  for (const item of parsed) {
    if (item === null) out.push('');
    else if (typeof item === 'string') out.push(item);
    else return null;
  }
  return out;
}
