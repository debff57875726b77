import { useMemo, type ReactNode } from 'react';
import { CurrentEvent } from './CurrentEvent.tsx';
import { EventLog } from './EventLog.tsx';
import { PlayerControls } from './PlayerControls.tsx';
import { TimelineLanes } from './TimelineLanes.tsx';
import { makeTimeScale } from './timeScale.ts';
import type { Timeline } from '../../../src/index.ts';
import { useEventPlayer } from './useEventPlayer.ts';

interface TimelinePlayerProps {
  model: Timeline;
  /** Shown between the lanes and the event log (the scenario editor). */
  children?: ReactNode;
}

/** The player (slider, play, step), the current event, the lanes and the event log. */
export function TimelinePlayer({ model, children }: TimelinePlayerProps) {
  const player = useEventPlayer(model.events);
  const scale = useMemo(() => makeTimeScale(model.stops, model.end), [model]);
  const current = model.events[player.index];
  const showPod = model.pods.length > 1;
  return (
    <>
      <section className="timeline-player" aria-label="Step through the events">
        <PlayerControls player={player} events={model.events} />
        <CurrentEvent event={current} showPod={showPod} veleroVersion={model.veleroVersion} />
      </section>
      <TimelineLanes model={model} scale={scale} current={current} />
      {children}
      <EventLog
        events={model.events}
        index={player.index}
        showPod={showPod}
        onPick={player.setIndex}
      />
    </>
  );
}
