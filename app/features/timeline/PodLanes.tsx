import { memo } from 'react';
import { formatMs, type TimeScale } from './timeScale.ts';
import { HookList } from './HookList.tsx';
import { LaneTrack } from './LaneTrack.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import type { PodTimeline } from '../../../src/index.ts';

interface PodLanesProps {
  pod: PodTimeline;
  scale: TimeScale;
  end: number;
  /** The hook of the current event, when it belongs to this pod. */
  activeHook: string | null;
}

/** One pod: a lane per container with its hooks, and how its watch ended. */
export const PodLanes = memo(function PodLanes({ pod, scale, end, activeHook }: PodLanesProps) {
  return (
    <section className="pod-lanes" aria-label={`Pod ${pod.key}`}>
      <header className="pod-lanes__header">
        <h4 className="pod-lanes__title">{pod.key}</h4>
        <span className="pod-lanes__facts">{podFacts(pod)}</span>
      </header>
      {pod.notRestored ? (
        <p className="pod-lanes__note">Not restored: {pod.notRestored}. Its hooks never run.</p>
      ) : null}
      <TimeAxis scale={scale} />
      {pod.lanes.map((lane) => (
        <div key={lane.name} className="pod-lanes__lane">
          <div className="pod-lanes__name">
            <code>{lane.name}</code>
            {lane.missing ? (
              <span className="pod-lanes__badge pod-lanes__badge--bad">not in spec.containers</span>
            ) : null}
            {lane.waitsForReady ? <span className="pod-lanes__badge">waits for Ready</span> : null}
          </div>
          <LaneTrack lane={lane} pod={pod} scale={scale} end={end} activeHook={activeHook} />
          <div className="pod-lanes__hooks">
            <HookList hooks={lane.hooks} activeHook={activeHook} />
          </div>
        </div>
      ))}
    </section>
  );
});

function podFacts(pod: PodTimeline): string {
  if (pod.notRestored) return 'HandleHooks never runs';
  const limit =
    pod.maxWait === null
      ? 'no watch'
      : pod.maxWait === '0s'
        ? 'no deadline'
        : `maxWait ${pod.maxWait}`;
  const end =
    pod.watchEnd === null
      ? 'HandleHooks never returns'
      : `returns at ${formatMs(pod.watchEnd)}${pod.contextEnd && skipped(pod) ? ` (${pod.contextEnd})` : ''}`;
  const errors = pod.errors.length === 1 ? '1 error' : `${pod.errors.length} errors`;
  return `${limit} · ${end} · ${errors}`;
}

/** Whether some hook of the pod was not executed (then the context's reason matters). */
function skipped(pod: PodTimeline): boolean {
  return pod.lanes.some((l) => l.hooks.some((h) => h.notExecuted !== null));
}
