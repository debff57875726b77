import type { ComponentType } from 'react';
import type { ViewInclude } from '../../../src/index.ts';
import { designerTab } from '../designer/tab.ts';
import { diffTab } from '../diff/tab.ts';
import { exportTab } from '../export/tab.ts';
import { planTab } from '../plan/tab.ts';
import { timelineTab } from '../timeline/tab.ts';
import { versionsTab } from '../versions/tab.ts';

/** One tab of the results side. Each feature folder exports its tab; this list orders them. */
export interface ResultTab {
  id: string;
  label: string;
  Component: ComponentType;
  /** What the engine must compute while this tab is open, beyond diagnostics and the plan. */
  needs?: ViewInclude;
  /**
   * The panel holds nothing focusable, so it is a tab stop itself (as the ARIA tabs pattern has
   * it): a long panel can then be scrolled from the keyboard.
   */
  focusablePanel?: boolean;
}

export const resultTabs: readonly ResultTab[] = [
  designerTab,
  planTab,
  timelineTab,
  versionsTab,
  diffTab,
  exportTab,
];

/**
 * What the engine computes for the open tab: large diffs and the whole-restore simulation (and the
 * timeline built from it) cost time and memory on every keystroke, so only the tab that shows them
 * asks for them.
 */
export function includeForTab(tabId: string, diffPod: string | null): ViewInclude {
  const needs = resultTabs.find((t) => t.id === tabId)?.needs ?? {};
  const diff = needs.diff ?? 'none';
  return {
    diff: diff === 'auto' && diffPod ? { pod: diffPod } : diff,
    simulation: needs.simulation ?? false,
    timeline: needs.timeline ?? false,
  };
}
