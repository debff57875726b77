import type { Plan } from '../velero/plan.ts';
import { DEFAULT_RESOURCE_TIMEOUT, type Scenario } from './scenario.ts';

const SECOND = 1_000_000_000n;

/**
 * The timeline the designer starts from, "everything goes well": every restored pod starts
 * with the restore, its containers are waiting, running at 2s and ready at 5s, and every hook
 * succeeds in 1s. Users then edit it (a container that never becomes ready, a hook that fails).
 */
export function buildDefaultScenario(plan: Plan): Scenario {
  return {
    restoreName: null,
    sharedContext: { timeout: null, cancelAt: null },
    preAdded: 'all',
    resourceTimeout: DEFAULT_RESOURCE_TIMEOUT,
    form: 'multi',
    pods: plan.pods
      .filter((p) => p.init.kind === 'ok')
      .map((p) => {
        const statuses = (state: 'waiting' | 'running', ready: boolean) =>
          p.containers.map((name) => ({ name, state, ready }));
        return {
          namespace: p.target.namespace,
          name: p.target.name,
          startAt: 0n,
          byContainer: null,
          timeline: [
            {
              at: 0n,
              phase: 'Pending',
              deleted: false,
              containerStatuses: statuses('waiting', false),
            },
            {
              at: 2n * SECOND,
              phase: 'Running',
              deleted: false,
              containerStatuses: statuses('running', false),
            },
            {
              at: 5n * SECOND,
              phase: 'Running',
              deleted: false,
              containerStatuses: statuses('running', true),
            },
          ],
          // One catch-all result per grouped hook: each result is used at most once (findResult).
          results: [...p.exec.groups.values()].flat().map(() => ({
            hookName: null,
            container: null,
            hookIndex: null,
            command: null,
            error: null,
            duration: SECOND,
          })),
        };
      }),
  };
}
