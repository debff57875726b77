import type { PodPlanText } from '../../../src/index.ts';

/** Exec hooks per container in Velero's order, with the values Velero will use. */
export function ExecHookList({ exec }: { exec: PodPlanText['exec'] }) {
  return (
    <div className="pod-plan__part">
      <h4 className="pod-plan__heading">Exec hooks, in Velero&apos;s order</h4>
      {exec.note ? <p className="plan__note">{exec.note}</p> : null}
      {exec.groups.length === 0 ? <p className="plan__muted">None.</p> : null}
      {exec.groups.map((group) => (
        <div key={group.container} className="exec-group">
          <p className="exec-group__container">
            Container <code>{group.container}</code>
          </p>
          {group.dropped ? (
            <p className="plan__warning" role="note">
              <strong>
                <code>{group.container}</code> is not in spec.containers:
              </strong>{' '}
              {group.dropped}.
            </p>
          ) : null}
          <ol className="plan-list">
            {group.hooks.map((h, i) => (
              <li key={i} className="plan-item">
                <span className="plan-item__name">{h.hookName}</span>
                <span className="plan-item__origin">
                  {h.hookSource} · hookIndex {h.hookIndex}
                </span>
                <dl className="exec-values">
                  <dt>command</dt>
                  <dd>
                    <code>{h.command}</code>
                  </dd>
                  <dt>onError</dt>
                  <dd>{h.onError}</dd>
                  <dt>execTimeout</dt>
                  <dd>{h.execTimeout}</dd>
                  <dt>waitTimeout</dt>
                  <dd>{h.waitTimeout}</dd>
                  <dt>waitForReady</dt>
                  <dd>{h.waitForReady}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
