import { useEffect, useRef, useState } from 'react';
import { LARGE_MODEL_CHARS } from '../../../editor/largeModel.ts';
import { useDesignerStore } from '../../../state/store.ts';

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
 * Every change is written at once (`commit` returns false when the text cannot take it), except in a
 * large design: there writing a 5 MB text, and the editor and engine following it, takes longer than
 * a frame, so the field shows the key first and the latest value is written after that frame is
 * painted (keys typed meanwhile are written together; leaving the field writes what is pending).
 */
export function useDraft<T>(value: T, commit: (value: T) => boolean): Draft<T> {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [rejected, setRejected] = useState(false);
  const pending = useRef<{ value: T; commit: (value: T) => boolean } | null>(null);
  const flush = () => {
    const write = pending.current;
    pending.current = null;
    if (write) setRejected(!write.commit(write.value));
  };
  // A field that goes away (another target, another tab) still writes what was typed into it.
  useEffect(
    () => () => {
      const write = pending.current;
      pending.current = null;
      write?.commit(write.value);
    },
    [],
  );
  return {
    shown: draft ? draft.value : value,
    rejected,
    change: (next) => {
      setDraft({ value: next });
      if (!isLargeDesign()) {
        setRejected(!commit(next));
        return;
      }
      const scheduled = pending.current !== null;
      pending.current = { value: next, commit };
      if (!scheduled) afterNextPaint(flush);
    },
    onFocus: () => setDraft({ value }),
    onBlur: () => {
      flush();
      setDraft(null);
      setRejected(false);
    },
  };
}

function isLargeDesign(): boolean {
  const { manifestsText, restoreText } = useDesignerStore.getState();
  return manifestsText.length > LARGE_MODEL_CHARS || restoreText.length > LARGE_MODEL_CHARS;
}

/** Runs `task` in a task after the next frame is painted (at once in a hidden page: no frames). */
function afterNextPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(task);
  else requestAnimationFrame(() => setTimeout(task));
}
