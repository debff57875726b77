import type { ComponentType } from 'react';
import type { ViewInclude } from '../../../src/index.ts';
import type { DesignerState } from '../../state/store.ts';

/** One tab of the results side. Each feature folder exports its tab; `tabs.ts` lists them in order. */
export interface ResultTab {
  id: string;
  label: string;
  Component: ComponentType;
  /**
   * What the engine sends while this tab is open, from the view choices in the store (see
   * `showing`); without it, only what every tab gets.
   */
  include?: (state: DesignerState) => ViewInclude;
  /**
   * The panel holds nothing focusable, so it is a tab stop itself (as the ARIA tabs pattern has
   * it): a long panel can then be scrolled from the keyboard.
   */
  focusablePanel?: boolean;
}

/**
 * The pods every tab gets whole, the first of the plan: the Plan tab's cards, and enough that
 * switching tabs on an ordinary input shows the pods at once, before the new tab's own result.
 */
export const FIRST_PODS = 100;

/**
 * What every tab gets, with `parts` added: diagnostics, the Restore in brief, every pod by name,
 * each resource hook's selection and the first pods whole. The diffs, the simulation (and its
 * timeline) and the other pods' whole views cost time and memory at every keystroke on large
 * inputs, so a tab asks only for those it shows.
 */
export function showing(parts: ViewInclude): ViewInclude {
  return {
    diff: 'none',
    simulation: false,
    timeline: false,
    ...parts,
    pods: { first: FIRST_PODS, ...parts.pods },
  };
}
