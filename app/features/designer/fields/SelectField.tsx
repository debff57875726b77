import { useId } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';
import { FieldMessages } from './FieldMessages.tsx';
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
  const hasMessages = Boolean(hint) || draft.rejected || diagnostics.length > 0;
  return (
    <div className={hideLabel ? 'hd-field hd-field--bare' : 'hd-field'}>
      <label htmlFor={id} className={hideLabel ? 'hd-visually-hidden' : 'hd-field__label'}>
        {label}
      </label>
      <div className="hd-field__control">
        <select
          id={id}
          className="hd-input hd-select"
          value={draft.shown}
          aria-invalid={diagnostics.some((d) => d.severity === 'error') || undefined}
          aria-describedby={hasMessages ? `${id}-messages` : undefined}
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
