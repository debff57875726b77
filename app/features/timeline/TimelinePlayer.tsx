import { useMemo, type ReactNode } from 'react';
import { CurrentEvent } from './CurrentEvent.tsx';
import { EventLog } from './EventLog.tsx';
import { PlayerControls } from './PlayerControls.tsx';
import { TimelineLanes } from './TimelineLanes.tsx';
import { makeTimeScale } from './timeScale.ts';
import type { Timeline } from '../../../src/index.ts';
import type { EventPlayer } from './useEventPlayer.ts';

interface TimelinePlayerProps {
  model: Timeline;
  /** Where the player is (TimelineTab holds it: the totals above follow it too). */
  player: EventPlayer;
  speed: number;
  onSpeed: (speed: number) => void;
  /** Shown between the lanes and the event log (the scenario editor). */
  children?: ReactNode;
}

/** The player (slider, play, step), the current event, the lanes and the event log. */
export function TimelinePlayer({ model, player, speed, onSpeed, children }: TimelinePlayerProps) {
  const scale = useMemo(() => makeTimeScale(model.stops, model.end), [model]);
  const current = model.events[player.index];
  const showPod = model.pods.length > 1;
  return (
    <>
      <section className="timeline-player" aria-label="Step through the events">
        <PlayerControls player={player} events={model.events} speed={speed} onSpeed={onSpeed} />
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
