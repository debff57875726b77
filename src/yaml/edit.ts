import { dump } from 'js-yaml';
import { nest } from '../model/json.ts';
import type { JsonPath } from '../model/types.ts';
import { parseYamlDocument, type ParsedDocument } from './parse.ts';
import type { EditStyle } from './style.ts';
import { column, lineEnd, lineStart } from './textLines.ts';
import { findPair, resolveAlias, type YMap, type YNode, type YSeq } from './tree.ts';

/**
 * Text edits that change one value of a YAML document and leave every other byte of the user's text
 * (comments, quoting, order, other documents) as it was. The form of the designer writes through
 * these, so the text stays the single source of truth.
 */

export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * The one change that turns `before` into `after`: the span between their common prefix and common
 * suffix. Strings are compared in long slices (native comparisons) before single characters, so
 * a keystroke in a 5 MB text costs well under a millisecond.
 */
export function findTextChange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  const prefix = commonLength(
    shorter,
    (at, size) => before.slice(at, at + size) === after.slice(at, at + size),
  );
  const suffix = commonLength(
    shorter - prefix,
    (at, size) =>
      before.slice(before.length - at - size, before.length - at) ===
      after.slice(after.length - at - size, after.length - at),
  );
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  };
}

/** The longest length up to `max` whose slices all match, by steps from 64 Ki characters to 1. */
function commonLength(max: number, same: (at: number, size: number) => boolean): number {
  let length = 0;
  for (let size = 1 << 16; size >= 1; size >>= 2) {
    while (length + size <= max && same(length, size)) length += size;
  }
  return length;
}

/**
 * Sets `path` in document `document` of `text` to `value` (any JSON value), creating missing
 * mappings on the way; `undefined` removes the entry. Returns the new text, or null when the path
 * cannot be edited (the document does not parse, or a step goes through a non-collection).
 */
export function setIn(
  text: string,
  document: number,
  path: JsonPath,
  value: unknown,
): string | null {
  const change = changeFor(text, document, path, value);
  if (change === null) return null;
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

/** The single text change `setIn` would make (for editors that apply edits themselves). */
export function changeFor(
  text: string,
  document: number,
  path: JsonPath,
  value: unknown,
): TextChange | null {
  return changeInDocument(text, parseYamlDocument(text, document), path, value);
}

/**
 * `changeFor` on a document of `text` that is already parsed (offsets into the whole text), so a
 * caller holding the parse of a large file does not parse it again for each change; `style` lays
 * out the block text it writes as the file does.
 */
export function changeInDocument(
  text: string,
  doc: ParsedDocument | undefined,
  path: JsonPath,
  value: unknown,
  style: EditStyle = {},
): TextChange | null {
  const seqNoIndent = style.sequenceIndent === false;
  if (!doc?.root || doc.problems.some((p) => p.kind !== 'duplicate-key') || path.length === 0)
    return null;
  let node: YNode = doc.root;
  for (let i = 0; i < path.length; i++) {
    const parent = resolveAlias(node);
    const step = path[i]!;
    const rest = path.slice(i + 1);
    if (parent?.kind === 'map' && typeof step === 'string') {
      const pair = findPair(parent, step);
      if (!pair)
        return value === undefined
          ? noChange()
          : insertPair(text, parent, step, nest(rest, value), seqNoIndent);
      if (rest.length === 0) {
        return value === undefined
          ? removePair(text, parent, pair.key, pair.value)
          : replaceValue(text, pair.key, pair.value, value, seqNoIndent);
      }
      const child = resolveAlias(pair.value);
      if (!child || child.kind === 'scalar') {
        if (value === undefined) return noChange();
        if (child?.kind === 'scalar' && child.value !== null) return null;
        return replaceValue(text, pair.key, pair.value, nest(rest, value), seqNoIndent);
      }
      node = pair.value;
    } else if (parent?.kind === 'seq' && typeof step === 'number') {
      if (step === parent.items.length && rest.length === 0 && value !== undefined)
        return appendItem(text, parent, value, seqNoIndent);
      const item = parent.items[step];
      if (!item) return null;
      if (rest.length === 0)
        return value === undefined
          ? removeItem(text, parent, item)
          : replaceItem(text, item, value, seqNoIndent);
      node = item;
    } else {
      return null;
    }
  }
  return null;
}

function noChange(): TextChange {
  return { start: 0, end: 0, text: '' };
}

/** Renders a value as YAML whose continuation lines are indented by `indent` spaces. */
function render(
  value: unknown,
  indent: number,
  seqNoIndent: boolean,
): { inline: boolean; text: string } {
  const dumped = dump(value, { lineWidth: -1, noRefs: true, seqNoIndent }).replace(/\n$/, '');
  const isCollection = value !== null && typeof value === 'object' && Object.keys(value).length > 0;
  const pad = ' '.repeat(indent);
  if (!isCollection) return { inline: true, text: dumped.replace(/\n/g, '\n' + pad) };
  return {
    inline: false,
    text: dumped
      .split('\n')
      .map((l) => pad + l)
      .join('\n'),
  };
}

function flowText(value: unknown): string {
  return dump(value, { flowLevel: 0, lineWidth: -1, noRefs: true }).replace(/\n$/, '');
}

function replaceValue(
  text: string,
  key: YNode,
  valueNode: YNode,
  value: unknown,
  seqNoIndent: boolean,
): TextChange {
  const keyCol = column(text, key.start);
  const rendered = render(
    value,
    keyCol + (seqNoIndent && Array.isArray(value) ? 0 : 2),
    seqNoIndent,
  );
  const existing = resolveAlias(valueNode);
  if ((existing?.kind === 'map' || existing?.kind === 'seq') && existing.flow) {
    return { start: valueNode.start, end: valueNode.end, text: flowText(value) };
  }
  const valueStart =
    valueNode.end > key.end && valueNode.start >= key.end ? valueNode.start : key.end;
  const hasValueText = valueNode.end > valueNode.start;
  const start = hasValueText ? valueStart : key.end;
  const end = hasValueText ? valueNode.end : key.end;
  if (rendered.inline) {
    if (!hasValueText)
      return { start: key.end, end: lineColonEnd(text, key.end), text: ': ' + rendered.text };
    return { start, end, text: rendered.text };
  }
  // A collection: `key:` then the block on the following lines.
  const colonEnd = lineColonEnd(text, key.end);
  return { start: colonEnd, end: Math.max(colonEnd, end), text: '\n' + rendered.text };
}

/** The offset just after the `:` that follows a key. */
function lineColonEnd(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

function insertPair(
  text: string,
  map: YMap,
  key: string,
  value: unknown,
  seqNoIndent: boolean,
): TextChange {
  const keyYaml = flowText(key);
  if (map.flow) {
    const closing = map.end - 1;
    const sep = map.pairs.length > 0 ? ', ' : '';
    return { start: closing, end: closing, text: `${sep}${keyYaml}: ${flowText(value)}` };
  }
  const first = map.pairs[0];
  const last = map.pairs[map.pairs.length - 1];
  if (!first || !last) return { start: map.start, end: map.end, text: flowText({ [key]: value }) };
  const indent = column(text, first.key.start);
  const rendered = render(
    value,
    indent + (seqNoIndent && Array.isArray(value) ? 0 : 2),
    seqNoIndent,
  );
  const body = rendered.inline ? ` ${rendered.text}` : `\n${rendered.text}`;
  const at = lineEnd(text, Math.max(last.value.end - 1, last.key.end));
  return { start: at, end: at, text: `\n${' '.repeat(indent)}${keyYaml}:${body}` };
}

function removePair(text: string, map: YMap, key: YNode, valueNode: YNode): TextChange {
  if (map.flow) {
    const idx = map.pairs.findIndex((p) => p.key === key);
    const rest = map.pairs.filter((_, i) => i !== idx);
    const pairs = rest.map(
      (p) => `${text.slice(p.key.start, p.key.end)}: ${text.slice(p.value.start, p.value.end)}`,
    );
    return { start: map.start, end: map.end, text: `{${pairs.join(', ')}}` };
  }
  if (map.pairs.length === 1)
    return { start: map.start, end: Math.max(map.end, valueNode.end), text: '{}' };
  const start = lineStart(text, key.start);
  const end = lineEnd(text, Math.max(valueNode.end - 1, key.end));
  return { start, end: Math.min(text.length, end + 1), text: '' };
}

function replaceItem(text: string, item: YNode, value: unknown, seqNoIndent: boolean): TextChange {
  const existing = resolveAlias(item);
  if ((existing?.kind === 'map' || existing?.kind === 'seq') && existing.flow)
    return { start: item.start, end: item.end, text: flowText(value) };
  const rendered = render(value, column(text, item.start), seqNoIndent);
  return { start: item.start, end: item.end, text: rendered.text.trimStart() };
}

function appendItem(text: string, seq: YSeq, value: unknown, seqNoIndent: boolean): TextChange {
  if (seq.flow) {
    const closing = seq.end - 1;
    return {
      start: closing,
      end: closing,
      text: `${seq.items.length ? ', ' : ''}${flowText(value)}`,
    };
  }
  const last = seq.items[seq.items.length - 1];
  if (!last) return { start: seq.start, end: seq.end, text: flowText([value]) };
  const itemCol = column(text, last.start);
  const dashCol = itemCol - 2;
  const rendered = render(value, itemCol, seqNoIndent);
  const at = lineEnd(text, Math.max(last.end - 1, last.start));
  return {
    start: at,
    end: at,
    text: `\n${' '.repeat(Math.max(0, dashCol))}- ${rendered.text.trimStart()}`,
  };
}

function removeItem(text: string, seq: YSeq, item: YNode): TextChange {
  if (seq.flow || seq.items.length === 1) {
    const rest = seq.items.filter((i) => i !== item).map((i) => text.slice(i.start, i.end));
    return { start: seq.start, end: seq.end, text: `[${rest.join(', ')}]` };
  }
  const start = lineStart(text, item.start);
  const end = lineEnd(text, Math.max(item.end - 1, item.start));
  return { start, end: Math.min(text.length, end + 1), text: '' };
}
