/**
 * Text edits that take annotations out of a pod's metadata, keeping every other byte (comments,
 * quoting, the annotations that stay).
 */
import type { TextEdit } from '../../diagnostics/diagnostic.ts';
import type { JsonPath } from '../../model/types.ts';
import { changeInDocument, type TextChange } from '../../yaml/edit.ts';
import { findNodeAt } from '../../yaml/locate.ts';
import type { SourceFile } from '../../yaml/source.ts';
import { findPair, stringifyKey, type YPair } from '../../yaml/tree.ts';

/**
 * Edits removing the annotations whose key `drop` picks from the metadata at `metadata`, and the
 * `annotations` entry itself when nothing else is left in it; undefined when that cannot be done
 * by deleting whole lines or rewriting one flow mapping (annotations behind an alias, say).
 */
export function removeAnnotationEdits(
  file: SourceFile,
  document: number,
  metadata: JsonPath,
  drop: (key: string) => boolean,
): TextEdit[] | undefined {
  const meta = findNodeAt(file.documents[document]?.root ?? null, metadata);
  const pair = meta?.kind === 'map' ? findPair(meta, 'annotations') : undefined;
  const map = pair?.value;
  if (map?.kind !== 'map') return undefined;
  const dropped = map.pairs.filter((p) => drop(stringifyKey(p.key)));
  const kept = map.pairs.filter((p) => !dropped.includes(p));
  if (kept.length === 0) {
    const change = changeInDocument(
      file.text,
      file.documents[document],
      [...metadata, 'annotations'],
      undefined,
    );
    return change ? [toTextEdit(file, change)] : undefined;
  }
  if (map.flow) {
    const pairs = kept.map((p) => file.text.slice(p.key.start, Math.max(p.key.end, p.value.end)));
    return [{ range: file.lines.range(map.start, map.end), text: `{${pairs.join(', ')}}` }];
  }
  return removeLines(file, dropped);
}

/**
 * Deletes the whole lines of each block-mapping pair (one edit per run of adjacent lines);
 * undefined when a pair shares a line with something else.
 */
function removeLines(file: SourceFile, pairs: readonly YPair[]): TextEdit[] | undefined {
  const text = file.text;
  const spans: { start: number; end: number }[] = [];
  for (const p of pairs) {
    const start = text.lastIndexOf('\n', p.key.start - 1) + 1;
    const last = Math.max(p.value.end - 1, p.key.end);
    const newline = text.indexOf('\n', last);
    const end = newline === -1 ? text.length : newline + 1;
    const after = text.slice(Math.max(p.value.end, p.key.end), end).trim();
    if (text.slice(start, p.key.start).trim() !== '' || (after !== '' && !after.startsWith('#')))
      return undefined;
    const previous = spans[spans.length - 1];
    if (previous?.end === start) previous.end = end;
    else spans.push({ start, end });
  }
  return spans.map((span) => ({ range: file.lines.range(span.start, span.end), text: '' }));
}

/** An edit of `yaml/edit` (offsets) as a fix's text edit (1-based range). */
export function toTextEdit(file: SourceFile, change: TextChange): TextEdit {
  return { range: file.lines.range(change.start, change.end), text: change.text };
}
