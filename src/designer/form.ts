/**
 * Reading helpers for the designer's form, the read side of `setIn`: the form shows values read
 * from the text (the single source of truth) and writes them back with `setIn`.
 */
import { readValueAt } from '../model/json.ts';
import type { JsonPath } from '../model/types.ts';
import { findManifests } from '../velero/pods.ts';
import { parseYamlDocument } from '../yaml/parse.ts';
import { readSourceFile } from '../yaml/source.ts';

/** Where an object sits in a text: its 0-based document (as `setIn` counts) and its path within it. */
export interface ObjectLocation {
  document: number;
  path: JsonPath;
}

/**
 * The plain value at `path` in document `document` of `text` (prototype-safe objects, as the engine
 * reads them); undefined when the document does not parse or the path is absent. Never throws.
 */
export function getIn(text: string, document: number, path: JsonPath): unknown {
  const doc = parseYamlDocument(text, document);
  if (!doc || doc.value === undefined) return undefined;
  return readValueAt(doc.value, path);
}

/**
 * The Restore the engine uses from a Restore text (its first velero.io Restore, also inside a List),
 * with where it sits, so the form can read `spec.hooks` and write back with `setIn`. Null: none.
 */
export function findRestore(text: string): (ObjectLocation & { value: unknown }) | null {
  const restore = findManifests([readSourceFile('restore', text)]).restores[0];
  if (!restore) return null;
  return { document: restore.ref.document, path: [...restore.ref.path], value: restore.value };
}
