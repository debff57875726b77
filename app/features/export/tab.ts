import { lazy } from 'react';
import type { ResultTab } from '../results/tabs.ts';

// The generators (and the k8s.io/api type tables they decode spec init containers with) load when
// the tab first opens, not on the first screen.
const ExportTab = lazy(() => import('./ExportTab.tsx').then((m) => ({ default: m.ExportTab })));

export const exportTab: ResultTab = {
  id: 'export',
  label: 'Export',
  Component: ExportTab,
  needs: { diff: 'all' },
};
