import type { ComponentType } from 'react';
import type { ViewInclude } from '../../../src/index.ts';
import type { DesignerState } from '../../state/store.ts';

/** One tab of the results side. Each feature folder exports its tab; this list orders them. */
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
 * What every tab gets, with `parts` added: diagnostics, the Restore in brief, every pod by name and
 * each resource hook's selection. The diffs, the simulation (and its timeline) and the pods' whole
 * views cost time and memory at every keystroke on large inputs, so a tab asks only for those it
 * shows.
 */
export function showing(parts: ViewInclude): ViewInclude {
  return { diff: 'none', pods: {}, simulation: false, timeline: false, ...parts };
}
