import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef } from 'react';
import { parseDiagnosticLink, setDiagnosticLinkHandler } from '../../editor/diagnosticLinks.ts';
import { closeReference, openReference, useReferenceState } from './referenceStore.ts';
import './reference.css';

// The catalogue brings every rule's text: loaded when the reference first opens, not on the first screen.
const ReferenceList = lazy(() =>
  import('./ReferenceList.tsx').then((m) => ({ default: m.ReferenceList })),
);

/**
 * The diagnostic reference: every code of the catalogue with why Velero behaves so and how to fix
 * it. Marker hovers and the problems list open it at a code; mount it once.
 */
export function ReferenceDialog() {
  const { open, code, request } = useReferenceState();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => setDiagnosticLinkHandler((next) => openReference(next)), []);

  useEffect(() => {
    // A reference link opened in a new tab lands here with its hash.
    const linked = parseDiagnosticLink(location.href);
    if (linked) openReference(linked);
  }, []);

  // Before the list's effects run, so it can scroll inside a dialog that is already shown.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="reference"
      aria-labelledby={headingId}
      onClose={closeReference}
    >
      <header className="reference__header">
        <h2 id={headingId} className="reference__title">
          Diagnostic reference
        </h2>
        <button type="button" className="rhd-button" onClick={closeReference}>
          Close
        </button>
      </header>
      {/* A new list per request: the filter starts empty and the code's entry is scrolled to. */}
      {open ? (
        <Suspense fallback={<p className="reference__loading">Loading the reference…</p>}>
          <ReferenceList key={request} code={code} />
        </Suspense>
      ) : null}
    </dialog>
  );
}
