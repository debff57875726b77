import type { ViewInclude } from '../../../src/index.ts';
import { showing, type ResultTab } from './resultTab.ts';
import type { DesignerState } from '../../state/store.ts';
import { designerTab } from '../designer/tab.ts';
import { diffTab } from '../diff/tab.ts';
import { exportTab } from '../export/tab.ts';
import { planTab } from '../plan/tab.ts';
import { timelineTab } from '../timeline/tab.ts';
import { versionsTab } from '../versions/tab.ts';

export const resultTabs: readonly ResultTab[] = [
  designerTab,
  planTab,
  timelineTab,
  versionsTab,
  diffTab,
  exportTab,
];

/** What the engine computes and sends for the open tab. */
export function includeForTab(state: DesignerState): ViewInclude {
  const tab = resultTabs.find((t) => t.id === state.resultTab);
  return tab?.include?.(state) ?? showing({});
}
