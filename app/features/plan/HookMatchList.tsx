import type { PodView } from '../../../src/index.ts';

/** For each Restore resource hook: does it select this pod, and if not, why not. */
export function HookMatchList({ pod }: { pod: PodView }) {
  if (pod.hookMatches.length === 0) return null;
  return (
    <div className="pod-plan__part">
      <h4 className="pod-plan__heading">Restore resource hooks</h4>
      <ul className="plan-list">
        {pod.hookMatches.map((m) => (
          <li key={m.resourceIndex} className="plan-item">
            <span className="plan-item__name">{m.name || `(unnamed #${m.resourceIndex})`}</span>
            <span className={m.matches ? 'match match--yes' : 'match match--no'}>
              {m.matches ? '✓ matches this pod' : '✗ does not match'}
            </span>
            {m.reasons.length > 0 ? (
              <ul className="match__reasons">
                {m.reasons.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
