import type { TimelineTotals, TotalsAtEvent } from '../../../src/index.ts';

/** The player's current event, and the totals the engine gives for it (`Timeline.totalsAt`). */
export interface TotalsAt {
  /** 0-based index of the current event. */
  index: number;
  count: number;
  /** The event's time, as a Go duration. */
  time: string;
  now: TotalsAtEvent;
}

interface RestoreTotalsProps {
  restoreName: string;
  /** The Velero release the simulation follows. */
  veleroVersion: string;
  /** The final totals. */
  totals: TimelineTotals;
  /** Where the player is: before the last event the totals are those of that moment. */
  at?: TotalsAt | undefined;
}

const PHASES: Record<TimelineTotals['outcome'], string> = {
  Completed: 'Completed',
  PartiallyFailed: 'PartiallyFailed',
  StuckInFinalizing: 'Finalizing',
  StuckInProgress: 'InProgress',
};

/**
 * The hook lines of `velero restore describe` for the simulated restore (hooks only): as they stand
 * at the player's current event, or the final ones at the last event.
 */
export function RestoreTotals({ restoreName, veleroVersion, totals, at }: RestoreTotalsProps) {
  const running = at !== undefined && !at.now.final;
  return (
    <section className="timeline-totals" aria-label="Restore outcome">
      <h3 className="timeline-totals__title">
        <code>velero restore describe {restoreName}</code>
        <span className="timeline-muted"> (hooks only, as Velero {veleroVersion} does it)</span>
      </h3>
      {at ? (
        <p className={`timeline-totals__when${running ? ' timeline-totals__when--running' : ''}`}>
          {running
            ? `At event ${at.index + 1} of ${at.count}, t = ${at.time}: the phase and the hook tracker's counts at that moment; the final totals come at the last event.`
            : `Final totals, at the last event (${at.count} of ${at.count}, t = ${at.time}).`}
        </p>
      ) : null}
      {running ? <RunningDescribe now={at.now} /> : <FinalDescribe {...{ restoreName, totals }} />}
    </section>
  );
}

function FinalDescribe({ restoreName, totals }: { restoreName: string; totals: TimelineTotals }) {
  const { outcome, hookStatus, reason } = totals;
  const note =
    outcome === 'PartiallyFailed'
      ? ` (run 'velero restore logs ${restoreName}' for more information)`
      : '';
  const stuck = outcome === 'StuckInFinalizing' || outcome === 'StuckInProgress';
  return (
    <>
      <pre className={`timeline-describe timeline-describe--${outcome}`}>
        {'Phase:  '}
        <strong className="timeline-describe__phase">{PHASES[outcome]}</strong>
        {note}
        {stuck ? <span className="timeline-describe__aside">{'  '}(stuck for ever)</span> : null}
        {'\n\n'}
        {hookLines(hookStatus)}
      </pre>
      <p className="timeline-totals__reason">{reason}</p>
    </>
  );
}

/** The describe output at an event before the end: the phase then and the tracker's counts. */
function RunningDescribe({ now }: { now: TotalsAtEvent }) {
  return (
    <>
      <pre className="timeline-describe timeline-describe--running">
        {'Phase:  '}
        <strong className="timeline-describe__phase">{now.phase}</strong>
        {'\n\n'}
        {hookLines(now.hookStatus)}
      </pre>
      <p className="timeline-totals__reason">{now.reason}</p>
    </>
  );
}

function hookLines(hookStatus: TimelineTotals['hookStatus']): string {
  return hookStatus === null
    ? '(no HooksAttempted or HooksFailed lines: Velero does not write them here)'
    : `HooksAttempted:  ${hookStatus.hooksAttempted}\nHooksFailed:     ${hookStatus.hooksFailed}`;
}
