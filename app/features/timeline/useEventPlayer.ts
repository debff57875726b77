import { useEffect, useState } from 'react';

/** How long each event stays current while playing at 1×. */
export const PLAY_STEP_MS = 700;

/** The speeds Play offers: each divides PLAY_STEP_MS. */
export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;

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
 * end state, paused. Play restarts from the first event when at the end, and moves one event every
 * PLAY_STEP_MS / `speed` ms.
 */
export function useEventPlayer<T>(events: readonly T[], speed = 1): EventPlayer {
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
    }, PLAY_STEP_MS / speed);
    return () => clearInterval(timer);
  }, [playing, speed]);

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
