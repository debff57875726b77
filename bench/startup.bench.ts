/**
 * `tsx bench/startup.bench.ts` (part of `npm run bench`): the packaged CLI as users run it, timed as
 * whole processes. Packs and installs the package into a temporary prefix, then alternates, RUNS
 * times: a cold `node` that reads the 2,000-pod bench manifest and runs js-yaml's loadAll;
 * `restore-hooks check` on the same file (target ≤ 2× that); `restore-hooks --help` (target
 * < 0.25 s); and a bare `node -e 0` for scale. Prints medians and the spread (min–max).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { installPackagedCli } from '../src/testing/packagedCli.ts';
import { benchManifest } from './manifest.ts';

const PODS = Number(process.env['BENCH_PODS'] ?? 2000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 11);
const CHECK_TARGET = 2;
const HELP_TARGET_S = 0.25;

const cli = installPackagedCli('restore-hooks-bench-');
const manifest = join(cli.dir, 'bench.yaml');
writeFileSync(manifest, benchManifest(PODS));
const jsYaml = join(
  dirname(createRequire(import.meta.url).resolve('js-yaml/package.json')),
  'dist/js-yaml.mjs',
);
const loadScript = join(cli.dir, 'load-all.mjs');
writeFileSync(
  loadScript,
  `import { readFileSync } from 'node:fs';
import { loadAll } from ${JSON.stringify(pathToFileURL(jsYaml).href)};
loadAll(readFileSync(process.argv[2], 'utf8'));
`,
);

/** Wall time of one whole process, in seconds; throws when it fails. */
function time(command: string, args: string[], okCodes = [0]): number {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd: cli.dir, env: cli.env, stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status === null || !okCodes.includes(r.status)) {
    throw new Error(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  }
  return seconds;
}

const samples = {
  node: [] as number[],
  loadAll: [] as number[],
  check: [] as number[],
  help: [] as number[],
};
const ratios: number[] = [];
time(cli.bin, ['check', manifest]); // warm the file cache once
for (let i = 0; i < RUNS; i++) {
  samples.node.push(time(process.execPath, ['-e', '0']));
  const loadAll = time(process.execPath, [loadScript, manifest]);
  const check = time(cli.bin, ['check', manifest]);
  samples.loadAll.push(loadAll);
  samples.check.push(check);
  ratios.push(check / loadAll);
  samples.help.push(time(cli.bin, ['--help']));
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[], digits: number) =>
  `${sorted(xs)[0]!.toFixed(digits)}–${sorted(xs).at(-1)!.toFixed(digits)}`;
const seconds = (xs: number[]) => `${median(xs).toFixed(3)} s (${spread(xs, 3)})`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

console.log(`startup: the packaged CLI as whole processes, median of ${RUNS} (min–max)`);
console.log(`  node -e 0:                ${seconds(samples.node)}`);
console.log(`  node + js-yaml loadAll:   ${seconds(samples.loadAll)} (${PODS} pods)`);
console.log(`  restore-hooks check:      ${seconds(samples.check)}`);
console.log(
  `  check / loadAll ratio:    ${median(ratios).toFixed(2)} (${spread(ratios, 2)}; target ≤ ${CHECK_TARGET}: ${verdict(median(ratios) <= CHECK_TARGET)})`,
);
console.log(
  `  restore-hooks --help:     ${seconds(samples.help)}; ${(median(samples.help) / HELP_TARGET_S).toFixed(2)} of the ${HELP_TARGET_S} s budget (${verdict(median(samples.help) < HELP_TARGET_S)})`,
);
