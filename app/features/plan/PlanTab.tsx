import { describeHooksAttempted } from '../../../src/index.ts';
import { useEngineView } from '../../engine/index.ts';
import { FIRST_PODS } from '../results/resultTab.ts';
import { PodPlanCard } from './PodPlanCard.tsx';
import './plan.css';

// The pods drawn as cards, the first of the plan: a plan of thousands of pods is read through the
// diagnostics and the diff, not card by card.
const PLAN_CARDS = FIRST_PODS;

/** What Velero will do, pod by pod: init containers, exec hooks in order, which hooks match. */
export function PlanTab() {
  const view = useEngineView();
  if (!view) return <p className="results-empty">Waiting for the engine…</p>;
  const { restore, pods, podList, trackerAdded, veleroVersion } = view;
  // A result computed for another tab holds fewer pods: the cards wait for the Plan's own.
  const cards =
    pods.length >= Math.min(podList.length, PLAN_CARDS) ? pods.slice(0, PLAN_CARDS) : null;
  return (
    <div className="plan">
      <section className="plan__summary" aria-label="The Restore in brief">
        <dl className="plan__facts">
          <div>
            <dt>Velero</dt>
            <dd>{veleroVersion}</dd>
          </div>
          <div>
            <dt>Restore</dt>
            <dd>
              {restore.name}
              {restore.fromEditor ? null : (
                <span className="plan__muted"> (no Restore given: defaults)</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Backup</dt>
            <dd>{restore.backupName}</dd>
          </div>
          <div>
            <dt title="Distinct exec hooks added to the restore's hook tracker">HooksAttempted</dt>
            <dd>{describeHooksAttempted(trackerAdded)}</dd>
          </div>
          <div>
            <dt>Pods</dt>
            <dd>{podList.length}</dd>
          </div>
        </dl>
        {restore.validationErrors.length > 0 ? (
          <div className="plan__alert" role="alert">
            <strong>The Restore fails validation</strong> (status <code>FailedValidation</code>; no
            pod is restored):
            <ul>
              {restore.validationErrors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      {podList.length === 0 ? (
        <p className="results-empty">
          No pods in the manifests: add a Pod or a workload (Deployment, StatefulSet, …).
        </p>
      ) : !cards ? (
        <p className="results-empty">Waiting for the engine…</p>
      ) : (
        <>
          {cards.map((pod, i) => (
            <PodPlanCard key={`${i}:${pod.key}`} pod={pod} />
          ))}
          {podList.length > cards.length ? (
            <p className="results-empty">
              {podList.length - cards.length} more pods are not shown here: the plan lists the first{' '}
              {PLAN_CARDS}.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
