import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { DEFAULT_RELEASE, EXEC_HOOK_RULES, listRuleDifferences } from '../../../src/index.ts';

interface RuleDetailsProps {
  id: string;
  rule: number;
  veleroVersion: string;
  /** Closes the details (the Close button, or Escape inside them). */
  onClose: () => void;
}

/**
 * A rule's full text, opened from its "rule N" badge: what Velero does, the Velero code it comes
 * from, and what the simulated release does differently. Not modal: it takes the focus when it
 * opens, and Escape or Close gives it back to the badge (the caller's onClose).
 */
export function RuleDetails({ id, rule, veleroVersion, onClose }: RuleDetailsProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const entry = EXEC_HOOK_RULES[rule];
  useEffect(() => ref.current?.focus(), [rule]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  const differences = listRuleDifferences(rule, veleroVersion);
  return (
    <section
      id={id}
      ref={ref}
      className="timeline-rule-details"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h4 id={headingId} className="timeline-rule-details__title">
        Rule {rule}: what Velero does
      </h4>
      {entry ? (
        <>
          <p className="timeline-rule-details__text">{entry.text}</p>
          <p className="timeline-rule-details__source">
            From Velero’s{' '}
            {entry.sources.map((s, i) => (
              <span key={s.function}>
                {i > 0 ? ' and ' : ''}
                <code>{s.function}</code> in <code>{s.file}</code>
              </span>
            ))}
            .
          </p>
        </>
      ) : (
        <p className="timeline-rule-details__text">
          The Velero restore-hook semantics notes have no text for this rule.
        </p>
      )}
      <p className="timeline-rule-details__version">
        {differences.length > 0
          ? `Velero ${veleroVersion} differs: ${differences.join('; ')}.`
          : veleroVersion === DEFAULT_RELEASE
            ? `This is what Velero ${veleroVersion} does.`
            : `Velero ${veleroVersion} does the same as ${DEFAULT_RELEASE}, which this text describes.`}
      </p>
      <button type="button" className="timeline-button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
