/**
 * Golden cases for quick fixes that edit several files: folders of readable YAML under
 * src/testing/golden/fixes/<case>/ (before/ with manifests.yaml and an optional restore.yaml,
 * after/ with every file as the fix leaves it, case.yaml with the code, the fix's title and the
 * codes found before and after). Each runs through the engine and through `restore-hooks check
 * --format json` (the fix as the CLI prints it). Regenerate a case's after/
 * with `UPDATE_GOLDEN=1 npx vitest run src/cli/fix.golden.test.ts`, then read the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput, type Diagnostic } from '../index.ts';
import { cliSandbox } from '../testing/cli.ts';
import { applyFixToFiles } from '../testing/ruleFixes.ts';

const GOLDEN_DIR = fileURLToPath(new URL('../testing/golden/fixes/', import.meta.url));
const FILES = ['manifests.yaml', 'restore.yaml'] as const;

const cases = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(GOLDEN_DIR, d.name);
    const readAll = (sub: string) =>
      Object.fromEntries(
        FILES.filter((f) => existsSync(join(dir, sub, f))).map((f) => [
          f,
          readFileSync(join(dir, sub, f), 'utf8'),
        ]),
      );
    const meta = load(readFileSync(join(dir, 'case.yaml'), 'utf8')) as {
      code: string;
      title: string;
      codesBefore: string[];
      codesAfter: string[];
    };
    return { id: d.name, dir, ...meta, before: readAll('before'), after: readAll('after') };
  });

/** The engine's input for a folder's files: restore.yaml (if any) is the Restore file. */
function inputOf(texts: Record<string, string>): AnalyzeInput {
  const restore = texts['restore.yaml'];
  return {
    manifests: [{ name: 'manifests.yaml', text: texts['manifests.yaml'] ?? '' }],
    restore: restore === undefined ? null : { name: 'restore.yaml', text: restore },
  };
}

function fixedBy(texts: Record<string, string>, diagnostics: readonly Diagnostic[], code: string) {
  const withFix = diagnostics.filter((d) => d.code === code && d.fix);
  expect(withFix).toHaveLength(1);
  const fix = withFix[0]!.fix!;
  return { title: fix.title, files: applyFixToFiles(texts, fix) };
}

describe('multi-file fix golden cases', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$id: the engine’s fix gives after/', ({ dir, code, title, before, after }) => {
    const fixed = fixedBy(before, analyze(inputOf(before)).diagnostics, code);
    if (process.env['UPDATE_GOLDEN']) {
      mkdirSync(join(dir, 'after'), { recursive: true });
      for (const [name, text] of Object.entries(fixed.files))
        writeFileSync(join(dir, 'after', name), text);
      return;
    }
    expect(fixed.title).toBe(title);
    expect(fixed.files).toEqual(after);
  });

  it.each(cases)('$id: the fix printed by check --format json gives after/', async (c) => {
    const { write, run } = cliSandbox('fix-golden-');
    for (const [name, text] of Object.entries(c.before)) write(name, text);
    const restore = 'restore.yaml' in c.before ? ['--restore', 'restore.yaml'] : [];
    const out = await run('check', '--format', 'json', ...restore, 'manifests.yaml');
    const fixed = fixedBy(c.before, JSON.parse(out.stdout) as Diagnostic[], c.code);
    expect(fixed.title).toBe(c.title);
    expect(fixed.files).toEqual(c.after);
  });

  it.each(cases)('$id: the codes before and after the fix', (c) => {
    const codes = (texts: Record<string, string>) =>
      analyze(inputOf(texts))
        .diagnostics.map((d) => d.code)
        .sort();
    expect(codes(c.before)).toEqual([...c.codesBefore].sort());
    expect(c.codesBefore).toContain(c.code);
    expect(codes(c.after)).toEqual([...c.codesAfter].sort());
  });
});
