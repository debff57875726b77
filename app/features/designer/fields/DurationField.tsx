import { formatDuration, parseDuration, type Diagnostic } from '../../../../src/index.ts';
import { TextField } from './TextField.tsx';

interface DurationFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => boolean;
  diagnostics?: readonly Diagnostic[];
  /** What an empty or zero value means, e.g. "Velero's default of 30s". */
  unset: string;
  /** What Velero does with a value that is not a Go duration. */
  invalidMeans: string;
}

/** A Go duration, checked as you type with Go's ParseDuration and shown in Go's canonical form. */
export function DurationField({
  label,
  value,
  onCommit,
  diagnostics,
  unset,
  invalidMeans,
}: DurationFieldProps) {
  return (
    <TextField
      label={label}
      value={value}
      onCommit={onCommit}
      diagnostics={diagnostics}
      mono
      placeholder="e.g. 30s, 5m, 1h30m"
      invalid={(shown) => shown !== '' && parseDuration(shown) === null}
      hint={(shown) => durationHint(shown, unset, invalidMeans)}
    />
  );
}

function durationHint(shown: string, unset: string, invalidMeans: string): string {
  if (shown === '') return `Unset: ${unset}.`;
  const d = parseDuration(shown);
  if (d === null) return `Not a Go duration: ${invalidMeans}.`;
  if (d === 0n) return `= 0s: ${unset}.`;
  return `= ${formatDuration(d)}`;
}
