import { useState } from 'react';
import { resetDesign } from '../state/designChanges.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/** Reset: after a confirmation, back to the first-visit example (with Undo in the notice). */
export function ResetButton({ onDone }: { onDone?: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="action-button" onClick={() => setAsking(true)}>
        Reset
      </button>
      <ConfirmDialog
        open={asking}
        title="Reset the design?"
        confirmLabel="Reset"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          resetDesign();
          onDone?.();
        }}
      >
        <p>
          The editors go back to the first example, and every option to its default. You can undo
          this from the notice that follows, until you edit a text.
        </p>
      </ConfirmDialog>
    </>
  );
}
