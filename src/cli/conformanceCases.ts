import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

/** The shared conformance corpus, beside the repository (`../shared/conformance/cases`). */
export const CASES_DIR = fileURLToPath(
  new URL('../../../shared/conformance/cases', import.meta.url),
);

export interface ConformanceCase {
  id: string;
  dir: string;
  expected: Record<string, unknown>;
  input: string;
  restore: string | undefined;
  scenario: string | undefined;
}

/** Loads every case folder of a kind (`transform` or `scenario`); [] when the corpus is absent. */
export function loadCases(kind: 'transform' | 'scenario', dir = CASES_DIR): ConformanceCase[] {
  if (!existsSync(dir)) return [];
  const cases: ConformanceCase[] = [];
  for (const id of readdirSync(dir).sort()) {
    const caseDir = join(dir, id);
    const expectedPath = join(caseDir, 'expected.yaml');
    if (!existsSync(expectedPath)) continue;
    const expected = load(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
    if (expected['kind'] !== kind) continue;
    const optional = (name: string) =>
      existsSync(join(caseDir, name)) ? join(caseDir, name) : undefined;
    cases.push({
      id,
      dir: caseDir,
      expected,
      input: join(caseDir, 'input.yaml'),
      restore: optional('restore.yaml'),
      scenario: optional('scenario.yaml'),
    });
  }
  return cases;
}
