import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../../src/index.ts';

/** How many past events the log keeps on screen. */
const LOG_WINDOW = 60;

interface EventLogProps {
  events: readonly TimelineEvent[];
  index: number;
  showPod: boolean;
  onPick: (index: number) => void;
}

/** The events up to the current one, newest last; each can be picked to jump there. */
export function EventLog({ events, index, showPod, onPick }: EventLogProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const first = Math.max(0, index - LOG_WINDOW + 1);
  const shown = events.slice(first, index + 1);
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [index, events]);
  return (
    <section className="timeline-log" aria-label="Event log">
      <h3 className="timeline-section-title">
        Event log{' '}
        <span className="timeline-muted">
          ({index + 1} of {events.length}
          {first > 0 ? `, the last ${LOG_WINDOW} shown` : ''})
        </span>
      </h3>
      <ol className="timeline-log__list" ref={listRef} start={first + 1}>
        {shown.map((e) => (
          <li
            key={e.index}
            className="timeline-log__item"
            data-kind={e.data.kind}
            aria-current={e.index === index ? 'step' : undefined}
          >
            <button type="button" className="timeline-log__pick" onClick={() => onPick(e.index)}>
              <span className="timeline-log__at">{e.data.at}</span>
              <span className="timeline-log__text">
                {showPod && e.pod ? `${e.pod}: ` : ''}
                {e.data.explanation}
              </span>
              <span className="timeline-log__rule">rule {e.data.rule}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
