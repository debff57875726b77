import { useId } from 'react';
import type { Diagnostic } from '../../../../src/index.ts';
import { makeShellCommand, readShellLine } from '../values.ts';
import { FieldMessages } from './FieldMessages.tsx';
import { RemoveRowButton } from './RemoveRowButton.tsx';
import { TextField } from './TextField.tsx';

interface CommandFieldProps {
  label: string;
  args: readonly string[];
  /** Writes the whole argument list into the text; false when it cannot. */
  onCommit: (args: string[]) => boolean;
  diagnostics?: readonly Diagnostic[];
  /** What an empty list means for this hook. */
  emptyMeans: string;
}

/** A command as an argument list, one row per argument, with a shell-line shortcut. */
export function CommandField({
  label,
  args,
  onCommit,
  diagnostics = [],
  emptyMeans,
}: CommandFieldProps) {
  const id = useId();
  const replace = (i: number, value: string) => onCommit(args.map((a, j) => (j === i ? value : a)));
  const shellLine = readShellLine(args);
  return (
    <fieldset
      className="hd-command"
      aria-describedby={diagnostics.length > 0 ? `${id}-messages` : undefined}
    >
      <legend className="hd-command__legend">{label}</legend>
      {args.length === 0 ? <p className="hd-muted">No arguments: {emptyMeans}.</p> : null}
      <ol className="hd-args">
        {args.map((arg, i) => (
          <li key={i} className="hd-args__row">
            <span className="hd-args__index" aria-hidden="true">
              {i + 1}
            </span>
            <TextField
              label={`${label} argument ${i + 1}`}
              hideLabel
              mono
              value={arg}
              onCommit={(v) => replace(i, v)}
            />
            <RemoveRowButton
              label={`Remove ${label.toLowerCase()} argument ${i + 1}`}
              title="Remove this argument"
              onRemove={() => onCommit(args.filter((_, j) => j !== i))}
            />
          </li>
        ))}
      </ol>
      <div className="hd-command__actions">
        <button type="button" className="hd-button" onClick={() => onCommit([...args, ''])}>
          Add argument
        </button>
      </div>
      <TextField
        label="Shell line"
        mono
        value={shellLine ?? ''}
        placeholder={shellLine === null && args.length > 0 ? 'replaces the arguments above' : ''}
        onCommit={(line) => onCommit(line === '' ? [] : makeShellCommand(line))}
        hint={() => (
          <>
            Becomes <code>["/bin/sh", "-c", line]</code>.
          </>
        )}
      />
      <FieldMessages id={`${id}-messages`} diagnostics={diagnostics} />
    </fieldset>
  );
}
