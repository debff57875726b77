import { useId, useState } from 'react';
import { revealRange } from '../../editor/editorRegistry.ts';
import type { Diagnostic } from '../../../src/index.ts';
import { DisclosureButton } from '../../components/DisclosureButton.tsx';
import { ExplainButton } from './ExplainButton.tsx';
import { formatNumber } from '../../components/formatNumber.ts';
import { editorOfFile, formatLocation, MAX_LISTED } from './problems.ts';
import { SeverityLabel } from './SeverityLabel.tsx';

/**
 * Identical findings (same file, code, severity and message) as one row that says how many; it
 * opens to list each location, and activating one puts the cursor on it as a single problem does.
 */
export function ProblemGroup({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const [open, setOpen] = useState(false);
  const placesId = useId();
  const first = diagnostics[0];
  if (!first) return null;
  const count = formatNumber(diagnostics.length);
  return (
    <li className={`problem problem--${first.severity} problem--group`}>
      <DisclosureButton
        className="problem__main"
        open={open}
        controls={placesId}
        onToggle={setOpen}
      >
        <SeverityLabel severity={first.severity} />
        <span className="problem__message">
          {first.message}{' '}
          <span className="problem__times" aria-hidden="true">
            × {count}
          </span>
        </span>
        <span className="problem__location">
          {count} locations, the first at {formatLocation(first)} ·{' '}
          <span className="problem__code">{first.code}</span>
        </span>
      </DisclosureButton>
      <ExplainButton code={first.code} />
      <div className="problem__places" id={placesId} hidden={!open}>
        {open ? <ProblemPlaces diagnostics={diagnostics} /> : null}
      </div>
    </li>
  );
}

function ProblemPlaces({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const first = diagnostics[0];
  const left = diagnostics.length - MAX_LISTED;
  return (
    <>
      <ul
        className="problem__place-list"
        aria-label={`Locations of ${first?.code ?? 'the problem'}`}
      >
        {diagnostics.slice(0, MAX_LISTED).map((d, i) => {
          const editor = editorOfFile[d.file];
          return (
            <li key={i}>
              <button
                type="button"
                className="problem__place"
                disabled={!editor}
                onClick={() => editor && revealRange(editor.path, d.range)}
              >
                {formatLocation(d)}
                {d.fix ? ` · quick fix: ${d.fix.title} (Ctrl+.)` : null}
              </button>
            </li>
          );
        })}
      </ul>
      {left > 0 ? (
        <p className="problems__empty">
          {formatNumber(left)} more not listed; the editors mark them all.
        </p>
      ) : null}
    </>
  );
}
