import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';
import { FieldMessages } from './FieldMessages.tsx';

interface LabelledFieldProps {
  /** The control's id; its messages get `${id}-messages`. */
  id: string;
  label: string;
  /** Visually hide the label (rows of a table keep an accessible name). */
  hideLabel?: boolean;
  diagnostics: readonly Diagnostic[];
  hint?: ReactNode;
  rejected: boolean;
  /** The control, given the id of its messages for aria-describedby (undefined when none). */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A label, a control and what the engine says about it: the frame of the form's one-line fields. */
export function LabelledField({
  id,
  label,
  hideLabel,
  diagnostics,
  hint,
  rejected,
  children,
}: LabelledFieldProps) {
  const messagesId = `${id}-messages`;
  const hasMessages = Boolean(hint) || rejected || diagnostics.length > 0;
  return (
    <div className={hideLabel ? 'hd-field hd-field--bare' : 'hd-field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'hd-field__label'}>
        {label}
      </label>
      <div className="hd-field__control">
        {children(hasMessages ? messagesId : undefined)}
        <FieldMessages id={messagesId} diagnostics={diagnostics} hint={hint} rejected={rejected} />
      </div>
    </div>
  );
}
