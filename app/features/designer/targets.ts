import type { PodListItem } from '../../../src/index.ts';
import { formatTargetLabel } from './targetLabel.ts';
import { formatNumber } from '../../components/formatNumber.ts';

/** One target of the picker: its key (the select's value), its label, and the text a filter reads. */
export interface TargetEntry {
  key: string;
  label: string;
  search: string;
}

/** The targets of one namespace and kind, labelled `namespace · Kind`. */
export interface TargetGroup {
  label: string;
  targets: TargetEntry[];
}

/** What the picker lists for a filter, and how many targets match it out of how many. */
export interface FilteredTargets {
  groups: readonly TargetGroup[];
  /** False when the query has no word: every target is listed. */
  filtering: boolean;
  matching: number;
  total: number;
}

/**
 * The targets as one string, a line each (`key`, kind, namespace, label, tab-separated): the view's
 * pods are a new array at every result, and a string lets the picker redo its work only when the
 * targets changed.
 */
export function formatTargetLines(pods: readonly PodListItem[]): string {
  return pods.map((p) => `${p.key}\t${p.kind}\t${p.namespace}\t${formatTargetLabel(p)}`).join('\n');
}

const collator = new Intl.Collator('en', { numeric: true });

/** The targets grouped by namespace, then kind (`team-2` before `team-10`), each in manifest order. */
export function groupTargets(lines: string): TargetGroup[] {
  if (lines === '') return [];
  const groups = new Map<string, TargetGroup & { namespace: string; kind: string }>();
  for (const line of lines.split('\n')) {
    const [key = '', kind = '', namespace = '', label = ''] = line.split('\t');
    const name = `${namespace} · ${kind}`;
    let group = groups.get(name);
    if (!group) {
      group = { label: name, namespace, kind, targets: [] };
      groups.set(name, group);
    }
    group.targets.push({ key, label, search: `${label}\n${key}`.toLowerCase() });
  }
  return [...groups.values()]
    .sort((a, b) => collator.compare(a.namespace, b.namespace) || collator.compare(a.kind, b.kind))
    .map(({ label, targets }) => ({ label, targets }));
}

/**
 * The targets whose kind, namespace and name hold every word of `query` (any case); the selected
 * target stays listed whatever the query, so the select never shows another one than it holds.
 */
export function filterTargets(
  groups: readonly TargetGroup[],
  query: string,
  selectedKey: string,
): FilteredTargets {
  const total = groups.reduce((sum, g) => sum + g.targets.length, 0);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { groups, filtering: false, matching: total, total };
  let matching = 0;
  const shown: TargetGroup[] = [];
  for (const group of groups) {
    const targets = group.targets.filter((t) => {
      const matches = words.every((w) => t.search.includes(w));
      if (matches) matching += 1;
      return matches || t.key === selectedKey;
    });
    if (targets.length > 0) shown.push({ label: group.label, targets });
  }
  return { groups: shown, filtering: true, matching, total };
}

/** `3,601 targets` without a filter, `12 of 3,601` with one. */
export function formatTargetCount({ filtering, matching, total }: FilteredTargets): string {
  if (filtering) return `${formatNumber(matching)} of ${formatNumber(total)}`;
  return `${formatNumber(total)} ${total === 1 ? 'target' : 'targets'}`;
}
