import { parseDuration } from '../../go/duration.ts';
/**
 * Small text helpers for checks that offer fixes: YAML quoting of a replacement value, the closest
 * known name by edit distance, and the YAML scalar a place points at.
 */
import type { YNode, YScalar } from '../../yaml/tree.ts';
import type { At, RuleContext } from './rule.ts';

/**
 * A YAML flow scalar that reads back as exactly `s`, always quoted (so it is a string for every
 * parser): double quotes for simple text, single quotes when it holds `"` or `\`, JSON-style
 * double quotes when it holds control characters or line breaks.
 */
export function quoteYaml(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(s)) return JSON.stringify(s);
  if (!/["\\]/.test(s)) return `"${s}"`;
  return `'${s.replace(/'/g, "''")}'`;
}

/** Levenshtein distance (insertions, deletions, substitutions), on UTF-16 units. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `name` (case-insensitive edit distance), if it is close enough to be a
 * typo (at most `maxDistance`, default a third of the name, at least 2) and the only one that close.
 */
export function findClosestName(
  name: string,
  candidates: readonly string[],
  maxDistance?: number,
): string | null {
  const limit = maxDistance ?? Math.max(2, Math.floor(name.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance, tie] = [c, d, false];
    else if (d === bestDistance && c !== best) tie = true;
  }
  return best !== null && bestDistance <= limit && !tie ? best : null;
}

/** The YAML node at a place (aliases followed), or undefined when the path does not exist. */
export function findNode(ctx: RuleContext, at: At): YNode | undefined {
  return ctx.file(at.file)?.documents[at.document]?.tree?.nodeAt(at.path);
}

/**
 * The plain value at a place, when its document is plain (ParsedDocument.plain: the value has
 * exactly the tree's pairs, each string its scalar's text), so a check can often decide without
 * building the nodes; null when the document is not plain (ask findNode).
 */
export function readPlainValue(ctx: RuleContext, at: At): { value: unknown } | null {
  const doc = ctx.file(at.file)?.documents[at.document];
  if (!doc?.plain) return null;
  let value = doc.value;
  for (const step of at.path) {
    // As nodeAt steps: a string into a mapping, a number into a sequence.
    if (Array.isArray(value)) value = typeof step === 'number' ? value[step] : undefined;
    else if (value !== null && typeof value === 'object' && typeof step === 'string')
      value = Object.hasOwn(value, step) ? (value as Record<string, unknown>)[step] : undefined;
    else value = undefined;
  }
  return { value };
}

/** The YAML scalar at a place (aliases followed), or undefined when it is not a scalar. */
export function findScalar(ctx: RuleContext, at: At): YScalar | undefined {
  const node = findNode(ctx, at);
  return node?.kind === 'scalar' ? node : undefined;
}

/** A fix that replaces the value at `at` with `quoteYaml(value)`. */
export function replaceValueFix(
  title: string,
  at: At,
  value: string,
): { title: string; edits: { at: At; text: string }[] } {
  return { title, edits: [{ at: { ...at, part: 'value' }, text: quoteYaml(value) }] };
}

/** A fix that renames the mapping key at `at` (the new key is written plain). */
export function renameKeyFix(
  title: string,
  at: At,
  key: string,
): { title: string; edits: { at: At; text: string }[] } {
  return { title, edits: [{ at: { ...at, part: 'key' }, text: key }] };
}

/** A command as the JSON array text Velero's `parseStringToCommand` decodes: `["/bin/sh", "-c", "…"]`. */
export function formatJsonArray(items: readonly string[]): string {
  return '[' + items.map((s) => JSON.stringify(s)).join(', ') + ']';
}

/** A long value cut for a message: at most `max` characters, with an ellipsis. */
export function shorten(s: string, max = 60): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** Typographic (and full-width) quotes a word processor or web page puts where ASCII quotes belong. */
const TYPOGRAPHIC_QUOTES: Readonly<Record<string, string>> = {
  '\u201c': '"', // “
  '\u201d': '"', // ”
  '\u201e': '"', // „
  '\u201f': '"', // ‟
  '\u2033': '"', // ″
  '\uff02': '"', // ＂
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201a': "'", // ‚
  '\u201b': "'", // ‛
  '\u2032': "'", // ′
  '\uff07': "'", // ＇
};
const TYPOGRAPHIC_RE = /[\u201c-\u201f\u2018-\u201b\u2032\u2033\uff02\uff07]/g;

/** The distinct typographic quotes in `s`, in order of first appearance. */
export function findTypographicQuotes(s: string): string[] {
  return [...new Set(s.match(TYPOGRAPHIC_RE) ?? [])];
}

/** `s` with every typographic quote replaced by its ASCII quote. */
export function straightenQuotes(s: string): string {
  return s.replace(TYPOGRAPHIC_RE, (c) => TYPOGRAPHIC_QUOTES[c] ?? c);
}

const UNITS: Record<string, string> = {
  ns: 'ns',
  nanosecond: 'ns',
  nanoseconds: 'ns',
  us: 'us',
  µs: 'µs',
  μs: 'μs',
  microsecond: 'us',
  microseconds: 'us',
  ms: 'ms',
  msec: 'ms',
  msecs: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  m: 'm',
  min: 'm',
  mins: 'm',
  minute: 'm',
  minutes: 'm',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  week: 'w',
  weeks: 'w',
};

/**
 * The Go duration a rejected value most likely meant: `5` → `5s`, `1d` → `24h`, `2H` → `2h`,
 * `5 min` → `5m`; null when there is no single obvious reading (`none`, `1 2`).
 */
export function suggestGoDuration(value: string): string | null {
  const compact = value.trim().toLowerCase().replace(/\s+/g, '');
  const sign = /^[-+]/.test(compact) ? compact[0]! : '';
  const body = compact.slice(sign.length);
  const tokens = [...body.matchAll(/(\d+(?:\.\d*)?|\.\d+)([a-zµμ]*)/g)];
  if (tokens.length === 0 || tokens.map((t) => t[0]).join('') !== body) return null;
  if (tokens.length === 1 && tokens[0]![2] === '') return `${sign}${tokens[0]![1]}s`;
  let out = sign;
  for (const [, number, word] of tokens) {
    const unit = UNITS[word ?? ''];
    if (!unit || number === undefined) return null;
    if (unit === 'd' || unit === 'w') {
      const hours = Number(number) * (unit === 'd' ? 24 : 168);
      if (!Number.isFinite(hours) || /e/i.test(String(hours))) return null;
      out += `${hours}h`;
    } else out += number + unit;
  }
  return out !== value && parseDuration(out) !== null ? out : null;
}
