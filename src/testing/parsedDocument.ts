/**
 * Test kit: what a parsed document shows its readers (index, place, tree, value, problems), without
 * the packed tree's storage, which depends on how many documents one parser call read.
 */
import { parseEvents } from 'js-yaml';
import type { JsonPath } from '../model/types.ts';
import type { DocumentEvents } from '../yaml/buildTree.ts';
import { splitDocuments, type ParsedDocument } from '../yaml/parse.ts';
import type { YNode } from '../yaml/tree.ts';

export const documentFields = (d: ParsedDocument | undefined) =>
  d && {
    index: d.index,
    start: d.start,
    end: d.end,
    value: d.value,
    plain: d.plain,
    problems: d.problems,
    root: d.root,
  };

/** Every path of a tree (aliases not followed), and beside each a path that does not exist. */
export function pathsWithMissing(root: YNode | null): JsonPath[] {
  const out: JsonPath[] = [[], ['missing']];
  const walk = (node: YNode, path: JsonPath) => {
    if (path.length > 0) out.push(path, [...path, 'missing']);
    if (node.kind === 'map') {
      for (const { key, value } of node.pairs)
        if (key.kind === 'scalar') walk(value, [...path, key.text]);
    } else if (node.kind === 'seq') node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  if (root) walk(root, []);
  return out;
}

/** Each document of `text` that js-yaml reads (others are skipped), as the events buildTree takes. */
export function* eventDocuments(text: string): Generator<DocumentEvents> {
  for (const { start, end } of splitDocuments(text)) {
    const source = text.slice(start, end);
    let events;
    try {
      events = parseEvents(source, { maxDepth: 100 });
    } catch {
      continue;
    }
    yield { source, base: start, events, from: 0, to: events.length };
  }
}
