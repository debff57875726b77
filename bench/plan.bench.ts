/**
 * `npm run bench`: generates a 2,000-pod multi-document manifest (about 4 MB) with restore-hook
 * annotations, then prints the engine's plan time (parse + plan + every check) divided by plain
 * js-yaml parsing of the same text, the absolute times and the peak memory.
 */
import { loadAll } from 'js-yaml';
import { analyze, resolveVeleroVersion } from '../src/index.ts';
import { benchManifest } from './manifest.ts';

const PODS = Number(process.env['BENCH_PODS'] ?? 2000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 11);

const restoreText = `apiVersion: velero.io/v1
kind: Restore
metadata: {name: nightly-restore, namespace: velero}
spec:
  backupName: nightly
  namespaceMapping: {team-1: team-1-restored}
  hooks:
    resources:
    - name: warm-cache
      includedNamespaces: ["team-*"]
      excludedNamespaces: [team-13]
      labelSelector:
        matchExpressions:
        - {key: tier, operator: In, values: [web]}
      postHooks:
      - exec:
          container: postgres
          command: [/bin/sh, -c, "psql -c 'select 1'"]
          waitTimeout: 5m
`;

const text = benchManifest(PODS);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

/** Times both functions in alternation, so drift on a shared machine hits both alike. */
function timePair(a: () => unknown, b: () => unknown): [number[], number[]] {
  a(); // warm-up
  b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    for (const [k, fn] of [a, b].entries()) {
      const start = performance.now();
      fn();
      times[k]!.push(performance.now() - start);
      sample();
    }
  }
  return times;
}

let pods = 0;
let diagnostics = 0;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
  `input:            ${PODS} pods, ${mb(Buffer.byteLength(text))} MB, ${text.split('\n').length} lines`,
);
// The engine at the oldest behaviour set users meet most (1.12) and at the default release.
for (const name of ['1.12', '1.18.2']) {
  const veleroVersion = resolveVeleroVersion(name).version!;
  const [yamlTimes, planTimes] = timePair(
    () => loadAll(text),
    () => {
      const a = analyze({
        manifests: [{ name: 'bench.yaml', text }],
        restore: { name: 'restore.yaml', text: restoreText },
        veleroVersion,
      });
      pods = a.plan.pods.length;
      diagnostics = a.diagnostics.length;
    },
  );
  const yamlMs = median(yamlTimes);
  const planMs = median(planTimes);
  console.log(`Velero ${veleroVersion.name}`);
  console.log(`  js-yaml loadAll:  ${yamlMs.toFixed(1)} ms (median of ${RUNS})`);
  console.log(
    `  engine plan:      ${planMs.toFixed(1)} ms (median of ${RUNS}; parse + plan + all checks; ${pods} pods, ${diagnostics} diagnostics)`,
  );
  console.log(`  ratio:            ${(planMs / yamlMs).toFixed(2)} (target ≤ 2.0)`);
}
console.log(
  `peak heap used:   ${mb(peakHeap)} MB; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
);
