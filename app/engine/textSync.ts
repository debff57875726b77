/**
 * Keeps a worker's copies of the authored texts in step by sending the edits that changed them, as
 * a language client keeps its server's documents (LSP's incremental sync). Posting a text copies
 * it: for a 2,000-pod manifest that is 4 MB flattened and serialised on the page at every
 * keystroke, tens of milliseconds and as much garbage. The editor knows what each keystroke
 * changed, so it records those edits with the new text, and the sender passes them on.
 */
import type { EditorTextEdit } from '../editor/types.ts';

/** One content change, as the editor reports it: `length` characters at `offset` become `text`. */
export type TextEdit = EditorTextEdit;

/** A whole text, or the edits (applied in order) that turn the worker's copy into it. */
export type TextUpdate = { text: string } | { edits: TextEdit[]; length: number };

/** The latest recorded change of each text, by name. */
const changes = new Map<string, { from: string; to: string; edits: readonly TextEdit[] }>();

/**
 * Records that the text `name` became `to` by applying `edits` to `from`. Without edits (a text
 * loaded, generated or pasted whole) it forgets the last change, so the next update sends it whole.
 */
export function recordTextChange(
  name: string,
  from: string,
  to: string,
  edits: readonly TextEdit[] | undefined,
): void {
  if (edits) changes.set(name, { from, to, edits });
  else changes.delete(name);
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
    const change = changes.get(name);
    // Edits fit only the text they were made on: the copy the worker holds.
    if (before !== undefined && change && change.from === before && change.to === text)
      return { edits: [...change.edits], length: text.length };
    return { text };
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
