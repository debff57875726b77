/**
 * Small typed readers for `scenario.yaml` values. Each reports problems as `<yaml path>: <message>`
 * into a shared list and returns a fallback, so parsing never throws and finds every problem at once.
 */
import { parseDuration } from '../go/duration.ts';
import type { Duration } from '../model/types.ts';

export type Path = readonly (string | number)[];

/** Collected problems: errors make the scenario unusable, warnings do not. */
export interface Problems {
  errors: string[];
  warnings: string[];
}

/** `pods[1].timeline[0].at`; keys that are not plain identifiers are quoted: `byContainer["a.b"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === '' ? 'scenario' : out;
}

/** A short description of a YAML value for messages: `"5x"`, `a list`, `null`. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return typeof v;
}

/** A YAML mapping (a plain object, not a list or null). */
export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Reads a mapping and warns about keys it does not know. */
export function readMapping(
  v: unknown,
  path: Path,
  known: readonly string[],
  p: Problems,
): Record<string, unknown> | null {
  if (!isMapping(v)) {
    p.errors.push(`${formatPath(path)}: expected a mapping, got ${describeValue(v)}`);
    return null;
  }
  for (const key of Object.keys(v)) {
    if (!known.includes(key))
      p.warnings.push(`${formatPath([...path, key])}: unknown key (ignored)`);
  }
  return v;
}

/** Reads a list; null/absent gives the fallback without a problem. */
export function readList(v: unknown, path: Path, p: Problems): unknown[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v;
  p.errors.push(`${formatPath(path)}: expected a list, got ${describeValue(v)}`);
  return [];
}

/** A Go duration string (a bare number such as 0 is read as its text, as Go would see it). */
export function readDuration(
  v: unknown,
  path: Path,
  p: Problems,
  fallback: Duration = 0n,
): Duration {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string' && typeof v !== 'number') {
    p.errors.push(
      `${formatPath(path)}: expected a Go duration such as 1m30s, got ${describeValue(v)}`,
    );
    return fallback;
  }
  const text = String(v);
  const d = parseDuration(text);
  if (d === null) {
    p.errors.push(`${formatPath(path)}: ${JSON.stringify(text)} is not a Go duration`);
    return fallback;
  }
  return d;
}

/** A duration that must not be negative (times and offsets). */
export function readOffset(v: unknown, path: Path, p: Problems): Duration {
  const d = readDuration(v, path, p);
  if (d < 0n) {
    p.errors.push(`${formatPath(path)}: must not be negative`);
    return 0n;
  }
  return d;
}

/** A string; null/absent gives the fallback. */
export function readString(v: unknown, path: Path, p: Problems, fallback = ''): string {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'string') return v;
  p.errors.push(`${formatPath(path)}: expected a string, got ${describeValue(v)}`);
  return fallback;
}

/** A string that must be present (null is read as the empty string). */
export function readRequiredString(v: unknown, path: Path, p: Problems): string {
  if (v === undefined) {
    p.errors.push(`${formatPath(path)}: required`);
    return '';
  }
  return readString(v, path, p);
}

/** `true | false | null`; null/absent is false (as Go's unset `*bool`). */
export function readBool(v: unknown, path: Path, p: Problems): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  p.errors.push(`${formatPath(path)}: expected true, false or null, got ${describeValue(v)}`);
  return false;
}

/** A safe integer (hook indexes). */
export function readInt(v: unknown, path: Path, p: Problems): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  p.errors.push(`${formatPath(path)}: expected an integer, got ${describeValue(v)}`);
  return 0;
}

/** A list of strings (a command). */
export function readStrings(v: unknown, path: Path, p: Problems): string[] {
  if (!Array.isArray(v)) {
    p.errors.push(`${formatPath(path)}: expected a list of strings, got ${describeValue(v)}`);
    return [];
  }
  return v.map((item, i) => readString(item, [...path, i], p));
}

/** One of a fixed set of strings. */
export function readChoice<T extends string>(
  v: unknown,
  path: Path,
  choices: readonly T[],
  p: Problems,
  fallback: T,
): T {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  const list = choices.map((c) => (c === '' ? "''" : c)).join(', ');
  p.errors.push(`${formatPath(path)}: must be one of ${list}, got ${describeValue(v)}`);
  return fallback;
}
