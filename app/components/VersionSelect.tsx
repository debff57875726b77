import { useId } from 'react';
import type { VersionOption } from './versionOptions.ts';

interface VersionSelectProps {
  label: string;
  value: string;
  options: readonly VersionOption[];
  onChange: (version: string) => void;
  title?: string;
}

/** A labelled native select of Velero releases: the header's version picker and the Versions tab's. */
export function VersionSelect({ label, value, options, onChange, title }: VersionSelectProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="version-picker__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        title={title}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}
