import type { Totals } from './timelineModel.ts';

interface RestoreTotalsProps {
  restoreName: string;
  totals: Totals;
}

/** The hook lines of `velero restore describe` for the simulated restore (hooks only). */
export function RestoreTotals({ restoreName, totals }: RestoreTotalsProps) {
  const { outcome, hooksAttempted, hooksFailed } = totals;
  const phase = outcome === 'StuckInFinalizing' ? 'Finalizing' : outcome;
  const note =
    outcome === 'PartiallyFailed'
      ? ` (run 'velero restore logs ${restoreName}' for more information)`
      : '';
  return (
    <section className="timeline-totals" aria-label="Restore outcome">
      <h3 className="timeline-totals__title">
        <code>velero restore describe {restoreName}</code>
        <span className="timeline-muted"> (hooks only)</span>
      </h3>
      <pre className={`timeline-describe timeline-describe--${outcome}`}>
        {'Phase:  '}
        <strong className="timeline-describe__phase">{phase}</strong>
        {note}
        {outcome === 'StuckInFinalizing' ? (
          <span className="timeline-describe__aside">
            {'  '}(stuck for ever: the hook tracker never completes)
          </span>
        ) : null}
        {'\n\n'}
        {`HooksAttempted:  ${hooksAttempted}\n`}
        {`HooksFailed:     ${hooksFailed}`}
      </pre>
    </section>
  );
}
