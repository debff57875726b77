// Mounted editors by path, so features can move the cursor without importing Monaco.
import type { EditorRange } from './types.ts';

export interface RevealOptions {
  /** Move keyboard focus into the editor (default true). */
  focus?: boolean;
}

/** An engine marker as Monaco holds it now (positions move with edits). */
export interface EditorMarker {
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: EditorRange;
}

/** What a mounted editor offers to the rest of the app. */
export interface EditorHandle {
  /** Puts the cursor at the start of `range` and scrolls it into view. */
  reveal(range: EditorRange, options: Required<RevealOptions>): void;
  cursor(): { line: number; column: number } | null;
  markers(): EditorMarker[];
}

const editors = new Map<string, EditorHandle>();

/** Called by an editor when it mounts; the returned function unregisters it. */
export function registerEditor(path: string, handle: EditorHandle): () => void {
  editors.set(path, handle);
  return () => {
    if (editors.get(path) === handle) editors.delete(path);
  };
}

/** Reveals `range` in the editor of `path`; false when that editor is not mounted (yet). */
export function revealRange(
  path: string,
  range: EditorRange,
  options: RevealOptions = {},
): boolean {
  const editor = editors.get(path);
  if (!editor) return false;
  editor.reveal(range, { focus: options.focus ?? true });
  return true;
}

/** The cursor of the editor of `path` (1-based), or null when it is not mounted. */
export function getEditorCursor(path: string): { line: number; column: number } | null {
  return editors.get(path)?.cursor() ?? null;
}

/** The engine markers of the editor of `path`, as Monaco shows them. */
export function getEditorMarkers(path: string): EditorMarker[] {
  return editors.get(path)?.markers() ?? [];
}
