import { useId } from 'react';
import { PlaySpeed } from './PlaySpeed.tsx';
import type { EventPlayer } from './useEventPlayer.ts';
import type { TimelineEvent } from '../../../src/index.ts';

interface PlayerControlsProps {
  player: EventPlayer;
  events: readonly TimelineEvent[];
  speed: number;
  onSpeed: (speed: number) => void;
}

/** Play/pause and its speed, previous/next and a slider over the simulation's events. */
export function PlayerControls({ player, events, speed, onSpeed }: PlayerControlsProps) {
  const sliderId = useId();
  const { index, playing } = player;
  const current = events[index];
  const count = events.length;
  return (
    <div className="timeline-player__controls">
      <button
        type="button"
        className="timeline-button timeline-button--primary"
        onClick={player.togglePlay}
        disabled={count < 2}
      >
        {playing ? 'Pause' : index >= count - 1 ? 'Play from start' : 'Play'}
      </button>
      <PlaySpeed speed={speed} onChange={onSpeed} />
      <button
        type="button"
        className="timeline-button"
        onClick={() => player.step(-1)}
        disabled={index <= 0}
        aria-label="Previous event"
      >
        ‹ Previous
      </button>
      <button
        type="button"
        className="timeline-button"
        onClick={() => player.step(1)}
        disabled={index >= count - 1}
        aria-label="Next event"
      >
        Next ›
      </button>
      <label className="timeline-player__slider" htmlFor={sliderId}>
        <span>Event</span>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={Math.max(0, count - 1)}
          step={1}
          value={Math.max(0, index)}
          aria-valuetext={
            current ? `event ${index + 1} of ${count}, at ${current.data.at}` : 'no events'
          }
          onChange={(e) => player.setIndex(Number(e.target.value))}
        />
      </label>
      <span className="timeline-player__position" aria-live="off">
        {current ? (
          <>
            {index + 1}/{count} · <strong>t = {current.data.at}</strong>
          </>
        ) : (
          'no events'
        )}
      </span>
    </div>
  );
}
