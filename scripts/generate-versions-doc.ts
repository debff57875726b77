// Writes docs/velero-versions.md from the version model (`npm run docs:versions`).
import { writeFileSync } from 'node:fs';
import { versionsMarkdown } from '../src/index.ts';

const path = new URL('../docs/velero-versions.md', import.meta.url);
writeFileSync(path, versionsMarkdown());
console.log('docs/velero-versions.md written');
