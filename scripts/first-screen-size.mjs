// Prints the gzip size of the JavaScript the first screen loads before Monaco: the entry script of
// dist/index.html and every chunk it imports statically (recursively), but not the lazy chunks
// (`import()`), the workers or Monaco. Run after `vite build`; `--json` prints a JSON object.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'dist');
const html = join(dist, 'index.html');
if (!existsSync(html)) {
  console.error(`${html} not found: run \`npx vite build\` first.`);
  process.exit(2);
}

const entry = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(readFileSync(html, 'utf8'))?.[1];
if (!entry) {
  console.error('dist/index.html has no module script.');
  process.exit(2);
}

/** Static imports of a built chunk: `import … from "./x.js"` and `import "./x.js"`, not `import(…)`. */
function staticImports(code) {
  const found = [];
  const re =
    /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

const files = new Map();
const visit = (file) => {
  if (files.has(file)) return;
  const code = readFileSync(file);
  files.set(file, code);
  for (const spec of staticImports(code.toString('utf8'))) visit(resolve(dirname(file), spec));
};
visit(join(dist, entry));

let raw = 0;
let gzip = 0;
const rows = [];
for (const [file, code] of files) {
  const g = gzipSync(code, { level: 9 }).length;
  raw += code.length;
  gzip += g;
  rows.push({ file: file.slice(dist.length + 1), bytes: code.length, gzip: g });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: rows, bytes: raw, gzip }));
} else {
  for (const r of rows) console.log(`${r.file}: ${kb(r.bytes)} (${kb(r.gzip)} gzip)`);
  console.log(
    `first-screen JS: ${kb(raw)}, ${kb(gzip)} gzip, ${rows.length} file(s), before Monaco`,
  );
}
