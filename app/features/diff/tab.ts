import { showing, type ResultTab } from '../results/resultTab.ts';
import { DiffTab } from './DiffTab.tsx';

export const diffTab: ResultTab = {
  id: 'diff',
  label: 'Diff',
  Component: DiffTab,
  // The mode shown, of every object when few, else of the pod picked (or the first).
  include: (s) =>
    showing({ diff: s.diffPod ? { pod: s.diffPod } : 'auto', diffModes: [s.diffMode] }),
};
