import { useEffect, useState } from 'react';

/** How long each event stays current while playing. */
export const PLAY_STEP_MS = 700;

export interface EventPlayer {
  /** Index of the current event (-1 when there are none). */
  index: number;
  playing: boolean;
  setIndex: (index: number) => void;
  step: (delta: number) => void;
  togglePlay: () => void;
}

/**
 * Steps through `count` events. A new event list (the scenario or the input changed) shows its
 * end state, paused. Play restarts from the first event when at the end.
 */
export function useEventPlayer<T>(events: readonly T[]): EventPlayer {
  const count = events.length;
  const [state, setState] = useState({ events, index: count - 1, playing: false });
  if (state.events !== events) setState({ events, index: count - 1, playing: false });
  const { index, playing } = state.events === events ? state : { index: count - 1, playing: false };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setState((s) => {
        const next = s.index + 1;
        if (next >= s.events.length - 1)
          return { ...s, index: s.events.length - 1, playing: false };
        return { ...s, index: next };
      });
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  return {
    index,
    playing,
    setIndex: (i) => setState((s) => ({ ...s, index: clamp(i), playing: false })),
    step: (delta) => setState((s) => ({ ...s, index: clamp(s.index + delta), playing: false })),
    togglePlay: () =>
      setState((s) => {
        if (s.playing) return { ...s, playing: false };
        const restart = s.index >= count - 1;
        return { ...s, index: restart ? 0 : s.index, playing: count > 1 };
      }),
  };
}
