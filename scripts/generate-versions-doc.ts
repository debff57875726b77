// Writes docs/velero-versions.md from the version model (`npm run docs:versions`).
import { writeFileSync } from 'node:fs';
import { renderVersionsMarkdown } from '../src/index.ts';

const path = new URL('../docs/velero-versions.md', import.meta.url);
writeFileSync(path, renderVersionsMarkdown());
console.log('docs/velero-versions.md written');
