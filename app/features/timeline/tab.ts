import type { ResultTab } from '../results/tabs.ts';
import { TimelineTab } from './TimelineTab.tsx';

export const timelineTab: ResultTab = {
  id: 'timeline',
  label: 'Timeline',
  Component: TimelineTab,
  needs: { timeline: true },
};
