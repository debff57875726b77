import { useId } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';
import { LabelledField } from './LabelledField.tsx';
import { useDraft } from './useDraft.ts';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onCommit: (value: string) => boolean;
  diagnostics?: readonly Diagnostic[];
  hint?: string;
  hideLabel?: boolean;
}

/** A choice read from the text; a value that is not among the options is shown as written. */
export function SelectField({
  label,
  value,
  options,
  onCommit,
  diagnostics = [],
  hint,
  hideLabel,
}: SelectFieldProps) {
  const id = useId();
  const draft = useDraft(value, onCommit);
  const all = options.some((o) => o.value === draft.shown)
    ? options
    : [...options, { value: draft.shown, label: `${draft.shown} (as written)` }];
  return (
    <LabelledField
      id={id}
      label={label}
      hideLabel={hideLabel}
      diagnostics={diagnostics}
      hint={hint}
      rejected={draft.rejected}
    >
      {(describedBy) => (
        <select
          id={id}
          className="hd-input hd-select"
          value={draft.shown}
          aria-invalid={diagnostics.some((d) => d.severity === 'error') || undefined}
          aria-describedby={describedBy}
          onFocus={draft.onFocus}
          onBlur={draft.onBlur}
          onChange={(e) => draft.change(e.target.value)}
        >
          {all.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
