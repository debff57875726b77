import { useId } from 'react';

interface SegmentedChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A small radio group drawn as segments (arrow keys move between options, as for any radio group). */
export function SegmentedChoice<T extends string>({
  label,
  value,
  options,
  onChange,
}: SegmentedChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="hd-segmented">
      <legend className="hd-segmented__legend">{label}</legend>
      <div className="hd-segmented__options">
        {options.map((o) => (
          <label
            key={o.value}
            className={
              o.value === value ? 'hd-segmented__option is-checked' : 'hd-segmented__option'
            }
          >
            <input
              type="radio"
              className="hd-segmented__input"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
