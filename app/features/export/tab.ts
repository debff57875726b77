import type { ResultTab } from '../results/tabs.ts';
import { ExportTab } from './ExportTab.tsx';

export const exportTab: ResultTab = {
  id: 'export',
  label: 'Export',
  Component: ExportTab,
  needs: { diff: 'all' },
};
