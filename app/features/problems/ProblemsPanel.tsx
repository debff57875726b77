import { useId, useMemo, useState } from 'react';
import type { Diagnostic, Severity } from '../../../src/index.ts';
import { DisclosureButton } from '../../components/DisclosureButton.tsx';
import { useEngineView } from '../../engine/index.ts';
import { ReferenceDialog } from '../reference/ReferenceDialog.tsx';
import { openReference } from '../reference/referenceStore.ts';
import { ProblemGroup } from './ProblemGroup.tsx';
import { ProblemItem } from './ProblemItem.tsx';
import { formatNumber } from '../../components/formatNumber.ts';
import {
  countBySeverity,
  countFindings,
  formatCount,
  groupProblems,
  MAX_LISTED,
  severities,
  filterVisibleProblems,
  type ProblemRow,
} from './problems.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import './problems.css';

const none: readonly Diagnostic[] = [];

/**
 * Every engine diagnostic of both editors, filterable by severity: counts always shown (once the
 * engine has answered: "Checking…" before), the list on demand, identical findings folded into one
 * row. Also hosts the diagnostic reference.
 */
export function ProblemsPanel() {
  const view = useEngineView();
  const diagnostics = view?.diagnostics ?? none;
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(severities));
  // Collapsed, the counts stay in view and the editors keep their height (1280×800 is tight).
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const bodyId = useId();
  const counts = useMemo(() => countBySeverity(diagnostics), [diagnostics]);
  const visible = useMemo(() => filterVisibleProblems(diagnostics, shown), [diagnostics, shown]);
  // Rows only for the open list: a result of thousands of findings arrives at every keystroke.
  const rows = useMemo(() => (expanded ? groupProblems(visible) : []), [expanded, visible]);
  const toggle = (severity: Severity) =>
    setShown((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });

  return (
    <section className="panel problems" aria-labelledby={headingId}>
      <header className="panel__header problems__header">
        <h2 id={headingId} className="panel__title">
          <DisclosureButton
            className="problems__toggle"
            open={expanded}
            controls={bodyId}
            onToggle={setExpanded}
          >
            Problems
          </DisclosureButton>
        </h2>
        {!view ? (
          // Before the first result there are no counts yet: zeros would say "no problems".
          <span className="problems__checking">Checking…</span>
        ) : (
          <div className="problems__filters" role="group" aria-label="Show problems by severity">
            {severities.map((severity) => (
              <button
                key={severity}
                type="button"
                className="problems__filter"
                aria-pressed={shown.has(severity)}
                onClick={() => toggle(severity)}
              >
                <span className={`severity severity--${severity}`}>
                  <SeverityIcon severity={severity} />
                </span>
                <span className="problems__count">{formatCount(severity, counts[severity])}</span>
              </button>
            ))}
          </div>
        )}
        <button
          type="button"
          className="rhd-button rhd-button--quiet problems__reference"
          onClick={() => openReference()}
        >
          Reference
        </button>
      </header>
      <div className="problems__body" id={bodyId} hidden={!expanded}>
        {!expanded ? null : !view ? (
          <p className="problems__empty">Checking…</p>
        ) : diagnostics.length === 0 ? (
          <p className="problems__empty">No problems found.</p>
        ) : visible.length === 0 ? (
          <p className="problems__empty">Every problem is hidden by the severity filter.</p>
        ) : (
          <>
            <ul className="problems__list" aria-label="Problems">
              {rows.slice(0, MAX_LISTED).map(renderRow)}
            </ul>
            {rows.length > MAX_LISTED ? (
              <p className="problems__empty">
                {formatNumber(countFindings(rows.slice(MAX_LISTED)))} more not listed; the editors
                mark them all.
              </p>
            ) : null}
          </>
        )}
      </div>
      <ReferenceDialog />
    </section>
  );
}

function renderRow(row: ProblemRow, i: number) {
  if (row.kind === 'single') {
    const d = row.diagnostic;
    return <ProblemItem key={`${i}:${d.file}:${d.code}`} diagnostic={d} />;
  }
  const d = row.diagnostics[0];
  const key = d ? `group:${d.file}:${d.code}:${d.severity}:${d.message}` : i;
  return <ProblemGroup key={key} diagnostics={row.diagnostics} />;
}
