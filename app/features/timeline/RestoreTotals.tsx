import type { TimelineTotals } from '../../../src/index.ts';

interface RestoreTotalsProps {
  restoreName: string;
  /** The Velero release the simulation follows. */
  veleroVersion: string;
  totals: TimelineTotals;
}

const PHASES: Record<TimelineTotals['outcome'], string> = {
  Completed: 'Completed',
  PartiallyFailed: 'PartiallyFailed',
  StuckInFinalizing: 'Finalizing',
  StuckInProgress: 'InProgress',
};

/** The hook lines of `velero restore describe` for the simulated restore (hooks only). */
export function RestoreTotals({ restoreName, veleroVersion, totals }: RestoreTotalsProps) {
  const { outcome, hookStatus, reason } = totals;
  const note =
    outcome === 'PartiallyFailed'
      ? ` (run 'velero restore logs ${restoreName}' for more information)`
      : '';
  const stuck = outcome === 'StuckInFinalizing' || outcome === 'StuckInProgress';
  return (
    <section className="timeline-totals" aria-label="Restore outcome">
      <h3 className="timeline-totals__title">
        <code>velero restore describe {restoreName}</code>
        <span className="timeline-muted"> (hooks only, as Velero {veleroVersion} does it)</span>
      </h3>
      <pre className={`timeline-describe timeline-describe--${outcome}`}>
        {'Phase:  '}
        <strong className="timeline-describe__phase">{PHASES[outcome]}</strong>
        {note}
        {stuck ? <span className="timeline-describe__aside">{'  '}(stuck for ever)</span> : null}
        {'\n\n'}
        {hookStatus === null
          ? '(no HooksAttempted or HooksFailed lines: Velero does not write them here)'
          : `HooksAttempted:  ${hookStatus.hooksAttempted}\nHooksFailed:     ${hookStatus.hooksFailed}`}
      </pre>
      <p className="timeline-totals__reason">{reason}</p>
    </section>
  );
}
