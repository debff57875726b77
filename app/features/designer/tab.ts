import { showing, type ResultTab } from '../results/resultTab.ts';
import { DesignerTab } from './DesignerTab.tsx';

export const designerTab: ResultTab = {
  id: 'design',
  label: 'Design',
  Component: DesignerTab,
  // The form's target: the pod picked, or the first.
  include: (s) =>
    showing({ pods: { keys: s.designerTarget ? [s.designerTarget] : [], fallback: 'first' } }),
};
