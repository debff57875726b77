import { openReference } from '../reference/referenceStore.ts';

/** The `?` beside a problem: opens the diagnostic reference at its code. */
export function ExplainButton({ code }: { code: string }) {
  return (
    <button
      type="button"
      className="problem__explain"
      onClick={() => openReference(code)}
      aria-label={`Explain ${code}`}
      title={`Explain ${code} (diagnostic reference)`}
    >
      ?
    </button>
  );
}
