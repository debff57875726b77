interface NewRowInputProps {
  id: string;
  /** The accessible name (the label is visually hidden: the row's placeholders show the shape). */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Called on Enter, to add the row. */
  onEnter?: () => void;
  disabled?: boolean;
}

/** One monospaced input of a "new row" line (new env, label, expression), with its hidden label. */
export function NewRowInput({ id, label, onChange, onEnter, ...input }: NewRowInputProps) {
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="hd-input hd-input--mono"
        {...input}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={
          onEnter &&
          ((e) => {
            if (e.key === 'Enter') onEnter();
          })
        }
      />
    </>
  );
}
