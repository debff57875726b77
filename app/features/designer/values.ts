/** Readers for the plain values the form shows: what the user wrote, whatever its shape. */
import { asArray } from '../../../src/index.ts';

export type PlainObject = Record<string, unknown>;

/** A value as the text field shows it: strings as is, numbers and booleans as written, else ''. */
export function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return '';
}

/** A list of strings as one comma-separated line; other items as their text. */
export function formatListText(v: unknown): string {
  return asArray(v).map(asText).join(', ');
}

/** A comma-separated line as a list, dropping empty entries; undefined when empty (remove the key). */
export function parseList(line: string): string[] | undefined {
  const items = line
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** A command list, keeping only strings (others show as their text). */
export function asArgs(v: unknown): string[] {
  return asArray(v).map(asText);
}

/** `["/bin/sh", "-c", line]` → line; null for any other command. */
export function readShellLine(args: readonly string[]): string | null {
  return args.length === 3 && args[0] === '/bin/sh' && args[1] === '-c' ? args[2]! : null;
}

/** The command a shell line becomes. */
export function makeShellCommand(line: string): string[] {
  return ['/bin/sh', '-c', line];
}
