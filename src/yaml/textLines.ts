/** The offset where the line holding `offset` starts (just after the previous newline). */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the newline that ends the line holding `offset`, or the text's length on the last line. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

/** The 0-based column of `offset` on its line, in UTF-16 code units. */
export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}
