import { NewRowInput } from './NewRowInput.tsx';

interface PairPart {
  /** The part's name: the input's id suffix and the end of its label ("key", "value"). */
  name: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

interface NewPairRowProps {
  id: string;
  /** What the row adds, for the labels and the button: "env" gives "New env name" and "Add env". */
  noun: string;
  first: PairPart;
  second: PairPart;
  /** Adds the row; the button waits for the first part. */
  onAdd: () => void;
  /** Whether Enter in either input adds the row too. */
  enterAdds?: boolean;
}

/** The "new row" line of a list of pairs (env, labels): `first = second` and an Add button. */
export function NewPairRow({ id, noun, first, second, onAdd, enterAdds }: NewPairRowProps) {
  const input = (part: PairPart) => (
    <NewRowInput
      id={`${id}-${part.name}`}
      label={`New ${noun} ${part.name}`}
      placeholder={part.placeholder}
      value={part.value}
      onChange={part.onChange}
      onEnter={enterAdds ? onAdd : undefined}
    />
  );
  return (
    <div className="hd-row hd-row--new">
      {input(first)}
      <span className="hd-row__op" aria-hidden="true">
        =
      </span>
      {input(second)}
      <button type="button" className="hd-button" disabled={first.value === ''} onClick={onAdd}>
        Add {noun}
      </button>
    </div>
  );
}
