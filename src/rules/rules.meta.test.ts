import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue } from '../index.ts';
import { rules } from './index.ts';
import type { Rule } from './utils/rule.ts';

// The folder's contract (stylelint's rules meta-test is the model): one file per rule, named by its
// code, registered in index.ts, with a table test beside it and a complete catalogue entry.

const folder = new URL('./', import.meta.url);
const ruleFiles = readdirSync(folder, { withFileTypes: true })
  .filter((f) => f.isFile() && f.name.endsWith('.ts'))
  .map((f) => f.name)
  .filter((name) => name !== 'index.ts' && !name.endsWith('.test.ts'))
  .sort();

/** The test kits that run the engine for one code (src/testing/rules.ts, src/testing/ruleFixes.ts). */
const KITS = ['findDiagnostics', 'fixedTexts'];

function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Rule>;
  return typeof v.check === 'function' && typeof v.entry?.code === 'string';
}

async function exportedRules(file: string): Promise<Rule[]> {
  const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
  return Object.values(module).filter(isRule);
}

const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when the test text calls a kit with `code`, as a literal or a `const x = '<code>'`. */
function callsKitWith(text: string, code: string): boolean {
  const literal = `['"\`]${quote(code)}['"\`]`;
  const names = [...text.matchAll(new RegExp(`const\\s+(\\w+)\\s*=\\s*${literal}`, 'g'))].map(
    (m) => m[1]!,
  );
  const firstArgument = [literal, ...names.map((n) => `${n}\\b`)].join('|');
  return new RegExp(`\\b(?:${KITS.join('|')})\\(\\s*(?:${firstArgument})`).test(text);
}

describe('src/rules', () => {
  it('has rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
  });

  describe.each(ruleFiles)('%s', (file) => {
    const code = file.replace(/\.ts$/, '');

    it('exports one rule whose code is the file name, registered in src/rules/index.ts', async () => {
      const exported = await exportedRules(file);
      expect(exported.length, `${file} exports no rule (defineRule)`).toBe(1);
      const rule = exported[0]!;
      expect(rule.entry.code, `${file}: the rule's entry code must equal the file name`).toBe(code);
      expect(
        rules.includes(rule),
        `${file}: its rule is not in \`rules\` of src/rules/index.ts (import it and add one line)`,
      ).toBe(true);
    });

    it('has a table test beside it that runs the test kit with its code', () => {
      const testFile = `${code}.test.ts`;
      const testUrl = new URL(testFile, folder);
      expect(existsSync(testUrl), `${file} has no table test: add src/rules/${testFile}`).toBe(
        true,
      );
      expect(
        callsKitWith(readFileSync(testUrl, 'utf8'), code),
        `src/rules/${testFile} never calls ${KITS.join(' or ')} with '${code}'`,
      ).toBe(true);
    });

    it('has a catalogue entry with a Velero source and a fix', () => {
      const entry = diagnosticCatalogue.find((e) => e.code === code);
      expect(entry, `${file}: no catalogue entry for ${code}`).toBeDefined();
      expect(entry!.source.trim(), `${file}: the catalogue entry has an empty source`).not.toBe('');
      expect(entry!.fix.trim(), `${file}: the catalogue entry has an empty fix`).not.toBe('');
    });
  });

  it('has a file for every registered rule', async () => {
    const inFiles = new Set<Rule>();
    for (const file of ruleFiles) for (const r of await exportedRules(file)) inFiles.add(r);
    const missing = rules
      .filter((r) => !inFiles.has(r))
      .map((r) => `${r.entry.code}: no src/rules/${r.entry.code}.ts exports it`);
    expect(missing).toEqual([]);
  });

  it('registers each rule once', () => {
    const codes = rules.map((r) => r.entry.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });
});
