import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';

interface FieldMessagesProps {
  id: string;
  diagnostics?: readonly Diagnostic[];
  hint?: ReactNode;
  /** The last change could not be written into the text. */
  rejected?: boolean;
}

const none: readonly Diagnostic[] = [];

/** What the engine says about a field, plus a hint; the field points here with aria-describedby. */
export function FieldMessages({ id, diagnostics = none, hint, rejected }: FieldMessagesProps) {
  if (!hint && !rejected && diagnostics.length === 0) return null;
  return (
    <div id={id} className="hd-messages">
      {hint ? <p className="hd-hint">{hint}</p> : null}
      {rejected ? (
        <p className="hd-diagnostic hd-diagnostic--error">
          Not written: this YAML document does not parse here. Fix it in the editor first.
        </p>
      ) : null}
      {diagnostics.map((d, i) => (
        <p key={`${d.code}-${i}`} className={`hd-diagnostic hd-diagnostic--${d.severity}`}>
          <span className="hd-diagnostic__severity">{d.severity}</span> {d.message}{' '}
          <code className="hd-diagnostic__code">{d.code}</code>
        </p>
      ))}
    </div>
  );
}
