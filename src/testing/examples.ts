/** Test kit: the example scenarios in public/examples, read from disk (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The text of one file of an example, e.g. `readExample('multiple-hooks-ordering', 'restore.yaml')`. */
export function readExample(id: string, file: string): string {
  return readFileSync(new URL(`../../public/examples/${id}/${file}`, import.meta.url), 'utf8');
}

/** Every YAML file of the examples and the golden cases, as paths from the repository root. */
export function yamlFixtureFiles(): string[] {
  const files: string[] = [];
  const collect = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) collect(path);
      else if (/\.ya?ml$/.test(name)) files.push(path);
    }
  };
  collect('public/examples');
  collect('src/testing/golden');
  return files;
}
