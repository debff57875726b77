import { useEffect, useEffectEvent, useRef } from 'react';
import { monaco, setMarkers } from './monaco.ts';
import { toModelUri } from './paths.ts';
import type { MarkerDiagnostic, YamlEditorProps } from './types.ts';

const noMarkers: readonly MarkerDiagnostic[] = [];

/** A Monaco YAML editor bound to one model; `value` and `onChange` keep it controlled by the store. */
export function YamlEditor({
  value,
  onChange,
  markers = noMarkers,
  path,
  ariaLabel,
}: YamlEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const emitChange = useEffectEvent((text: string) => onChange(text));
  const initialState = useEffectEvent(() => ({ value, ariaLabel }));

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
    const subscription = model.onDidChangeContent(() => emitChange(model.getValue()));
    editorRef.current = editor;
    return () => {
      subscription.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, [path]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel });
  }, [ariaLabel]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) setMarkers(model, markers);
  }, [markers]);

  return <div ref={containerRef} className="yaml-editor" />;
}
