import type { PodView } from '../../../../src/index.ts';
import { formatTargetLabel } from '../targetLabel.ts';

/** Rows listed before the rest is summed up (inputs can hold thousands of pods). */
const MAX_ROWS = 50;

interface MatchedPodsProps {
  index: number;
  pods: readonly PodView[];
}

/** Which input pods resource hook `index` selects, and why the others are left out (live, from the engine). */
export function MatchedPods({ index, pods }: MatchedPodsProps) {
  const rows = pods.map((pod) => ({
    pod,
    match: pod.hookMatches.find((m) => m.resourceIndex === index),
  }));
  const known = rows.filter((r) => r.match);
  const count = known.filter((r) => r.match?.matches).length;
  const overridden = known.filter((r) => r.match?.matches && r.match.overridden.length > 0).length;
  return (
    <section className="hd-matches" aria-label={`Pods selected by resource hook ${index + 1}`}>
      <h4 className="hd-subheading" aria-live="polite">
        {pods.length === 0
          ? 'No pods in the manifests to select'
          : known.length === 0
            ? 'Selection not known yet'
            : `Selects ${count} of ${pods.length} pod${pods.length === 1 ? '' : 's'}`}
      </h4>
      {overridden > 0 ? (
        <p className="hd-matches__overridden" role="note">
          On{' '}
          {overridden === count ? (count === 1 ? 'it' : `all ${count}`) : `${overridden} of them`}{' '}
          the pod’s own hook annotations win over this hook: see below.
        </p>
      ) : null}
      {known.length > 0 ? (
        <ul className="hd-matches__list">
          {known.slice(0, MAX_ROWS).map(({ pod, match }) => (
            <li
              key={`${pod.document}:${pod.key}`}
              className={match?.matches ? 'hd-match is-match' : 'hd-match is-miss'}
            >
              <span className="hd-match__mark" aria-hidden="true">
                {match?.matches ? '✓' : '✗'}
              </span>{' '}
              <span className="visually-hidden">
                {match?.matches ? 'selected:' : 'not selected:'}
              </span>{' '}
              <span className="hd-match__pod">{formatTargetLabel(pod)}</span>
              {match && !match.matches ? (
                <span className="hd-match__why"> {match.reasons.join('; ')}</span>
              ) : null}
              {match?.matches && match.overridden.length > 0 ? (
                <span className="hd-match__why hd-match__why--overridden">
                  {' '}
                  but {match.overridden.join('; and ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {known.length > MAX_ROWS ? (
        <p className="hd-muted">
          …and {known.length - MAX_ROWS} more pods (
          {known.slice(MAX_ROWS).filter((r) => r.match?.matches).length} of them selected).
        </p>
      ) : null}
      <p className="hd-footnote">
        Matched on the namespace each pod is restored into and its labels in the backup.
      </p>
    </section>
  );
}
