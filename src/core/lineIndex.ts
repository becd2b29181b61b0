import type { Position, Range } from './types';

/**
 * Offset <-> position conversion. Line breaks are \n, \r\n and a lone \r, as in VS Code.
 * Built once per text; lookups are binary searches, but for one near the last.
 */
export class LineIndex {
  /**
   * Where each line starts. A typed array: the garbage collector neither scans nor copies it (a
   * 1 MB file has 25,000 lines, and its index lives as long as the analysis).
   */
  private readonly starts: Int32Array;

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case: only \n, found by the native search (twice: to count, then to fill).
      let count = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
      const starts = new Int32Array(count);
      let k = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
      this.starts = starts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = Int32Array.from(starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1]!;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /**
   * The line lineOf found last. Readers mostly go forward through the file (the diagnostics, the
   * Claims view's rows, a range's end after its start), so the next offset is often on that line
   * or the one after it, found without a search.
   */
  private last = 0;

  lineOf(offset: number): number {
    const s = this.starts;
    const near = this.last;
    if (s[near]! <= offset) {
      if (near + 1 >= s.length || offset < s[near + 1]!) return near;
      if (near + 2 >= s.length || offset < s[near + 2]!) return (this.last = near + 1);
    }
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }

  /** The position of an offset; one inside a line break (between \r and \n) is the end of its line. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: Math.min(o, this.lineEnd(line)) - this.starts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[position.line]! + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
