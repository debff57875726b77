import { ruleSummary } from './ruleSummaries.ts';

/** "rule N" with the rule's one-line summary. */
export function RuleRef({ rule }: { rule: number }) {
  return (
    <span className="timeline-rule">
      <span className="timeline-rule__badge">rule {rule}</span>{' '}
      <span className="timeline-rule__summary">{ruleSummary(rule)}</span>
    </span>
  );
}
