import { useId } from 'react';
import { PLAY_SPEEDS } from './useEventPlayer.ts';

interface PlaySpeedProps {
  speed: number;
  onChange: (speed: number) => void;
}

/** How fast Play steps through the events: 0.5× to 4× (1× is one event every 0.7 s). */
export function PlaySpeed({ speed, onChange }: PlaySpeedProps) {
  const id = useId();
  return (
    <span className="timeline-player__speed">
      <label htmlFor={id}>Speed</label>
      <select id={id} value={speed} onChange={(e) => onChange(Number(e.target.value))}>
        {PLAY_SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
    </span>
  );
}
