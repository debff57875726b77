import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalogueMarkdown, diagnosticCatalogue, renderVersionsMarkdown } from '../index.ts';

describe('diagnostic catalogue', () => {
  it('docs/diagnostics.md is up to date (run `npm run docs:diagnostics`)', () => {
    const committed = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderCatalogueMarkdown(diagnosticCatalogue));
  });

  it('docs/velero-versions.md is up to date (run `npm run docs:versions`)', () => {
    const committed = readFileSync(
      new URL('../../docs/velero-versions.md', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(renderVersionsMarkdown());
  });

  it('has one entry per code, each complete', () => {
    const codes = diagnosticCatalogue.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const e of diagnosticCatalogue) {
      expect(e.code, e.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const field of [e.title, e.why, e.source, e.fix])
        expect(field.length, e.code).toBeGreaterThan(5);
    }
  });
});
