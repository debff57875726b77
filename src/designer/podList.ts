// The pods a screen lists (all of them, by name) and the few it shows whole: with thousands of
// pods, a keystroke's result carries every pod's name but only the plans on screen.
import type { HookMatchView, PodView } from './designerView.ts';

/** What names a pod in a list or a picker: every pod of the input has one. */
export type PodListItem = Pick<
  PodView,
  'key' | 'document' | 'kind' | 'owner' | 'name' | 'namespace' | 'namespaceDefaulted' | 'fromBackup'
>;

/**
 * The pods whose whole view a screen shows: those with these keys and the first `first` of the
 * plan, in the plan's order. When no key names a planned pod, `fallback` stands in for them: the
 * plan's first pod, or the first pod the simulated scenario runs.
 */
export interface PodChoice {
  keys?: readonly string[];
  first?: number;
  fallback?: 'first' | 'first-simulated';
}

/** How many pods a resource hook's selection lists by name; the rest are counted. */
export const HOOK_SELECTION_ROWS = 50;

/** Which pods one Restore resource hook selects, and why the others are left out. */
export interface HookSelection {
  resourceIndex: number;
  /** Pods the hook was matched against (a pod Velero does not restore is not). */
  considered: number;
  selected: number;
  /** Selected pods where the pod's own annotations win over a part of the hook. */
  overridden: number;
  /** The first `HOOK_SELECTION_ROWS` pods considered, each with its match. */
  rows: { pod: PodListItem; match: HookMatchView }[];
}

export function toPodListItem(pod: PodView): PodListItem {
  const { key, document, kind, owner, name, namespace, namespaceDefaulted, fromBackup } = pod;
  return { key, document, kind, owner, name, namespace, namespaceDefaulted, fromBackup };
}

/**
 * The views `choice` asks for (every pod without one), in the plan's order; the fallback is found
 * as the page finds it (findWantedPod).
 */
export function choosePods(
  pods: readonly PodView[],
  view: Omit<ViewOfPods, 'pods'>,
  choice: PodChoice | undefined,
): PodView[] {
  if (!choice) return [...pods];
  const wanted = new Set(choice.keys?.filter((k) => view.podList.some((p) => p.key === k)));
  const stand = wanted.size === 0 && choice.fallback && findWantedPod(view, null, choice.fallback);
  if (stand) wanted.add(stand.key);
  const first = choice.first ?? 0;
  return pods.filter((p, i) => i < first || wanted.has(p.key));
}

/** Every resource hook's selection, in the order of `spec.hooks.resources`. */
export function buildHookSelections(pods: readonly PodView[]): HookSelection[] {
  const byIndex = new Map<number, HookSelection>();
  for (const pod of pods) {
    for (const match of pod.hookMatches) {
      let selection = byIndex.get(match.resourceIndex);
      if (!selection) {
        selection = {
          resourceIndex: match.resourceIndex,
          considered: 0,
          selected: 0,
          overridden: 0,
          rows: [],
        };
        byIndex.set(match.resourceIndex, selection);
      }
      selection.considered++;
      if (match.matches) selection.selected++;
      if (match.matches && match.overridden.length > 0) selection.overridden++;
      if (selection.rows.length < HOOK_SELECTION_ROWS)
        selection.rows.push({ pod: toPodListItem(pod), match });
    }
  }
  return [...byIndex.values()].sort((a, b) => a.resourceIndex - b.resourceIndex);
}

type ViewOfPods = {
  pods: readonly PodView[];
  podList: readonly PodListItem[];
  scenario: { pods: readonly { key: string }[] } | null;
};

/**
 * The pod a screen shows, as `choosePods` picks it for one key and a fallback: null when there is
 * none; undefined when the view cannot tell (the scenario was not computed for this view).
 */
export function findWantedPod(
  view: Omit<ViewOfPods, 'pods'>,
  key: string | null,
  fallback: 'first' | 'first-simulated',
): PodListItem | null | undefined {
  const keyed = key === null ? undefined : view.podList.find((p) => p.key === key);
  if (keyed) return keyed;
  if (fallback === 'first') return view.podList[0] ?? null;
  if (!view.scenario) return undefined;
  const simulated = new Set(view.scenario.pods.map((p) => p.key));
  return view.podList.find((p) => simulated.has(p.key)) ?? null;
}

/**
 * The whole view of the pod a screen shows (see findWantedPod), from a view computed for that
 * screen or for another: undefined while the view does not hold it yet, null when there is none.
 */
export function findChosenPod(
  view: ViewOfPods,
  key: string | null,
  fallback: 'first' | 'first-simulated',
): PodView | null | undefined {
  const wanted = findWantedPod(view, key, fallback);
  return wanted ? view.pods.find((p) => p.key === wanted.key) : wanted;
}
