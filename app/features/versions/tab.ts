import type { ResultTab } from '../results/resultTab.ts';
import { VersionsTab } from './VersionsTab.tsx';

/** Compares Velero releases in the engine worker while open; the view itself needs nothing more. */
export const versionsTab: ResultTab = { id: 'versions', label: 'Versions', Component: VersionsTab };
