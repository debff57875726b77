import type { ChangeCause, VersionRange } from '../../../src/index.ts';

/** `1.13.0–1.18.2`, or one name when the range is one release. */
export function formatRange({ from, to }: Pick<VersionRange, 'from' | 'to'>): string {
  return from === to ? from : `${from}–${to}`;
}

/** Whether `version` is one of the releases of `range`, in the comparison's order. */
export function rangeHolds(versions: readonly string[], range: VersionRange, version: string) {
  const at = versions.indexOf(version);
  return at >= versions.indexOf(range.from) && at <= versions.indexOf(range.to) && at >= 0;
}

/** The causes by the release they change at, in the comparison's order. */
export function groupCausesByVersion(causes: readonly ChangeCause[]): [string, ChangeCause[]][] {
  const groups = new Map<string, ChangeCause[]>();
  for (const cause of causes)
    groups.set(cause.version, [...(groups.get(cause.version) ?? []), cause]);
  return [...groups];
}

/** What a user looks at first: whether the Restore runs, how it ends, then the details. */
const ASPECT_ORDER = ['Restore validation', 'Restore phase', 'Hook errors', 'Exec hooks'];

/** The differences in the order the tab shows them (aspects it does not know go last). */
export function sortDifferences<T extends { aspect: string }>(differences: readonly T[]): T[] {
  const rank = (d: T) => {
    const at = ASPECT_ORDER.indexOf(d.aspect);
    return at < 0 ? ASPECT_ORDER.length : at;
  };
  return [...differences].sort((a, b) => rank(a) - rank(b));
}
