import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setUpReactRoot } from '../../testing/reactRoot.ts';
import { RestoreTotals } from './RestoreTotals.tsx';
import type { TimelineTotals, TotalsAtEvent } from '../../../src/index.ts';

describe('RestoreTotals', () => {
  const dom = setUpReactRoot();

  const render = (totals: TimelineTotals, veleroVersion = '1.18.2') => {
    act(() =>
      dom.root.render(
        <RestoreTotals restoreName="r2" veleroVersion={veleroVersion} totals={totals} />,
      ),
    );
    return {
      title: dom.container.querySelector('h3')?.textContent ?? '',
      describe: dom.container.querySelector('pre')?.textContent ?? '',
      reason: dom.container.querySelector('.timeline-totals__reason')?.textContent ?? '',
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
    expect(dom.container.querySelector('pre')?.className).toContain(
      `timeline-describe--${outcome}`,
    );
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

  describe("at the player's current event", () => {
    const final: TimelineTotals = {
      outcome: 'PartiallyFailed',
      hookStatus: { hooksAttempted: 3, hooksFailed: 3 },
      reason: 'every failed hook becomes a restore error, so the Restore is PartiallyFailed',
    };
    const renderAt = (index: number, time: string, now: TotalsAtEvent) => {
      act(() =>
        dom.root.render(
          <RestoreTotals
            restoreName="r2"
            veleroVersion="1.18.2"
            totals={final}
            at={{ index, count: 11, time, now }}
          />,
        ),
      );
      return {
        when: dom.container.querySelector('.timeline-totals__when')?.textContent ?? '',
        describe: dom.container.querySelector('pre')?.textContent ?? '',
        reason: dom.container.querySelector('.timeline-totals__reason')?.textContent ?? '',
        className: dom.container.querySelector('pre')?.className ?? '',
      };
    };

    it.each([
      [0, '0s', 'InProgress', { hooksAttempted: 3, hooksFailed: 0 }, 3, 0],
      [5, '3s', 'Finalizing', { hooksAttempted: 3, hooksFailed: 1 }, 3, 1],
    ] as const)(
      'event %i at %s: phase %s and the counts then, not the final ones',
      (index, time, phase, hookStatus, attempted, failed) => {
        const shown = renderAt(index, time, { phase, hookStatus, reason: 'why now', final: false });
        expect(shown.when).toBe(
          `At event ${index + 1} of 11, t = ${time}: the phase and the hook tracker's counts at that moment; the final totals come at the last event.`,
        );
        expect(shown.describe).toBe(
          `Phase:  ${phase}\n\nHooksAttempted:  ${attempted}\nHooksFailed:     ${failed}`,
        );
        expect(shown.reason).toBe('why now');
        expect(shown.className).toBe('timeline-describe timeline-describe--running');
      },
    );

    it('says when a release writes no hook lines, at any event', () => {
      const now = { phase: 'InProgress', hookStatus: null, reason: '', final: false } as const;
      expect(renderAt(2, '2s', now).describe).toBe(
        'Phase:  InProgress\n\n(no HooksAttempted or HooksFailed lines: Velero does not write them here)',
      );
    });

    it('shows the final totals, said to be final, at the last event', () => {
      const now = { ...final, phase: 'PartiallyFailed', final: true } as const;
      const shown = renderAt(10, '3s', now);
      expect(shown.when).toBe('Final totals, at the last event (11 of 11, t = 3s).');
      expect(shown.describe).toBe(
        "Phase:  PartiallyFailed (run 'velero restore logs r2' for more information)\n\nHooksAttempted:  3\nHooksFailed:     3",
      );
      expect(shown.reason).toBe(final.reason);
      expect(shown.className).toContain('timeline-describe--PartiallyFailed');
    });
  });
});
