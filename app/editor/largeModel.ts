import type * as Monaco from 'monaco-editor/editor';

/** Texts longer than this (about 500 pods) count as large. */
export const LARGE_MODEL_CHARS = 1_000_000;

/**
 * Editor features that redo work over the whole document after every keystroke, turned off for a
 * large text. Sticky scroll asks monaco-yaml for every document symbol and folding for every range:
 * on a 4 MB manifest each answer is a message of hundreds of thousands of items that the page
 * unpacks in one task (over 2 s measured while typing), and then garbage-collects. Bracket-pair
 * colouring re-parses the whole text in one frame (a 700 ms task measured on a 4 MB manifest).
 */
export function largeModelOptions(large: boolean): Monaco.editor.IEditorOptions {
  return {
    stickyScroll: { enabled: !large },
    folding: !large,
    bracketPairColorization: { enabled: !large },
  };
}
