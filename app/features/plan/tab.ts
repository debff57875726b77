import type { ResultTab } from '../results/tabs.ts';
import { PlanTab } from './PlanTab.tsx';

export const planTab: ResultTab = {
  id: 'plan',
  label: 'Plan',
  Component: PlanTab,
  focusablePanel: true,
};
