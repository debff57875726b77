import { useId, type ReactNode } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';
import { LabelledField } from './LabelledField.tsx';
import { useDraft } from './useDraft.ts';

interface TextFieldProps {
  label: string;
  value: string;
  /** Writes the value into the text; false when it cannot. */
  onCommit: (value: string) => boolean;
  diagnostics?: readonly Diagnostic[];
  /** A hint computed from what the field shows (e.g. a duration in Go's form). */
  hint?: (shown: string) => ReactNode;
  /** A client-side check of what the field shows, for aria-invalid. */
  invalid?: (shown: string) => boolean;
  placeholder?: string;
  mono?: boolean;
  /** Visually hide the label (rows of a table keep an accessible name). */
  hideLabel?: boolean;
}

/** A one-line field whose value is read from the text and written back as the user types. */
export function TextField({
  label,
  value,
  onCommit,
  diagnostics = [],
  hint,
  invalid,
  placeholder,
  mono,
  hideLabel,
}: TextFieldProps) {
  const id = useId();
  const draft = useDraft(value, onCommit);
  const hintNode = hint?.(draft.shown);
  const isInvalid =
    (invalid?.(draft.shown) ?? false) || diagnostics.some((d) => d.severity === 'error');
  return (
    <LabelledField
      id={id}
      label={label}
      hideLabel={hideLabel}
      diagnostics={diagnostics}
      hint={hintNode}
      rejected={draft.rejected}
    >
      {(describedBy) => (
        <input
          id={id}
          type="text"
          className={mono ? 'hd-input hd-input--mono' : 'hd-input'}
          value={draft.shown}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={isInvalid || undefined}
          aria-describedby={describedBy}
          onFocus={draft.onFocus}
          onBlur={draft.onBlur}
          onChange={(e) => draft.change(e.target.value)}
        />
      )}
    </LabelledField>
  );
}
