import { lazy } from 'react';
import { showing, type ResultTab } from '../results/resultTab.ts';

// The generators (and the k8s.io/api type tables they decode spec init containers with) load when
// the tab first opens, not on the first screen.
const ExportTab = lazy(() => import('./ExportTab.tsx').then((m) => ({ default: m.ExportTab })));

export const exportTab: ResultTab = {
  id: 'export',
  label: 'Export',
  Component: ExportTab,
  // Every object as restored in both modes, and the pod whose annotations are exported.
  include: (s) =>
    showing({
      restored: true,
      pods: { keys: s.exportPod ? [s.exportPod] : [], fallback: 'first' },
    }),
};
