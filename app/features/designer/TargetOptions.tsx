import { memo } from 'react';

interface TargetOptionsProps {
  /** One `value\tlabel` line per pod: a string, so the list renders again only when it changes. */
  lines: string;
}

/** The target select's options; with thousands of pods, re-rendering them on every keystroke would cost. */
export const TargetOptions = memo(function TargetOptions({ lines }: TargetOptionsProps) {
  if (lines === '') return <option value="">No pods in the manifests</option>;
  return lines.split('\n').map((line, i) => {
    const [value = '', label = ''] = line.split('\t');
    return (
      <option key={i} value={value}>
        {label}
      </option>
    );
  });
});
