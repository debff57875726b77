import type { ResultTab } from '../results/tabs.ts';
import { DiffTab } from './DiffTab.tsx';

export const diffTab: ResultTab = {
  id: 'diff',
  label: 'Diff',
  Component: DiffTab,
  needs: { diff: 'auto' },
};
