import type { ComponentType } from 'react';

/** One tab of the results side. Each feature folder exports its tab; this list orders them. */
export interface ResultTab {
  id: string;
  label: string;
  Component: ComponentType;
}

export const resultTabs: readonly ResultTab[] = [];
