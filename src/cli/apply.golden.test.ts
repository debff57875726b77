/**
 * Golden cases for `apply --full-restore`: folders of readable YAML under
 * src/testing/golden/apply-full-restore/<case>/ (input.yaml, case.yaml with the Velero version,
 * expected.yaml = the command's stdout). Each runs through the engine (the restored objects equal
 * the expected documents) and through the CLI (the exact text). Regenerate a case's expected.yaml
 * with `npm run --silent cli -- apply --full-restore --velero-version V input.yaml`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { analyze, resolveVeleroVersion, restoreObjects } from '../index.ts';
import { cliSandbox } from '../testing/cli.ts';

const GOLDEN_DIR = fileURLToPath(new URL('../testing/golden/apply-full-restore/', import.meta.url));

const cases = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(GOLDEN_DIR, d.name);
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    const meta = loadAll(read('case.yaml'))[0] as { veleroVersion: string };
    return {
      id: d.name,
      version: meta.veleroVersion,
      input: read('input.yaml'),
      expected: read('expected.yaml'),
    };
  });

describe('apply --full-restore golden cases', () => {
  it('has cases for 1.16, 1.18.2 and main', () => {
    const versions = new Set(cases.map((c) => c.version));
    for (const v of ['1.16.0', '1.18.2', 'main']) expect(versions).toContain(v);
  });

  it.each(cases)(
    '$id: the engine restores the expected objects',
    ({ version, input, expected }) => {
      const veleroVersion = resolveVeleroVersion(version).version!;
      const analysis = analyze({ manifests: [{ name: 'input.yaml', text: input }], veleroVersion });
      const restored = restoreObjects(analysis.manifests.objects, analysis.plan, {
        fullRestore: true,
      });
      // A pod Velero does not create is a comment-only document, which YAML readers skip.
      expect(restored.flatMap((r) => r.restored ?? [])).toEqual(loadAll(expected));
      for (const r of restored.filter((r) => r.restored === null))
        expect(expected).toContain(`# NOT RESTORED: ${r.notRestored!}`);
    },
  );

  it.each(cases)('$id: the CLI prints expected.yaml', async ({ version, input, expected }) => {
    const { write, run } = cliSandbox('golden-');
    write('input.yaml', input);
    const out = await run('apply', '--full-restore', '--velero-version', version, 'input.yaml');
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(expected);
  });
});
