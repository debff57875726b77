import { formatMs, type TimeScale } from './timeScale.ts';

/** Tick labels over the lanes' track column. */
export function TimeAxis({ scale }: { scale: TimeScale }) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      <div className="timeline-axis__label">time</div>
      <div className="timeline-axis__track">
        {scale.ticks.map((t) => (
          <span
            key={t.ms}
            className={
              t.label ? 'timeline-axis__tick' : 'timeline-axis__tick timeline-axis__tick--minor'
            }
            style={{ left: formatPercent(t.pos) }}
          >
            {t.label ? formatMs(t.ms) : null}
          </span>
        ))}
      </div>
    </div>
  );
}

/** A 0..1 position as a CSS percentage. */
export function formatPercent(pos: number): string {
  return `${(pos * 100).toFixed(3)}%`;
}
