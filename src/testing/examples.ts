/** Test kit: the example scenarios in public/examples, read from disk (Node only). */
import { readFileSync } from 'node:fs';

/** The text of one file of an example, e.g. `readExample('multiple-hooks-ordering', 'restore.yaml')`. */
export function readExample(id: string, file: string): string {
  return readFileSync(new URL(`../../public/examples/${id}/${file}`, import.meta.url), 'utf8');
}
