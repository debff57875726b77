/**
 * Keeps a worker's copies of the authored texts in step by sending what changed, as a language
 * client keeps its server's documents (LSP's incremental sync). Posting a text copies it: for a
 * 2,000-pod manifest that is 4 MB flattened and serialised on the page at every keystroke, tens of
 * milliseconds and as much garbage. The sender finds the one span that changed since the copy it
 * sent (`findTextChange`), so whoever changes a text (the form, a quick fix) only stores the new
 * text. The editors say what each keystroke changed (`recordEditorEdits`): the text Monaco hands
 * over is a rope of its pieces, and comparing it would first copy all 4 MB into one string, at every
 * keystroke (measured: tasks of 50-200 ms while typing in a 2,000-pod manifest).
 */
import { findTextChange } from '../../src/index.ts';

/** `length` characters at `offset` become `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** A whole text, or the edits (applied in order) that turn the worker's copy into it. */
export type TextUpdate = { text: string } | { edits: TextEdit[]; length: number };

/** The latest edits an editor reported for each text, with the texts before and after them. */
const editorEdits = new Map<string, { from: string; to: string; edits: readonly TextEdit[] }>();

/**
 * An editor turned the text `name` from `from` into `to` by `edits`; without edits (the editor
 * could not tell) the sender compares the texts instead.
 */
export function recordEditorEdits(
  name: string,
  from: string,
  to: string,
  edits: readonly TextEdit[] | undefined,
): void {
  if (edits) editorEdits.set(name, { from, to, edits });
  else editorEdits.delete(name);
}

/** The edits applied in order to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const { offset, length, text: inserted } of edits)
    result = result.slice(0, offset) + inserted + result.slice(offset + length);
  return result;
}

/** The page's side: what to send so the worker's copies become the texts the page holds. */
export class TextSender {
  private readonly synced = new Map<string, string>();

  /** The update that makes the worker's copy of `name` equal to `text`; null when it already is. */
  update(name: string, text: string): TextUpdate | null {
    const before = this.synced.get(name);
    if (before === text) return null;
    this.synced.set(name, text);
    if (before === undefined) return { text };
    const recorded = editorEdits.get(name);
    if (recorded && recorded.from === before && recorded.to === text)
      return { edits: [...recorded.edits], length: text.length };
    const { start, end, text: inserted } = findTextChange(before, text);
    return { edits: [{ offset: start, length: end - start, text: inserted }], length: text.length };
  }

  /** True when the worker's copy of `name` is `text` (so a message may leave it out). */
  holds(name: string, text: string): boolean {
    return this.synced.get(name) === text;
  }

  /** Forgets the worker's copy of `name`: the next update sends the text whole. */
  forget(name: string): void {
    this.synced.delete(name);
  }
}

/** The worker's side: the copies, updated in the order the page sent the updates. */
export class TextReceiver {
  private readonly texts = new Map<string, string>();

  /**
   * Applies an update; false when edits arrive for a copy they do not fit (its length differs from
   * what the page expects): the copy is then dropped and the page must send the text whole.
   */
  apply(name: string, update: TextUpdate): boolean {
    if ('text' in update) {
      this.texts.set(name, update.text);
      return true;
    }
    const current = this.texts.get(name);
    const next = current === undefined ? undefined : applyEdits(current, update.edits);
    if (next === undefined || next.length !== update.length) {
      this.texts.delete(name);
      return false;
    }
    this.texts.set(name, next);
    return true;
  }

  get(name: string): string | undefined {
    return this.texts.get(name);
  }
}
