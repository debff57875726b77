import { useId } from 'react';
import type { DiffMode } from '../../../src/index.ts';

const modes: { id: DiffMode; label: string; hint: string }[] = [
  { id: 'hooksOnly', label: 'Hooks only', hint: 'what the restore hooks change' },
  {
    id: 'full',
    label: 'Full restore',
    hint: "also Velero's pod, pod volume restore and restoreItem changes",
  },
];

/** The segmented "Hooks only" / "Full restore" switch (radio buttons: arrows move between them). */
export function DiffModeSwitch({
  mode,
  onChange,
}: {
  mode: DiffMode;
  onChange: (mode: DiffMode) => void;
}) {
  const name = useId();
  const current = modes.find((m) => m.id === mode) ?? modes[0]!;
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Diff shows</legend>
      {modes.map((m) => (
        <label key={m.id} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={m.id}
            checked={m.id === mode}
            onChange={() => onChange(m.id)}
          />
          <span>{m.label}</span>
        </label>
      ))}
      <span className="segmented__hint">{current.hint}</span>
    </fieldset>
  );
}
