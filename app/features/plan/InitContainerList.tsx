import type { PodPlanText } from '../../../src/index.ts';

/** `spec.initContainers` as Velero creates them, injected ones marked with their origin. */
export function InitContainerList({ init }: { init: PodPlanText['init'] }) {
  const { containers } = init;
  return (
    <div className="pod-plan__part">
      <h4 className="pod-plan__heading">Init containers, in order</h4>
      {init.note ? <p className="plan__note">{init.note}</p> : null}
      {containers === null ? (
        <p className="plan__muted">None: the init step fails (see above).</p>
      ) : containers.length === 0 ? (
        <p className="plan__muted">None.</p>
      ) : (
        <ol className="plan-list">
          {containers.map((c, i) => (
            <li key={i} className={c.injected ? 'plan-item plan-item--injected' : 'plan-item'}>
              <span className="plan-item__name">{c.name ?? '(no name)'}</span>
              {c.injected ? <span className="pod-plan__badge">injected</span> : null}
              <span className="plan-item__origin">{c.origin}</span>
              <span className="plan-item__detail">
                <code>{c.image}</code> <code>{c.command}</code>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
