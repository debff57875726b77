import { useEffect, useRef } from 'react';
import { registerEditor } from './editorRegistry.ts';
import { monaco } from './monaco.ts';
import type { DiffEditorProps, DiffHighlight } from './types.ts';
import { getEditorFontSize } from './theme.ts';

const noHighlights: readonly DiffHighlight[] = [];

/** Escapes Markdown so hover text is shown literally (names in it come from the user's YAML). */
function plainMarkdown(text: string): monaco.IMarkdownString {
  return { value: text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&'), supportHtml: false };
}

function cssToken(kind: string): string {
  return kind.replace(/[^a-z0-9-]/gi, '');
}

/** A read-only Monaco diff editor: the backed-up objects against what Velero creates. */
export function DiffEditor({
  original,
  modified,
  path,
  ariaLabel,
  highlights = noHighlights,
  activeHighlight = null,
}: DiffEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Not `file:` URIs: these models get no schema, and quick fixes never count them as editors.
    const base = `inmemory://diff/${encodeURIComponent(path)}`;
    const originalModel = monaco.editor.createModel(
      '',
      'yaml',
      monaco.Uri.parse(`${base}/backup.yaml`),
    );
    const modifiedModel = monaco.editor.createModel(
      '',
      'yaml',
      monaco.Uri.parse(`${base}/restored.yaml`),
    );
    const editor = monaco.editor.createDiffEditor(container, {
      ariaLabel,
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      fixedOverflowWidgets: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: getEditorFontSize('diff'),
      lineNumbersMinChars: 3,
      glyphMargin: false,
      renderOverviewRuler: false,
      renderMarginRevertIcon: false,
      renderGutterMenu: false,
      wordWrap: 'on',
      diffWordWrap: 'on',
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 560,
      hideUnchangedRegions: { enabled: true, contextLineCount: 3, minimumLineCount: 4 },
    });
    editor.setModel({ original: originalModel, modified: modifiedModel });
    const modifiedEditor = editor.getModifiedEditor();
    // Monaco 0.57's diff editor does not hand originalAriaLabel/modifiedAriaLabel to its two
    // editors, whose text boxes then have an empty name (axe: aria-input-field-name).
    editor.getOriginalEditor().updateOptions({ ariaLabel: `${ariaLabel}: as backed up` });
    modifiedEditor.updateOptions({ ariaLabel: `${ariaLabel}: as Velero creates it` });
    decorationsRef.current = modifiedEditor.createDecorationsCollection();
    const unregister = registerEditor(path, {
      reveal(range, { focus }) {
        modifiedEditor.setPosition({ lineNumber: range.start.line, column: range.start.column });
        modifiedEditor.revealLinesInCenterIfOutsideViewport(range.start.line, range.end.line);
        if (focus) modifiedEditor.focus();
      },
      cursor() {
        const position = modifiedEditor.getPosition();
        return position ? { line: position.lineNumber, column: position.column } : null;
      },
      markers: () => [],
    });
    editorRef.current = editor;
    return () => {
      unregister();
      decorationsRef.current = null;
      editorRef.current = null;
      editor.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
    };
  }, [path, ariaLabel]);

  useEffect(() => {
    const models = editorRef.current?.getModel();
    if (!models) return;
    if (models.original.getValue() !== original) models.original.setValue(original);
    if (models.modified.getValue() !== modified) models.modified.setValue(modified);
  }, [original, modified]);

  useEffect(() => {
    decorationsRef.current?.set(
      highlights.map((h, i) => ({
        range: new monaco.Range(h.startLine, 1, h.endLine, 1),
        options: {
          isWholeLine: true,
          className: i === activeHighlight ? 'diff-block-line--active' : undefined,
          linesDecorationsClassName: `diff-block-bar diff-block-bar--${cssToken(h.kind)}`,
          hoverMessage: plainMarkdown(h.hover),
        },
      })),
    );
  }, [highlights, activeHighlight, original, modified]);

  return <div ref={containerRef} className="diff-editor" />;
}
