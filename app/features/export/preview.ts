/**
 * The part of an export drawn on the page. A full restore of 2,000 pods is 4 MB of YAML: drawn
 * whole, the browser spends seconds laying it out at every engine result. Copy and Download
 * always take the whole text.
 */
export const PREVIEW_LINES = 400;
export const PREVIEW_CHARS = 40_000;
/** Longer texts are not counted line by line: at every engine result that would take tens of ms. */
export const COUNTED_CHARS = 1_000_000;

export interface Preview {
  /** The first lines of the text, whole lines only (unless one line alone is too long). */
  text: string;
  /**
   * Lines in the whole text (a trailing line break ends the last line, it does not start one);
   * null for a text over COUNTED_CHARS that is not shown whole.
   */
  lines: number | null;
  /** Lines in `text`. */
  shownLines: number;
  truncated: boolean;
}

export function buildPreview(
  text: string,
  maxLines = PREVIEW_LINES,
  maxChars = PREVIEW_CHARS,
): Preview {
  let end = 0;
  let shownLines = 0;
  while (shownLines < maxLines && end < text.length) {
    const next = text.indexOf('\n', end);
    const lineEnd = next === -1 ? text.length : next + 1;
    if (lineEnd > maxChars) {
      // A first line longer than the budget is cut; otherwise whole lines only.
      if (shownLines === 0) end = maxChars;
      break;
    }
    end = lineEnd;
    shownLines++;
  }
  if (end >= text.length) {
    const lines = countLines(text);
    return { text, lines, shownLines: lines, truncated: false };
  }
  return {
    text: text.slice(0, end),
    lines: text.length > COUNTED_CHARS ? null : countLines(text),
    shownLines: Math.max(shownLines, 1),
    truncated: true,
  };
}

function countLines(text: string): number {
  if (text === '') return 0;
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return text.endsWith('\n') ? count : count + 1;
}
