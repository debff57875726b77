import type { ResultTab } from '../results/tabs.ts';
import { DesignerTab } from './DesignerTab.tsx';

export const designerTab: ResultTab = { id: 'design', label: 'Design', Component: DesignerTab };
