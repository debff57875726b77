import { useEffect, useEffectEvent, useRef } from 'react';
import { registerEditor } from './editorRegistry.ts';
import { largeModelOptions, largeTextModelOptions, LARGE_MODEL_CHARS } from './largeModel.ts';
import { fromMarker, MARKER_OWNER } from './markers.ts';
import { monaco, setMarkers } from './monaco.ts';
import { toModelUri } from './paths.ts';
import { forgetFixes } from './quickFixes.ts';
import type { EditorTextEdit, MarkerDiagnostic, YamlEditorProps } from './types.ts';

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
  /** True while the store's value is written into the model: those changes are not the user's. */
  const replacing = useRef(false);
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
      monaco.editor.getModel(uri) ?? monaco.editor.createModel(initial.value, 'yaml', uri);
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const editor = monaco.editor.create(container, {
      model,
      ariaLabel: initial.ariaLabel,
      automaticLayout: true,
      fixedOverflowWidgets: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 14,
      lineNumbersMinChars: 3,
      renderLineHighlight: 'line',
      wordWrap: 'on',
      wrappingIndent: 'indent',
      // Wrap long values at spaces and commas, not inside paths and image names.
      wordWrapBreakAfterCharacters: ' \t})]?|&,;',
    });
    /** The model's changes since the last report; undefined once one of them was not the user's. */
    let edits: EditorTextEdit[] | undefined = [];
    const emit = () => {
      // Cheap even for 4 MB: Monaco returns the text as a rope that nothing here flattens.
      const text = model.getValue();
      emitted.current = text;
      const made = edits;
      edits = [];
      emitChange(text, made);
    };
    // A large text is read and reported in a task after the keystroke's: Monaco's own handling of
    // the key and the store's update would add up to more than a frame in one task.
    let deferred: ReturnType<typeof setTimeout> | undefined;
    const subscription = model.onDidChangeContent((event) => {
      if (replacing.current) edits = undefined;
      else
        edits?.push(
          ...event.changes.map((c) => ({
            offset: c.rangeOffset,
            length: c.rangeLength,
            text: c.text,
          })),
        );
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
        monaco.editor.getModelMarkers({ resource: uri, owner: MARKER_OWNER }).map(fromMarker),
    });
    editorRef.current = editor;
    return () => {
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
    const model = editorRef.current?.getModel();
    // The editor's own change coming back from the store: no second read of the whole text.
    if (!model || value === emitted.current || model.getValue() === value) return;
    replacing.current = true;
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    } finally {
      replacing.current = false;
    }
  }, [value]);

  const large = value.length > LARGE_MODEL_CHARS;
  useEffect(() => {
    editorRef.current?.updateOptions(largeModelOptions(large));
    editorRef.current?.getModel()?.updateOptions(largeTextModelOptions(large));
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
