import { showing, type ResultTab } from '../results/resultTab.ts';
import { PLAN_CARDS, PlanTab } from './PlanTab.tsx';

export const planTab: ResultTab = {
  id: 'plan',
  label: 'Plan',
  Component: PlanTab,
  include: () => showing({ pods: { first: PLAN_CARDS } }),
  focusablePanel: true,
};
