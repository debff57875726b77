import { useId, useState } from 'react';
import { parseDuration } from '../../../src/index.ts';

interface DurationInputProps {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  disabled?: boolean;
  /** An empty field is valid (it means "never"). */
  allowEmpty?: boolean;
  placeholder?: string;
}

/** Whether a text is a non-negative Go duration (or empty, when allowed). */
export function isDurationText(text: string, allowEmpty = false): boolean {
  const t = text.trim();
  if (t === '') return allowEmpty;
  const d = parseDuration(t);
  return d !== null && d >= 0n;
}

/**
 * A Go duration field: every valid keystroke is committed; an invalid text stays local, marked
 * invalid, and reverts to the stored value on blur.
 */
export function DurationInput({
  label,
  value,
  onCommit,
  disabled,
  allowEmpty,
  placeholder,
}: DurationInputProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const valid = isDurationText(text, allowEmpty);
  return (
    <span className="duration-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        spellCheck={false}
        autoComplete="off"
        size={7}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (isDurationText(next, allowEmpty)) onCommit(next.trim());
        }}
        onBlur={() => setDraft(null)}
      />
      {valid ? null : (
        <span id={`${id}-error`} className="duration-input__error">
          a Go duration, e.g. 2s, 1m30s
        </span>
      )}
    </span>
  );
}
