/**
 * `tsx bench/simulate.bench.ts`: the exec-hook simulation of a large restore (200 pods × 3
 * containers × 3 hooks by default), as the designer's Timeline runs it: default scenario plus
 * edits, simulation, JSON for the UI. Prints the median time (target < 100 ms) and, for context,
 * the whole designer view (parse, plan, checks, diff and simulation) of the same input.
 */
import { analyze, buildDesignerView, type ScenarioEdit } from '../src/index.ts';
import { buildDefaultScenario } from '../src/scenario/defaultScenario.ts';
import { applyScenarioEdits } from '../src/scenario/edits.ts';
import { buildSimulationInput } from '../src/scenario/simulationInput.ts';
import { simulateRestore } from '../src/simulate/simulate.ts';
import { simulationToJson } from '../src/simulate/simulationJson.ts';
import { largeRestore } from './simulateLoadKit.ts';

const shape = {
  pods: Number(process.env['BENCH_PODS'] ?? 200),
  containers: Number(process.env['BENCH_CONTAINERS'] ?? 3),
  hooks: Number(process.env['BENCH_HOOKS'] ?? 3),
};
const RUNS = Number(process.env['BENCH_RUNS'] ?? 9);

const { manifests, restore } = largeRestore(shape);
const { plan } = analyze({
  manifests: [{ name: 'manifests.yaml', text: manifests }],
  restore: { name: 'restore.yaml', text: restore },
});
const edits: ScenarioEdit[] = [
  { kind: 'container', pod: 'team-3/app-3', container: 'c1', runningAt: '1s', readyAt: null },
  {
    kind: 'hook',
    pod: 'team-7/app-7',
    container: 'c0',
    hookName: 'load-hooks',
    hookIndex: 3,
    duration: '2s',
    error: 'boom',
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(fn: () => unknown): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

let events = 0;
const simulationMs = time(() => {
  const scenario = applyScenarioEdits(buildDefaultScenario(plan), plan, edits);
  const built = buildSimulationInput(scenario, plan);
  if (!built.input) throw new Error(built.errors.join('; '));
  events = simulationToJson(simulateRestore(built.input), built.warnings).events.length;
});
const viewMs = time(() => buildDesignerView({ manifests, restore, scenarioEdits: edits }));

const hooks = shape.pods * shape.containers * shape.hooks;
console.log(
  `input:            ${shape.pods} pods × ${shape.containers} containers × ${shape.hooks} hooks (${hooks} hooks)`,
);
console.log(
  `simulation:       ${simulationMs.toFixed(1)} ms (median of ${RUNS}; scenario + simulate + JSON; ${events} events; target < 100 ms)`,
);
console.log(
  `designer view:    ${viewMs.toFixed(1)} ms (median of ${RUNS}; parse + plan + checks + diff + simulation)`,
);
