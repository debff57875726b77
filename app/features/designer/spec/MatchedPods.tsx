import type { HookSelection } from '../../../../src/index.ts';
import { formatTargetLabel } from '../targetLabel.ts';

interface MatchedPodsProps {
  index: number;
  /** The hook's selection; undefined while the engine has not matched it yet. */
  selection: HookSelection | undefined;
  /** Pods in the manifests. */
  podCount: number;
}

/**
 * Which input pods resource hook `index` selects, and why the others are left out (live, from the
 * engine): the first pods by name (inputs can hold thousands), the rest counted.
 */
export function MatchedPods({ index, selection, podCount: total }: MatchedPodsProps) {
  const rows = selection?.rows ?? [];
  const count = selection?.selected ?? 0;
  const overridden = selection?.overridden ?? 0;
  const beyond = (selection?.considered ?? 0) - rows.length;
  const selectedBeyond = count - rows.filter((r) => r.match.matches).length;
  return (
    <section className="hd-matches" aria-label={`Pods selected by resource hook ${index + 1}`}>
      <h4 className="hd-subheading" aria-live="polite">
        {total === 0
          ? 'No pods in the manifests to select'
          : !selection
            ? 'Selection not known yet'
            : `Selects ${count} of ${total} pod${total === 1 ? '' : 's'}`}
      </h4>
      {overridden > 0 ? (
        <p className="hd-matches__overridden" role="note">
          On{' '}
          {overridden === count ? (count === 1 ? 'it' : `all ${count}`) : `${overridden} of them`}{' '}
          the pod’s own hook annotations win over this hook: see below.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="hd-matches__list">
          {rows.map(({ pod, match }) => (
            <li
              key={`${pod.document}:${pod.key}`}
              className={match.matches ? 'hd-match is-match' : 'hd-match is-miss'}
            >
              <span className="hd-match__mark" aria-hidden="true">
                {match.matches ? '✓' : '✗'}
              </span>{' '}
              <span className="visually-hidden">
                {match.matches ? 'selected:' : 'not selected:'}
              </span>{' '}
              <span className="hd-match__pod">{formatTargetLabel(pod)}</span>
              {!match.matches ? (
                <span className="hd-match__why"> {match.reasons.join('; ')}</span>
              ) : null}
              {match.matches && match.overridden.length > 0 ? (
                <span className="hd-match__why hd-match__why--overridden">
                  {' '}
                  but {match.overridden.join('; and ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {beyond > 0 ? (
        <p className="hd-muted">
          …and {beyond} more pods ({selectedBeyond} of them selected).
        </p>
      ) : null}
      <p className="hd-footnote">
        Matched on the namespace each pod is restored into and its labels in the backup.
      </p>
    </section>
  );
}
