/**
 * The fast way to read the common document, one with no anchors, aliases, tags, merge or complex
 * keys and no duplicate key: its value and packed tree straight from the parser's events, without
 * the node objects buildTree makes (on a 2,000-pod file, ~300 per pod, all garbage once packed).
 */
import { EVENT_ID, getScalarValue } from 'js-yaml';
import {
  findClosingBracket,
  findScalarSpan,
  setOwn,
  STYLE,
  type DocumentEvents,
} from './buildTree.ts';
import type { PackedTree } from './packedTree.ts';
import { PackWriter, type PackArena } from './packWriter.ts';
import { resolvePlain } from './scalars.ts';

/** A mapping or sequence being read. */
interface Open {
  record: number;
  end: number;
  flow: boolean;
  /** Pairs or items so far. */
  size: number;
  value: Record<string, unknown> | unknown[];
  /** A mapping's key waiting for its value; null between pairs (and in a sequence). */
  key: string | null;
}

/**
 * The value and packed tree of a document (starting at `documentStart` in the file) from its
 * events, or null when the document has what this does not read (see the file comment) or is
 * empty: buildTree, toValue and packTree then read it, and give the same for the rest.
 */
export function readPlainDocument(
  read: DocumentEvents,
  documentStart: number,
  arena: PackArena,
): { value: unknown; tree: PackedTree } | null {
  const { source, base, events } = read;
  const writer = new PackWriter(arena, read.to - read.from);
  const stack: Open[] = [];
  const span = { start: 0, end: 0 };
  let hasRoot = false;
  let rootValue: unknown;

  /** Adds a finished node to the collection it is in; false when the document is not plain. */
  const attach = (value: unknown, end: number, keyText: string | null): boolean => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (hasRoot) return false;
      hasRoot = true;
      rootValue = value;
      return true;
    }
    if (Array.isArray(top.value)) {
      top.value.push(value);
      top.size++;
    } else if (top.key === null) {
      // A key: a scalar, not `<<` (a merge key) and not one the mapping has (a duplicate).
      if (keyText === null || keyText === '<<' || Object.hasOwn(top.value, keyText)) return false;
      top.key = keyText;
    } else {
      setOwn(top.value, top.key, value);
      top.key = null;
      top.size++;
    }
    if (end > top.end) top.end = end;
    return true;
  };

  for (let i = read.from; i < read.to; i++) {
    const event = events[i]!;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (hasRoot) return null;
        break;
      case EVENT_ID.ALIAS:
        return null;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) return null;
        const start = base + event.start;
        const map = event.type === EVENT_ID.MAPPING;
        const flow = event.style === 2;
        const record = writer.open(map ? 'map' : 'seq', start, flow);
        stack.push({ record, end: start + 1, flow, size: 0, value: map ? {} : [], key: null });
        break;
      }
      case EVENT_ID.SCALAR: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) return null;
        const text = getScalarValue(source, event);
        const style = STYLE[event.style] ?? 'plain';
        findScalarSpan(source, base, documentStart, event, style, span);
        writer.scalar(span.start, span.end, event);
        const value = style === 'plain' ? resolvePlain(text) : text;
        if (!attach(value, span.end, text)) return null;
        break;
      }
      case EVENT_ID.POP: {
        const open = stack.pop();
        if (!open) break;
        if (open.flow) open.end = findClosingBracket(source, base, open.end);
        writer.close(open.record, open.end, open.size);
        if (!attach(open.value, open.end, null)) return null;
        break;
      }
    }
  }
  return hasRoot ? { value: rootValue, tree: writer.finish(source) } : null;
}
