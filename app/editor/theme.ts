import type * as Monaco from 'monaco-editor/editor';

const darkQuery = '(prefers-color-scheme: dark)';

/** Keeps Monaco's (global) theme on the OS colour scheme, like the page's CSS variables. */
export function followSystemTheme(monaco: typeof Monaco): void {
  const media = window.matchMedia(darkQuery);
  const apply = (): void => monaco.editor.setTheme(media.matches ? 'vs-dark' : 'vs');
  apply();
  media.addEventListener('change', apply);
}
