// Writes docs/diagnostics.md from the engine's registry (`npm run docs:diagnostics`).
import { writeFileSync } from 'node:fs';
import { renderCatalogueMarkdown } from '../src/diagnostics/catalogueMarkdown.ts';
import { diagnosticCatalogue } from '../src/index.ts';

const path = new URL('../docs/diagnostics.md', import.meta.url);
writeFileSync(path, renderCatalogueMarkdown(diagnosticCatalogue));
console.log(`docs/diagnostics.md: ${diagnosticCatalogue.length} codes`);
