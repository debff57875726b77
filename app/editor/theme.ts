import type * as Monaco from 'monaco-editor/editor';

/** Font sizes of the two kinds of editor; the presenter view adds PRESENTER_STEP to both. */
const FONT_SIZE = { text: 14, diff: 13 } as const;
const PRESENTER_STEP = 4;

type EditorKind = keyof typeof FONT_SIZE;

/** An editor's font size for the page's display (see app/state/display.ts). */
export function getEditorFontSize(kind: EditorKind): number {
  const presenter = 'presenter' in document.documentElement.dataset;
  return FONT_SIZE[kind] + (presenter ? PRESENTER_STEP : 0);
}

/**
 * Monaco's own themes with the colours that fell short of WCAG AA contrast (4.5:1) in the diff
 * editor fixed: the dimmed line number after the last line, and YAML tokens on the green of
 * inserted lines (light: darker keys and numbers; dark: darker line backgrounds).
 */
function defineThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme('designer-light', {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'type', foreground: '00605e' },
      { token: 'number', foreground: '05663f' },
    ],
    colors: { 'editorLineNumber.dimmedForeground': '#6e7781' },
  });
  monaco.editor.defineTheme('designer-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    // Darker greens and reds than vs-dark's, so its token colours keep 4.5:1 on changed lines.
    colors: {
      'editorLineNumber.dimmedForeground': '#8b949e',
      'diffEditor.insertedLineBackground': '#1f2d22',
      'diffEditor.insertedTextBackground': '#2ea0431f',
      'diffEditor.removedLineBackground': '#2d1f1f',
      'diffEditor.removedTextBackground': '#f851491f',
    },
  });
}

/**
 * Keeps Monaco's (global) theme and every editor's font size on the page's display: the root
 * element's `data-theme` and `data-presenter`, which the page's CSS reads too.
 */
export function followPageDisplay(monaco: typeof Monaco): void {
  defineThemes(monaco);
  const root = document.documentElement;
  const apply = (): void => {
    monaco.editor.setTheme(root.dataset['theme'] === 'dark' ? 'designer-dark' : 'designer-light');
    const inDiff = new Set(
      monaco.editor.getDiffEditors().flatMap((d) => [d.getOriginalEditor(), d.getModifiedEditor()]),
    );
    for (const editor of monaco.editor.getEditors())
      editor.updateOptions({ fontSize: getEditorFontSize(inDiff.has(editor) ? 'diff' : 'text') });
  };
  apply();
  new MutationObserver(apply).observe(root, {
    attributes: true,
    attributeFilter: ['data-theme', 'data-presenter'],
  });
}
