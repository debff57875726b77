import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RestoreTotals } from './RestoreTotals.tsx';
import type { TimelineTotals } from '../../../src/index.ts';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

describe('RestoreTotals', () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = (totals: TimelineTotals, veleroVersion = '1.18.2') => {
    act(() =>
      root.render(<RestoreTotals restoreName="r2" veleroVersion={veleroVersion} totals={totals} />),
    );
    return {
      title: container.querySelector('h3')?.textContent ?? '',
      describe: container.querySelector('pre')?.textContent ?? '',
      reason: container.querySelector('.timeline-totals__reason')?.textContent ?? '',
    };
  };
  const counts = { hooksAttempted: 3, hooksFailed: 1 };

  it.each([
    ['Completed', 'Completed', counts, ''],
    ['PartiallyFailed', 'PartiallyFailed', counts, "(run 'velero restore logs r2'"],
    ['StuckInFinalizing', 'Finalizing', counts, '(stuck for ever)'],
    ['StuckInProgress', 'InProgress', null, '(stuck for ever)'],
  ] as const)('shows the outcome %s as phase %s', (outcome, phase, hookStatus, aside) => {
    const shown = render({ outcome, hookStatus, reason: `why ${outcome}` });
    expect(shown.describe).toMatch(new RegExp(`^Phase:  ${phase}\\b`));
    expect(shown.describe).toContain(aside);
    if (outcome !== 'PartiallyFailed') expect(shown.describe).not.toContain('velero restore logs');
    if (!outcome.startsWith('Stuck')) expect(shown.describe).not.toContain('stuck');
    expect(shown.reason).toBe(`why ${outcome}`);
    expect(container.querySelector('pre')?.className).toContain(`timeline-describe--${outcome}`);
  });

  it('shows the hook lines when Velero writes them, and says so when it does not', () => {
    expect(render({ outcome: 'PartiallyFailed', hookStatus: counts, reason: '' }).describe).toMatch(
      /HooksAttempted:\s+3\nHooksFailed:\s+1$/,
    );
    const old = render({ outcome: 'Completed', hookStatus: null, reason: '' }, '1.12.4');
    expect(old.describe).not.toMatch(/HooksAttempted:|HooksFailed:/);
    expect(old.describe).toContain('no HooksAttempted or HooksFailed lines');
    expect(old.title).toContain('as Velero 1.12.4 does it');
  });
});
