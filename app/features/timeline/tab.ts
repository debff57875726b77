import { lazy } from 'react';
import type { ResultTab } from '../results/tabs.ts';

// The player, the lanes, the scenario editor and the rules' texts load when the tab first opens,
// not on the first screen.
const TimelineTab = lazy(() =>
  import('./TimelineTab.tsx').then((m) => ({ default: m.TimelineTab })),
);

export const timelineTab: ResultTab = {
  id: 'timeline',
  label: 'Timeline',
  Component: TimelineTab,
  needs: { timeline: true },
};
