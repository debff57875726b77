import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { RuleDetails } from './RuleDetails.tsx';
import { RuleRef } from './RuleRef.tsx';
import type { TimelineEvent } from '../../../src/index.ts';

interface CurrentEventProps {
  event: TimelineEvent | undefined;
  showPod: boolean;
  /** The Velero release the simulation follows: the rule reads as on that release. */
  veleroVersion: string;
}

/**
 * The current event's one-line explanation and the rule it illustrates; the rule's badge opens its
 * full text below, outside the live region (it stays on the rule opened while the player moves).
 */
export function CurrentEvent({ event, showPod, veleroVersion }: CurrentEventProps) {
  const detailsId = useId();
  const badge = useRef<HTMLButtonElement>(null);
  const [openRule, setOpenRule] = useState<number | null>(null);
  if (!event) return <p className="timeline-current">No events: nothing was simulated.</p>;
  const { data } = event;
  const close = () => {
    setOpenRule(null);
    badge.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && openRule !== null) close();
  };
  return (
    <div className="timeline-current" onKeyDown={onKeyDown}>
      <div aria-live="polite" aria-atomic="true">
        <p className="timeline-current__text">
          <span className="timeline-current__at">{data.at}</span>{' '}
          {showPod && event.pod ? (
            <span className="timeline-current__pod">{event.pod}: </span>
          ) : null}
          {data.explanation}
          {data.orderNotGuaranteed ? (
            <span className="timeline-current__order"> (Go map order: not guaranteed)</span>
          ) : null}
        </p>
        <p className="timeline-current__rule">
          <RuleRef
            rule={data.rule}
            veleroVersion={veleroVersion}
            expanded={openRule === data.rule}
            controls={detailsId}
            buttonRef={badge}
            onToggle={() => setOpenRule(openRule === data.rule ? null : data.rule)}
          />
        </p>
      </div>
      {openRule !== null ? (
        <RuleDetails id={detailsId} rule={openRule} veleroVersion={veleroVersion} onClose={close} />
      ) : null}
    </div>
  );
}
