import { useId } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';
import { FieldMessages } from './FieldMessages.tsx';
import { useDraft } from './useDraft.ts';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCommit: (checked: boolean) => boolean;
  diagnostics?: readonly Diagnostic[];
  hint?: string;
}

/** A yes/no field read from the text. */
export function CheckboxField({
  label,
  checked,
  onCommit,
  diagnostics = [],
  hint,
}: CheckboxFieldProps) {
  const id = useId();
  const draft = useDraft(checked, onCommit);
  const hasMessages = Boolean(hint) || draft.rejected || diagnostics.length > 0;
  return (
    <div className="hd-field hd-field--check">
      <span className="hd-field__label" aria-hidden="true" />
      <div className="hd-field__control">
        <label className="hd-check">
          <input
            id={id}
            type="checkbox"
            checked={draft.shown}
            aria-describedby={hasMessages ? `${id}-messages` : undefined}
            onFocus={draft.onFocus}
            onBlur={draft.onBlur}
            onChange={(e) => draft.change(e.target.checked)}
          />
          {label}
        </label>
        <FieldMessages
          id={`${id}-messages`}
          diagnostics={diagnostics}
          hint={hint}
          rejected={draft.rejected}
        />
      </div>
    </div>
  );
}
