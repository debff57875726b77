import type { Position, Range } from '../model/ranges.ts';

/** Converts UTF-16 offsets of a text to 1-based line/column positions (Monaco's convention) and back. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.starts.push(i + 1);
  }

  /** The 1-based position of an offset (clamped to the text). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  /** The range covering offsets [start, end). */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The offset of a 1-based position (clamped). */
  offset(position: Position): number {
    const lineStart =
      this.starts[Math.max(0, Math.min(position.line - 1, this.starts.length - 1))]!;
    return Math.min(this.text.length, lineStart + Math.max(0, position.column - 1));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
