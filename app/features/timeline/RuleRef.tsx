import { listRuleDifferences, summarizeRule } from '../../../src/index.ts';
import type { Ref } from 'react';

interface RuleRefProps {
  rule: number;
  /** The simulated release: where it differs from the summary's, that is said after it. */
  veleroVersion: string;
  /** Whether this rule's full text (RuleDetails, `controls`) is shown. */
  expanded: boolean;
  /** The id of the RuleDetails the badge opens. */
  controls: string;
  onToggle: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * "rule N" with the rule's one-line summary, and what differs in the simulated Velero release. The
 * badge is a disclosure button: it shows or hides the rule's full text.
 */
export function RuleRef({
  rule,
  veleroVersion,
  expanded,
  controls,
  onToggle,
  buttonRef,
}: RuleRefProps) {
  const differences = listRuleDifferences(rule, veleroVersion);
  return (
    <span className="timeline-rule">
      <button
        ref={buttonRef}
        type="button"
        className="timeline-rule__badge"
        aria-expanded={expanded}
        aria-controls={expanded ? controls : undefined}
        onClick={onToggle}
      >
        rule {rule}
      </button>{' '}
      <span className="timeline-rule__summary">{summarizeRule(rule)}</span>
      {differences.length > 0 ? (
        <span className="timeline-rule__version">
          {' '}
          Velero {veleroVersion} differs: {differences.join('; ')}.
        </span>
      ) : null}
    </span>
  );
}
