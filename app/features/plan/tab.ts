import { showing, type ResultTab } from '../results/resultTab.ts';
import { PlanTab } from './PlanTab.tsx';

export const planTab: ResultTab = {
  id: 'plan',
  label: 'Plan',
  Component: PlanTab,
  // The first pods, which every tab gets, are the Plan's cards.
  include: () => showing({}),
  focusablePanel: true,
};
