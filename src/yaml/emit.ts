import type { JsonPath } from '../model/types.ts';
import type { EditStyle } from './style.ts';
import { isYaml11OnlyBool, resolvePlain } from './scalars.ts';

/** 1-based first and last line of an emitted entry (its key line through its last value line). */
export interface LineSpan {
  startLine: number;
  endLine: number;
}

export interface Emitted {
  text: string;
  /** Line spans of the requested paths that exist in the value, by `formatPathKey`. */
  spans: Map<string, LineSpan>;
}

/** The key of a path in `Emitted.spans`. */
export function formatPathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/**
 * Writes a JSON value as block YAML, the same way every time (so two versions of an object diff
 * only where they differ), and records the lines of the requested paths while writing, so callers
 * never parse the output again. Strings that a YAML 1.1 or 1.2 parser could read as anything but
 * the same string are double-quoted. Sequences under keys are indented unless `style` says not.
 */
export function emitYaml(
  value: unknown,
  wanted: readonly JsonPath[] = [],
  style: EditStyle = {},
): Emitted {
  const seqUnder = (indent: string, v: unknown) =>
    Array.isArray(v) && style.sequenceIndent === false ? indent : indent + '  ';
  const lines: string[] = [];
  const spans = new Map<string, LineSpan>();
  const want = new Set(wanted.map(formatPathKey));
  const track = (path: (string | number)[], startLine: number) => {
    if (want.size === 0) return;
    const key = formatPathKey(path);
    if (want.has(key)) spans.set(key, { startLine, endLine: lines.length });
  };

  const writeEntries = (
    node: unknown,
    indent: string,
    path: (string | number)[],
    firstPrefix: string | null,
  ) => {
    let prefix = firstPrefix;
    const linePrefix = () => {
      const p = prefix ?? indent;
      prefix = null;
      return p;
    };
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const start = lines.length + 1;
        path.push(i);
        writeItem(item, linePrefix(), indent, path);
        track(path, start);
        path.pop();
      });
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      const start = lines.length + 1;
      path.push(k);
      const head = linePrefix() + scalar(k) + ':';
      if (isNonEmptyCollection(v)) {
        lines.push(head);
        writeEntries(v, seqUnder(indent, v), path, null);
      } else {
        lines.push(`${head} ${inline(v)}`);
      }
      track(path, start);
      path.pop();
    }
  };

  const writeItem = (item: unknown, prefix: string, indent: string, path: (string | number)[]) => {
    if (!isNonEmptyCollection(item)) {
      lines.push(`${prefix}- ${inline(item)}`);
    } else if (Array.isArray(item)) {
      lines.push(`${prefix}-`);
      writeEntries(item, indent + '  ', path, null);
    } else {
      writeEntries(item, indent + '  ', path, `${prefix}- `);
    }
  };

  if (isNonEmptyCollection(value)) writeEntries(value, '', [], null);
  else lines.push(inline(value));
  return { text: lines.join('\n') + '\n', spans };
}

function isNonEmptyCollection(v: unknown): v is object {
  return v !== null && typeof v === 'object' && Object.keys(v).length > 0;
}

function inline(v: unknown): string {
  if (Array.isArray(v)) return '[]';
  if (v !== null && typeof v === 'object') return '{}';
  return scalar(v);
}

const PLAIN_SAFE = /^[A-Za-z0-9_./][A-Za-z0-9_./ =+@~():-]*$/;

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number')
    return Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return String(v);
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const plain =
    PLAIN_SAFE.test(s) &&
    !s.endsWith(' ') &&
    !s.endsWith(':') &&
    !s.includes(': ') &&
    resolvePlain(s) === s &&
    !isYaml11OnlyBool(s) &&
    !/^[0-9][0-9_:.+-]*$/.test(s) &&
    !/^\d{4}-\d\d-\d\d/.test(s);
  return plain ? s : JSON.stringify(s);
}
