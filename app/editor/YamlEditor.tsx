import { useEffect, useEffectEvent, useRef } from 'react';
import { findTextChange } from '../../src/index.ts';
import { registerEditor } from './editorRegistry.ts';
import {
  chooseLargeModelOptions,
  chooseLargeTextModelOptions,
  LARGE_MODEL_CHARS,
  modelLanguage,
} from './largeModel.ts';
import { convertMarker, MARKER_OWNER } from './markers.ts';
import { monaco, setMarkers, setModelLargeness } from './monaco.ts';
import { toModelUri } from './paths.ts';
import { forgetFixes } from './quickFixes.ts';
import type { EditorTextEdit, MarkerDiagnostic, YamlEditorProps } from './types.ts';
import { getEditorFontSize } from './theme.ts';

const noMarkers: readonly MarkerDiagnostic[] = [];

/** A Monaco YAML editor bound to one model; `value` and `onChange` keep it controlled by the store. */
export function YamlEditor({
  value,
  onChange,
  markers = noMarkers,
  markersCurrent = false,
  path,
  ariaLabel,
}: YamlEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  /** The text this editor last reported, so its echo from the store is not compared again. */
  const emitted = useRef<string | null>(null);
  /** Writes a text from the store into the model (set up with the model). */
  const replaceText = useRef<(text: string) => void>(() => {});
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const emitChange = useEffectEvent((text: string, edits: EditorTextEdit[] | undefined) =>
    onChange(text, edits),
  );
  const initialState = useEffectEvent(() => ({ value, ariaLabel }));
  const currentValue = useEffectEvent(() => value);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const initial = initialState();
    const uri = monaco.Uri.parse(toModelUri(path));
    const model =
      monaco.editor.getModel(uri) ??
      monaco.editor.createModel(
        initial.value,
        modelLanguage(initial.value.length > LARGE_MODEL_CHARS),
        uri,
      );
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const editor = monaco.editor.create(container, {
      model,
      ariaLabel: initial.ariaLabel,
      automaticLayout: true,
      fixedOverflowWidgets: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: getEditorFontSize('text'),
      lineNumbersMinChars: 3,
      renderLineHighlight: 'line',
      wordWrap: 'on',
      wrappingIndent: 'indent',
      // Wrap long values at spaces and commas, not inside paths and image names.
      wordWrapBreakAfterCharacters: ' \t})]?|&,;',
    });
    /** True while a text from the store is written into the model (not the user's change). */
    let replacing = false;
    /**
     * The model's text as a string, while known: reading a 5 MB model makes a new 5 MB string, which
     * a form edit (one per keystroke) should not pay for. Null once the user changed the model.
     */
    let modelText: string | null = model.getValue();
    /** The user's changes since the last report, made on the text last reported. */
    let edits: EditorTextEdit[] = [];
    // Monaco keeps a text's line ends unless they are mixed: then it holds another text.
    emitted.current = modelText === initial.value ? initial.value : null;
    const emit = () => {
      // Not flattened here: Monaco returns a 4 MB text as a rope of its pieces.
      const text = model.getValue();
      // The edits fit the store's text only while it is the one this editor last reported.
      const base = emitted.current !== null && currentValue() === emitted.current;
      emitted.current = text;
      modelText = text;
      const made = edits;
      edits = [];
      emitChange(text, base ? made : undefined);
    };
    // A large text is read and reported in a task after the keystroke's: Monaco's own handling of
    // the key and the store's update would add up to more than a frame in one task.
    let deferred: ReturnType<typeof setTimeout> | undefined;
    const subscription = model.onDidChangeContent((event) => {
      if (replacing) return;
      modelText = null;
      for (const c of event.changes)
        edits.push({ offset: c.rangeOffset, length: c.rangeLength, text: c.text });
      if (model.getValueLength() <= LARGE_MODEL_CHARS) {
        clearTimeout(deferred);
        deferred = undefined;
        emit();
      } else if (deferred === undefined) {
        const reported = currentValue();
        deferred = setTimeout(() => {
          deferred = undefined;
          // The store got a text from elsewhere meanwhile (e.g. a form edit): that text replaces
          // the model's, so this stale one is not reported over it.
          const latest = currentValue();
          if (latest === reported || latest === emitted.current) emit();
        });
      }
    });
    replaceText.current = (text) => {
      clearTimeout(deferred);
      deferred = undefined;
      edits = [];
      emitted.current = text;
      const current = modelText ?? model.getValue();
      modelText = current;
      if (current === text) return;
      // Only the span that changed is replaced: the undo stack, the markers and the view elsewhere
      // stay, and a form edit in a 5 MB text costs Monaco one line, not the whole text.
      const change = findTextChange(current, text);
      const start = model.getPositionAt(change.start);
      const end = model.getPositionAt(change.end);
      const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      replacing = true;
      try {
        // Its own undo step: merged into the user's typing, Monaco would split this change's text
        // (for a loaded file, megabytes) again at every later keystroke.
        model.pushStackElement();
        model.pushEditOperations([], [{ range, text: change.text }], () => null);
        model.pushStackElement();
      } finally {
        replacing = false;
      }
      modelText = text;
      // With mixed line ends the model holds another text: the store takes it, so the engine's
      // positions are the editor's. (The rest of the text was the model's already.)
      if (change.text.includes('\r') && model.getValue() !== text) {
        emitted.current = null;
        emit();
        return;
      }
      // The lines a form wrote come into view (a whole new text starts where it changes).
      editor.revealLineInCenterIfOutsideViewport(start.lineNumber, monaco.editor.ScrollType.Smooth);
    };
    const unregister = registerEditor(path, {
      reveal(range, { focus }) {
        const { line, column } = range.start;
        editor.setPosition({ lineNumber: line, column });
        editor.revealRangeInCenterIfOutsideViewport(
          new monaco.Range(line, column, range.end.line, range.end.column),
        );
        if (focus) editor.focus();
      },
      cursor() {
        const position = editor.getPosition();
        return position ? { line: position.lineNumber, column: position.column } : null;
      },
      markers: () =>
        monaco.editor.getModelMarkers({ resource: uri, owner: MARKER_OWNER }).map(convertMarker),
    });
    editorRef.current = editor;
    return () => {
      replaceText.current = () => {};
      unregister();
      subscription.dispose();
      if (deferred !== undefined) {
        clearTimeout(deferred);
        emit();
      }
      forgetFixes(model);
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, [path]);

  useEffect(() => {
    // The editor's own change coming back from the store: no second read of the whole text.
    if (value !== emitted.current) replaceText.current(value);
  }, [value]);

  const large = value.length > LARGE_MODEL_CHARS;
  useEffect(() => {
    editorRef.current?.updateOptions(chooseLargeModelOptions(large));
    const model = editorRef.current?.getModel();
    if (!model) return;
    model.updateOptions(chooseLargeTextModelOptions(large));
    setModelLargeness(model, large);
  }, [large]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel });
  }, [ariaLabel]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) setMarkers(model, markers, markersCurrent);
  }, [markers, markersCurrent]);

  return <div ref={containerRef} className="yaml-editor" />;
}
