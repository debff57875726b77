import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

/** The shared conformance corpus, beside the repository (`../shared/conformance/`). */
export const CASES_DIR = fileURLToPath(
  new URL('../../../shared/conformance/cases', import.meta.url),
);
/** The `ver-*` and `fid-*` cases: behaviour across Velero releases. */
export const VERSION_CASES_DIR = fileURLToPath(
  new URL('../../../shared/conformance/version-cases', import.meta.url),
);

/**
 * The corpus's own rule (shared/conformance/README.md): a case without `veleroVersions` holds for
 * 1.18.2. A fact of the corpus, not the product's default release, so it stays fixed here.
 */
const CORPUS_DEFAULT_VERSION = '1.18.2';

export interface ConformanceCase {
  id: string;
  dir: string;
  expected: Record<string, unknown>;
  input: string;
  restore: string | undefined;
  scenario: string | undefined;
  /** `veleroVersions`, or [1.18.2]: the runner runs the CLI once per version. */
  versions: string[];
}

/** Loads every case folder of a kind from both corpus folders; [] when the corpus is absent. */
export function loadCases(
  kind: 'transform' | 'scenario',
  dirs = [CASES_DIR, VERSION_CASES_DIR],
): ConformanceCase[] {
  return dirs.flatMap((dir) => loadCasesIn(kind, dir));
}

function loadCasesIn(kind: 'transform' | 'scenario', dir: string): ConformanceCase[] {
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
      versions: Array.isArray(expected['veleroVersions'])
        ? expected['veleroVersions'].map(String)
        : [CORPUS_DEFAULT_VERSION],
    });
  }
  return cases;
}
