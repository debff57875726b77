import type * as Monaco from 'monaco-editor/editor';

/** Texts longer than this (about 500 pods) count as large. */
export const LARGE_MODEL_CHARS = 1_000_000;

/** A large text's language: YAML's editing rules (comments, brackets, indent) without colours. */
export const LARGE_YAML_LANGUAGE = 'yaml-large';

/**
 * The model's language. Monaco colours YAML with a tokenizer that runs on the page's main thread:
 * on a 4 MB manifest (150,000 lines) the first pass and the re-tokenizing after each edit gave,
 * while typing 20 keys, 17-18 tasks over 50 ms, up to 573 ms; as plain text the same journey gave
 * 0-7, up to 93 ms (two runs each, same machine and load). VS Code also turns colours off for a
 * large file. monaco-yaml's schema hover and completion are YAML's only: a large text has none.
 */
export function modelLanguage(large: boolean): string {
  return large ? LARGE_YAML_LANGUAGE : 'yaml';
}

/**
 * Editor features that redo work over the whole document after every keystroke, turned off for a
 * large text. Sticky scroll asks monaco-yaml for every document symbol and folding for every range:
 * on a 4 MB manifest each answer is a message of hundreds of thousands of items that the page
 * unpacks in one task (over 2 s measured while typing), and then garbage-collects. Bracket matching
 * builds the bracket tree of the whole text (see `chooseLargeTextModelOptions`). Word and selection
 * highlights, parameter hints and inline suggestions each react to every keystroke and cursor move,
 * for a few milliseconds each that, on such a text, add up with Monaco's own handling of the key.
 * Without colours Monaco cannot tell a comment from a value, so suggestions popped up while typing
 * comments too (word-based: the editor worker reads every word of the text, and the suggest widget
 * draws the list); on a large text they come with Ctrl+Space only.
 */
export function chooseLargeModelOptions(large: boolean): Monaco.editor.IEditorOptions {
  return {
    stickyScroll: { enabled: !large },
    folding: !large,
    bracketPairColorization: { enabled: !large },
    matchBrackets: large ? 'never' : 'always',
    occurrencesHighlight: large ? 'off' : 'singleFile',
    selectionHighlight: !large,
    parameterHints: { enabled: !large },
    inlineSuggest: { enabled: !large },
    quickSuggestions: !large,
  };
}

/**
 * The model's half of the same switch. Bracket-pair colouring is a model option in Monaco (the
 * editor option above does not reach the model): left on, every render after an edit re-parses the
 * bracket tree of the text, 10–20 ms per frame on a 4 MB manifest.
 */
export function chooseLargeTextModelOptions(large: boolean): Monaco.editor.ITextModelUpdateOptions {
  return {
    bracketColorizationOptions: { enabled: !large, independentColorPoolPerBracketType: false },
  };
}
