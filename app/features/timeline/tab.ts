import { lazy } from 'react';
import { showing, type ResultTab } from '../results/resultTab.ts';

// The player, the lanes, the scenario editor and the rules' texts load when the tab first opens,
// not on the first screen.
const TimelineTab = lazy(() =>
  import('./TimelineTab.tsx').then((m) => ({ default: m.TimelineTab })),
);

export const timelineTab: ResultTab = {
  id: 'timeline',
  label: 'Timeline',
  Component: TimelineTab,
  // The built timeline, and the pod whose scenario the editor shows.
  include: (s) =>
    showing({
      timeline: true,
      pods: { keys: s.scenarioPod ? [s.scenarioPod] : [], fallback: 'first-simulated' },
    }),
};
