import type { HookRow } from '../../../src/index.ts';

const OUTCOME_LABEL: Record<HookRow['outcome'], string> = {
  succeeded: 'succeeded',
  failed: 'failed',
  'timed-out': 'timed out',
  expired: 'expired',
  'not-executed': 'not executed',
  dropped: 'dropped',
  'not-run': 'never ran',
};

/** A container's hooks in the order Velero runs them, with what happened to each, in words. */
export function HookList({
  hooks,
  activeHook,
}: {
  hooks: readonly HookRow[];
  activeHook: string | null;
}) {
  if (hooks.length === 0) return <p className="hook-list__none">No exec hooks.</p>;
  return (
    <ol className="hook-list">
      {hooks.map((h) => (
        <li
          key={h.id}
          className={`hook-list__item hook-list__item--${h.outcome}`}
          data-hook={h.id}
          aria-current={h.id === activeHook ? 'step' : undefined}
        >
          <span className={`hook-list__outcome hook-list__outcome--${h.outcome}`}>
            {OUTCOME_LABEL[h.outcome]}
          </span>{' '}
          <span className="hook-list__name">
            #{h.position} <code>{h.hookName}</code>
            <span className="timeline-muted"> [{h.hookIndex}]</span>
          </span>{' '}
          <span className="hook-list__summary">{h.summary}</span>
          {h.order !== null ? <span className="hook-list__order"> (call #{h.order})</span> : null}
          <span className="hook-list__spec timeline-muted">
            {' '}
            · {h.settings.onError} · {h.settings.waitTimeout} · {h.settings.execTimeout}
            {h.waitForReady ? ' · waitForReady' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
