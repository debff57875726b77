// `npm run build:cli`: the CLI as ES modules in dist-cli/, entry restore-hooks.mjs, with the engine
// and its runtime libraries (js-yaml) bundled in, so the published package has no dependencies and
// needs neither tsx nor TypeScript. Command modules stay lazy (dynamic imports) and are split into
// chunks of their own, so `--help` and `--version` start without evaluating the engine, and
// `check` without even reading the language server's code (a third of the bundle).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const outfile = process.argv[2] ?? 'dist-cli/restore-hooks.mjs';
const outdir = dirname(outfile);
// Chunk names change with their content (esbuild's name-HASH.mjs): stale ones must not be packed.
const CHUNK = /^[a-z]+-[A-Z0-9]{8}\.mjs$/;
if (existsSync(outdir)) {
  for (const name of readdirSync(outdir)) if (CHUNK.test(name)) rmSync(join(outdir, name));
}

// vscode-languageserver is CommonJS and requires Node's built-ins: an ES module bundle needs a
// require of its own for them.
const banner = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

// The language server's analysis worker thread (src/lsp/analysisRunner.ts loads it from beside the
// bundle), a module of its own.
const worker = await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: ['src/lsp/analysisWorker.ts'],
  outfile: join(dirname(outfile), 'analysisWorker.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  banner,
});

const result = await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: { [basename(outfile, '.mjs')]: 'src/cli/main.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  // Chunks stay beside the entry: analysisRunner finds the worker as ./analysisWorker.js.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Only Node's built-ins stay imports; everything else must be bundled (no runtime dependencies).
  packages: 'bundle',
  define: { __RESTORE_HOOKS_VERSION__: JSON.stringify(pkg.version) },
  // The shebang comes from src/cli/main.ts.
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  banner,
});

// The licences of the bundled packages travel with the bundle (js-yaml's MIT licence asks for it).
const packages = new Set();
for (const input of [
  ...Object.keys(result.metafile.inputs),
  ...Object.keys(worker.metafile.inputs),
]) {
  const m = /(^|\/)node_modules\/((@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(input.slice(0, m.index + m[0].length));
}
const notices = [...packages].sort().map((dir) => {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licence = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = licence
    ? readFileSync(join(dir, licence), 'utf8').trim()
    : `License: ${meta.license}`;
  return `${meta.name} ${meta.version}\n\n${text}\n`;
});
writeFileSync(
  join(dirname(outfile), 'THIRD_PARTY_LICENSES.txt'),
  `restore-hooks bundles these packages:\n\n${notices.join('\n---\n\n')}`,
);

const bytes = [result, worker]
  .flatMap((r) => Object.values(r.metafile.outputs))
  .reduce((n, o) => n + o.bytes, 0);
const names = [...packages]
  .map((d) => d.split('node_modules/').at(-1).replace(/\/$/, ''))
  .join(', ');
console.log(`${outfile}: ${(bytes / 1024).toFixed(0)} KB, bundling ${names || 'no packages'}`);
