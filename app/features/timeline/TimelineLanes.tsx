import { useState, type CSSProperties } from 'react';
import { PodLanes } from './PodLanes.tsx';
import type { TimeScale } from './timeScale.ts';
import type { TimelineEvent, Timeline } from '../../../src/index.ts';

interface TimelineLanesProps {
  model: Timeline;
  scale: TimeScale;
  current: TimelineEvent | undefined;
}

/** Pods rendered at first, and added per "show more": large restores stay quick to open. */
export const PODS_PER_PAGE = 25;

/** Every pod's lanes; the player's current time is a CSS variable, so only it changes per step. */
export function TimelineLanes({ model, scale, current }: TimelineLanesProps) {
  const [shown, setShown] = useState(PODS_PER_PAGE);
  const now = current ? scale.at(current.ms) : 1;
  const style = { '--now': now.toFixed(4) } as CSSProperties;
  const hidden = model.pods.length - shown;
  return (
    <div className="timeline-lanes" style={style}>
      {model.pods.slice(0, shown).map((pod) => (
        <PodLanes
          key={pod.key}
          pod={pod}
          scale={scale}
          end={model.end}
          activeHook={current && current.pod === pod.key ? current.hook : null}
        />
      ))}
      {hidden > 0 ? (
        <p className="timeline-lanes__more">
          <button
            type="button"
            className="timeline-button"
            onClick={() => setShown((n) => n + PODS_PER_PAGE)}
          >
            Show {Math.min(hidden, PODS_PER_PAGE)} more pods
          </button>{' '}
          <button
            type="button"
            className="timeline-button"
            onClick={() => setShown(model.pods.length)}
          >
            Show all {model.pods.length} pods
          </button>{' '}
          <span className="timeline-muted">
            {hidden} of {model.pods.length} pods are not drawn yet; the totals and the events cover
            them all.
          </span>
        </p>
      ) : null}
      {scale.compressed ? (
        <p className="timeline-muted timeline-lanes__note">
          The time axis is compressed: long waits are drawn shorter; the labels give the real times.
        </p>
      ) : null}
    </div>
  );
}
