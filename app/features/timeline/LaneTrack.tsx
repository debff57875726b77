import { formatMs, type TimeScale } from './timeScale.ts';
import { formatPercent } from './TimeAxis.tsx';
import type { ContainerLane, PodTimeline } from '../../../src/index.ts';

interface LaneTrackProps {
  lane: ContainerLane;
  pod: PodTimeline;
  scale: TimeScale;
  end: number;
  activeHook: string | null;
}

const STATE_LABEL: Record<string, string> = {
  waiting: 'waiting',
  running: 'running',
  ready: 'ready',
  terminated: 'terminated',
  none: 'no status',
  deleted: 'pod deleted',
};

/**
 * One container's lane: its states (waiting → running → ready), hook runs as bars coloured by
 * outcome, wait-timeout deadlines, expiries and not-executed marks. Decorative: the hook list
 * beside it says the same in words. The part after the player's current time is dimmed via the
 * `--now` custom property, so stepping through events does not re-render the lanes.
 */
export function LaneTrack({ lane, pod, scale, end, activeHook }: LaneTrackProps) {
  const beyond = lane.hooks.filter((h) => h.deadline !== null && h.deadline > end);
  return (
    <div className="lane-track" aria-hidden="true">
      {lane.segments.map((s, i) => {
        const left = scale.at(s.from);
        return (
          <div
            key={i}
            className={`lane-track__state lane-track__state--${s.state}`}
            style={{ left: formatPercent(left), width: formatPercent(scale.at(s.to) - left) }}
            title={`${lane.name} ${STATE_LABEL[s.state] ?? s.state} from ${formatMs(s.from)}`}
          >
            <span className="lane-track__state-label">{STATE_LABEL[s.state]}</span>
          </div>
        );
      })}
      {pod.deadline !== null && pod.deadline <= end ? (
        <div
          className="lane-track__line lane-track__line--maxwait"
          style={{ left: formatPercent(scale.at(pod.deadline)) }}
          title={`maxWait ${pod.maxWait ?? ''}: the pod's watch deadline`}
        />
      ) : null}
      {pod.watchEnd !== null ? (
        <div
          className="lane-track__line lane-track__line--end"
          style={{ left: formatPercent(scale.at(pod.watchEnd)) }}
          title={`HandleHooks returns at ${formatMs(pod.watchEnd)}`}
        />
      ) : null}
      {lane.hooks.map((h) => {
        if (h.deadline === null || h.deadline > end) return null;
        return (
          <div
            key={`deadline-${h.id}`}
            className="lane-track__deadline"
            style={{ left: formatPercent(scale.at(h.deadline)) }}
            title={`wait timeout of hook #${h.position}: ${h.waitTimeout}`}
          >
            <span>wait {h.waitTimeout}</span>
          </div>
        );
      })}
      {lane.upAt !== null ? (
        <div
          className="lane-track__up"
          style={{ left: formatPercent(scale.at(lane.upAt)) }}
          title={`${lane.name} is up at ${formatMs(lane.upAt)}: its hooks run`}
        />
      ) : null}
      {lane.hooks.map((h) =>
        h.run ? (
          <div
            key={h.id}
            className={`lane-track__run lane-track__run--${h.outcome}${h.id === activeHook ? ' lane-track__run--active' : ''}`}
            style={{
              left: formatPercent(scale.at(h.run.start)),
              width: formatPercent(scale.at(h.run.end) - scale.at(h.run.start)),
            }}
            title={`#${h.position} ${h.hookName}: ${h.summary}`}
          >
            {h.order ?? ''}
          </div>
        ) : null,
      )}
      {lane.hooks.map((h) =>
        h.expired ? (
          <div
            key={`expired-${h.id}`}
            className={`lane-track__mark lane-track__mark--expired${h.id === activeHook ? ' lane-track__mark--active' : ''}`}
            style={{ left: formatPercent(scale.at(h.expired.ms)) }}
            title={h.expired.error}
          >
            !
          </div>
        ) : null,
      )}
      {notExecutedMarks(lane, scale, activeHook)}
      {beyond.length > 0 ? (
        <div
          className="lane-track__beyond"
          title={`wait-timeout deadlines after the end of the axis: ${beyond.map((h) => `${h.waitTimeout} (hook #${h.position})`).join(', ')}`}
        >
          wait {beyond[0]!.waitTimeout}
          {beyond.length > 1 ? ` +${beyond.length - 1}` : ''} →
        </div>
      ) : null}
      <div className="lane-track__now" />
      <div className="lane-track__future" />
    </div>
  );
}

/** One ✕ per time where hooks were not executed (several hooks share the mark). */
function notExecutedMarks(lane: ContainerLane, scale: TimeScale, activeHook: string | null) {
  const byTime = new Map<number, { ids: string[]; reason: string }>();
  for (const h of lane.hooks) {
    if (!h.notExecuted) continue;
    const at = byTime.get(h.notExecuted.ms) ?? { ids: [], reason: h.notExecuted.reason };
    at.ids.push(h.id);
    byTime.set(h.notExecuted.ms, at);
  }
  return [...byTime].map(([ms, { ids, reason }]) => (
    <div
      key={`skipped-${ms}`}
      className={`lane-track__mark lane-track__mark--skipped${activeHook !== null && ids.includes(activeHook) ? ' lane-track__mark--active' : ''}`}
      style={{ left: formatPercent(scale.at(ms)) }}
      title={`not executed: ${reason}`}
    >
      ✕
    </div>
  ));
}
