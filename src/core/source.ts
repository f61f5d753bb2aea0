/** 1-based line and column, as editors and `file:line:col` messages count them. */
export interface Position {
  line: number;
  column: number;
}

/** A span of source text; `end` is exclusive. `startOffset`/`endOffset` index the original text. */
export interface Range {
  start: Position;
  end: Position;
  startOffset: number;
  endOffset: number;
}

/**
 * Maps offsets of a text to line/column positions. Built once per file so that every range a parser
 * or rule reports costs a binary search instead of a rescan.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] as number) + 1 };
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(endOffset), startOffset, endOffset };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** The text of a 1-based line without its newline. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
