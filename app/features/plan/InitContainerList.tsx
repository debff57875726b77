import type { PodView } from '../../../src/index.ts';
import { describeInitOrigin, formatCommand } from './planText.ts';

/** `spec.initContainers` as Velero creates them, injected ones marked with their origin. */
export function InitContainerList({ pod }: { pod: PodView }) {
  const containers = pod.initContainers;
  return (
    <div className="pod-plan__part">
      <h4 className="pod-plan__heading">Init containers, in order</h4>
      {pod.initSource === 'annotation' && pod.hookMatches.some((m) => m.matches) ? (
        <p className="plan__note">
          The init annotations override every Restore spec init hook for this pod.
        </p>
      ) : null}
      {containers === null ? (
        <p className="plan__muted">None: the init step fails (see above).</p>
      ) : containers.length === 0 ? (
        <p className="plan__muted">None.</p>
      ) : (
        <ol className="plan-list">
          {containers.map((c, i) => {
            const injected = pod.injectedInit.some((x) => x.index === i);
            return (
              <li key={i} className={injected ? 'plan-item plan-item--injected' : 'plan-item'}>
                <span className="plan-item__name">{String(c.name ?? '(no name)')}</span>
                {injected ? <span className="pod-plan__badge">injected</span> : null}
                <span className="plan-item__origin">{describeInitOrigin(pod, i)}</span>
                <span className="plan-item__detail">
                  <code>{String(c.image ?? '')}</code> <code>{formatCommand(c.command)}</code>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
