/**
 * Joins a parsed scenario with the restore plan (`plan.ts`) into the simulation input: which pods
 * are simulated, their containers and target namespace, and their HandleHooks input (the scenario's
 * `byContainer`, or the hooks `GroupRestoreExecHooks` grouped for the created pod).
 */
import type { Plan, PodPlan } from '../velero/plan.ts';
import { asArray, asObject, asString } from '../model/json.ts';
import { parseScenario, type Scenario, type ScenarioPod } from './scenario.ts';
import { simulateRestore } from '../simulate/simulate.ts';
import type { SimulationInput, SimulationPodInput, SimulationResult } from '../simulate/types.ts';

export interface ScenarioInputBuild {
  /** null when there are errors. */
  input: SimulationInput | null;
  errors: string[];
  warnings: string[];
}

/**
 * Builds the simulation input. In the single-pod form the scenario applies to the first pod of the
 * input; in the `pods:` form each entry is matched by backup namespace/name. Never throws.
 */
export function buildSimulationInput(scenario: Scenario, plan: Plan): ScenarioInputBuild {
  const errors: string[] = [];
  const warnings: string[] = [];
  const pods: SimulationPodInput[] = [];
  if (plan.pods.length === 0) errors.push('the input has no pods to simulate');
  if (scenario.form === 'single') {
    const first = plan.pods[0];
    if (plan.pods.length > 1 && first) {
      warnings.push(
        `the scenario has no pods: list, so it applies to the first pod only (${podId(first)})`,
      );
    }
    if (first && scenario.pods[0]) pods.push(podInput(scenario.pods[0], first, warnings));
  } else {
    const listed = new Set<PodPlan>();
    scenario.pods.forEach((sp, i) => {
      const found = plan.pods.find(
        (pp) => pp.target.namespace === sp.namespace && pp.target.name === sp.name,
      );
      if (!found) {
        const known = plan.pods.map(podId).join(', ') || 'none';
        errors.push(
          `pods[${i}]: no pod ${sp.namespace ?? ''}/${sp.name ?? ''} in the input (pods: ${known})`,
        );
        return;
      }
      listed.add(found);
      pods.push(podInput(sp, found, warnings));
    });
    for (const pp of plan.pods) {
      if (!listed.has(pp) && plan.pods.length > 0)
        warnings.push(`pod ${podId(pp)} is not listed in the scenario's pods: it is not simulated`);
    }
  }
  if (plan.validationErrors.length > 0) {
    warnings.push(
      `the Restore would fail validation (${plan.validationErrors.map((e) => e.message).join('; ')}), so nothing would be restored; simulating the hooks anyway`,
    );
  }
  if (errors.length > 0) return { input: null, errors, warnings };
  const restoreName = scenario.restoreName ?? (plan.restore.name || 'restore1');
  return {
    input: {
      version: plan.version,
      resourceTimeout: scenario.resourceTimeout,
      restoreName,
      sharedContext: scenario.sharedContext,
      preAdded: scenario.preAdded,
      pods,
    },
    errors,
    warnings,
  };
}

function podInput(sp: ScenarioPod, pp: PodPlan, warnings: string[]): SimulationPodInput {
  const notRestored = pp.init.kind === 'ok' ? null : pp.init.message;
  if (notRestored !== null && sp.byContainer !== null) {
    warnings.push(
      `pod ${podId(pp)} would not be restored (${notRestored}); simulating its byContainer hooks anyway`,
    );
  }
  return {
    namespace: pp.target.namespace,
    name: pp.target.name,
    targetNamespace: pp.targetNamespace,
    containers: pp.containers,
    sidecars: nativeSidecars(pp),
    startAt: sp.startAt,
    byContainer: sp.byContainer ?? pp.exec.groups,
    timeline: sp.timeline,
    results: sp.results,
    notRestored: sp.byContainer === null ? notRestored : null,
  };
}

/** Init containers with `restartPolicy: Always` in the created pod (`ensureContainerExists` accepts them). */
function nativeSidecars(pp: PodPlan): string[] {
  const pod = pp.restoredPod ?? pp.target.pod;
  return asArray(asObject(pod['spec'])['initContainers'])
    .map(asObject)
    .filter((c) => c['restartPolicy'] === 'Always')
    .map((c) => asString(c['name']));
}

function podId(pp: PodPlan): string {
  return `${pp.target.namespace}/${pp.target.name}`;
}

export interface ScenarioRun {
  /** null when the scenario or its pairing with the input has errors. */
  result: SimulationResult | null;
  errors: string[];
  warnings: string[];
}

/** Parses, pairs and simulates a scenario against a restore plan in one call; never throws. */
export function runScenario(scenarioText: string, plan: Plan): ScenarioRun {
  const parsed = parseScenario(scenarioText);
  if (parsed.errors.length > 0)
    return { result: null, errors: parsed.errors, warnings: parsed.warnings };
  const built = buildSimulationInput(parsed.scenario, plan);
  const warnings = [...parsed.warnings, ...built.warnings];
  if (built.input === null) return { result: null, errors: built.errors, warnings };
  return { result: simulateRestore(built.input), errors: [], warnings };
}
