import { useState } from 'react';

/** What a field shows and does while the user works in it. */
export interface Draft<T> {
  shown: T;
  /** True when the last change could not be written into the text. */
  rejected: boolean;
  change: (value: T) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/**
 * A field's value comes from the text; while the field has focus it shows what the user typed, so a
 * value read back a moment later (the engine runs in a worker) never overwrites a half-typed one.
 * Every change is written at once (`commit` returns false when the text cannot take it).
 */
export function useDraft<T>(value: T, commit: (value: T) => boolean): Draft<T> {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [rejected, setRejected] = useState(false);
  return {
    shown: draft ? draft.value : value,
    rejected,
    change: (next) => {
      setDraft({ value: next });
      setRejected(!commit(next));
    },
    onFocus: () => setDraft({ value }),
    onBlur: () => {
      setDraft(null);
      setRejected(false);
    },
  };
}
