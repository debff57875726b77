import type { PodView } from '../../../src/index.ts';
import {
  describeExecTimeout,
  describeOnError,
  describeWaitForReady,
  describeWaitTimeout,
  formatCommand,
  missingHookContainers,
} from './planText.ts';

/** Exec hooks per container in Velero's order, with the values Velero will use. */
export function ExecHookList({ pod }: { pod: PodView }) {
  const groups = Object.entries(pod.execHooks);
  const missing = new Set(missingHookContainers(pod));
  return (
    <div className="pod-plan__part">
      <h4 className="pod-plan__heading">Exec hooks, in Velero&apos;s order</h4>
      {pod.execSource === 'annotation' && pod.hookMatches.some((m) => m.matches) ? (
        <p className="plan__note">
          The exec annotation is this pod&apos;s only exec hook: Restore spec exec hooks are ignored
          for it.
        </p>
      ) : null}
      {groups.length === 0 ? <p className="plan__muted">None.</p> : null}
      {groups.map(([container, hooks]) => {
        const waitsForReady = hooks.some((h) => h.waitForReady);
        return (
          <div key={container} className="exec-group">
            <p className="exec-group__container">
              Container <code>{container}</code>
            </p>
            {missing.has(container) ? (
              <p className="plan__warning" role="note">
                <strong>
                  <code>{container}</code> is not in spec.containers:
                </strong>{' '}
                its hooks are dropped, and the Restore stays in Finalizing (velero-io/velero#9749).
              </p>
            ) : null}
            <ol className="plan-list">
              {hooks.map((h, i) => (
                <li key={i} className="plan-item">
                  <span className="plan-item__name">{h.hookName}</span>
                  <span className="plan-item__origin">
                    {h.hookSource} · hookIndex {h.hookIndex}
                  </span>
                  <dl className="exec-values">
                    <dt>command</dt>
                    <dd>
                      <code>{formatCommand(h.command)}</code>
                    </dd>
                    <dt>onError</dt>
                    <dd>{describeOnError(h.onError)}</dd>
                    <dt>execTimeout</dt>
                    <dd>{describeExecTimeout(h.execTimeout)}</dd>
                    <dt>waitTimeout</dt>
                    <dd>{describeWaitTimeout(h.waitTimeout)}</dd>
                    <dt>waitForReady</dt>
                    <dd>{describeWaitForReady(h, waitsForReady)}</dd>
                  </dl>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}
