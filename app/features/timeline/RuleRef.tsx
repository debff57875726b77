import { ruleDifferences, ruleSummary } from './ruleSummaries.ts';

interface RuleRefProps {
  rule: number;
  /** The simulated release: where it differs from the summary's, that is said after it. */
  veleroVersion: string;
}

/** "rule N" with the rule's one-line summary, and what differs in the simulated Velero release. */
export function RuleRef({ rule, veleroVersion }: RuleRefProps) {
  const differences = ruleDifferences(rule, veleroVersion);
  return (
    <span className="timeline-rule">
      <span className="timeline-rule__badge">rule {rule}</span>{' '}
      <span className="timeline-rule__summary">{ruleSummary(rule)}</span>
      {differences.length > 0 ? (
        <span className="timeline-rule__version">
          {' '}
          Velero {veleroVersion} differs: {differences.join('; ')}.
        </span>
      ) : null}
    </span>
  );
}
