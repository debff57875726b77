import { RuleRef } from './RuleRef.tsx';
import type { TimelineEvent } from '../../../src/index.ts';

interface CurrentEventProps {
  event: TimelineEvent | undefined;
  showPod: boolean;
  /** The Velero release the simulation follows: the rule reads as on that release. */
  veleroVersion: string;
}

/** The current event's one-line explanation and the rule it illustrates. */
export function CurrentEvent({ event, showPod, veleroVersion }: CurrentEventProps) {
  if (!event) return <p className="timeline-current">No events: nothing was simulated.</p>;
  const { data } = event;
  return (
    <div className="timeline-current" aria-live="polite" aria-atomic="true">
      <p className="timeline-current__text">
        <span className="timeline-current__at">{data.at}</span>{' '}
        {showPod && event.pod ? <span className="timeline-current__pod">{event.pod}: </span> : null}
        {data.explanation}
        {data.orderNotGuaranteed ? (
          <span className="timeline-current__order"> (Go map order: not guaranteed)</span>
        ) : null}
      </p>
      <p className="timeline-current__rule">
        <RuleRef rule={data.rule} veleroVersion={veleroVersion} />
      </p>
    </div>
  );
}
