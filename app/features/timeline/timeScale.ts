/**
 * The timeline's time axis. Scenarios mix seconds and minutes (a hook at 2s, a wait timeout at
 * 5m), so the axis is piecewise linear between the times where something happens, each gap
 * compressed logarithmically: short gaps stay readable, long idle waits do not take the width.
 */
export interface TimeScale {
  /** Position of a time on the axis, 0..1 (clamped). */
  at: (ms: number) => number;
  /** The times with a tick, and their positions. */
  ticks: { ms: number; pos: number; label: boolean }[];
  /** True when some gap is drawn shorter than it is. */
  compressed: boolean;
}

/** The least share of the width a gap between two stops gets. */
const MIN_GAP_SHARE = 0.04;

/** Builds the scale through `stops` (sorted, unique, starting at 0) up to `end`. */
export function makeTimeScale(stops: readonly number[], end: number): TimeScale {
  const points = [...stops.filter((t) => t >= 0 && t < end), end];
  if (points[0] !== 0) points.unshift(0);
  const gaps = points.slice(1).map((t, i) => t - points[i]!);
  const smallest = Math.min(...gaps.filter((g) => g > 0));
  const unit = Math.max(Number.isFinite(smallest) ? smallest : 1, end / 1000);
  const raw = gaps.map((g) => Math.log1p(g / unit));
  // Every gap keeps at least a sliver of the width, so close events stay apart.
  const floor = MIN_GAP_SHARE * raw.reduce((a, b) => a + b, 0);
  const weights = raw.map((w, i) => (gaps[i]! > 0 ? Math.max(w, floor) : 0));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const cumulative = [0];
  for (const w of weights) cumulative.push(cumulative[cumulative.length - 1]! + w / total);
  const at = (ms: number): number => {
    if (ms <= 0) return 0;
    if (ms >= end) return 1;
    let i = 1;
    while (i < points.length - 1 && points[i]! < ms) i++;
    const from = points[i - 1]!;
    const to = points[i]!;
    const fraction = to === from ? 0 : (ms - from) / (to - from);
    return cumulative[i - 1]! + fraction * (cumulative[i]! - cumulative[i - 1]!);
  };
  const ticks: TimeScale['ticks'] = [];
  let lastLabel = -1;
  for (const ms of points.slice(0, -1)) {
    const pos = at(ms);
    const label = lastLabel < 0 || pos - lastLabel >= 0.07;
    if (label) lastLabel = pos;
    ticks.push({ ms, pos, label });
  }
  const linear = (ms: number) => ms / end;
  const compressed = points.some((t) => Math.abs(at(t) - linear(t)) > 0.05);
  return { at, ticks, compressed };
}

/** A time in ms as a short Go-like duration: 0s, 250ms, 2s, 1m30s, 2h0m0s. */
export function formatMs(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${trim(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${trim(s)}s`;
  const m = Math.floor(s / 60);
  const rest = s - m * 60;
  if (m < 60) return `${m}m${trim(rest)}s`;
  return `${Math.floor(m / 60)}h${m % 60}m${trim(rest)}s`;
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
