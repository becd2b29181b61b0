// Lists as an analysis keeps them while its file is open.

/** The one empty list every result without items shares (never written to). */
export const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A copy of `list` fitted to its length, or EMPTY. An array grown by push keeps room for 16
 * items or more, and the garbage collector copies all that room for as long as the analysis
 * lives.
 */
export function fitted<T>(list: readonly T[]): readonly T[] {
  return list.length ? list.slice() : EMPTY;
}

/** A growable list of 32-bit integers, read through `data` (valid until the next push). */
export class Ints {
  data = new Int32Array(256);
  length = 0;
  push(x: number): void {
    const at = this.grow(1); // first: it may replace `data`
    this.data[at] = x;
  }
  /**
   * Makes room for `n` more items and counts them in: returns where they start in `data`, for the
   * caller to write them all. (A block's items written in place, not pushed one by one.)
   */
  grow(n: number): number {
    const at = this.length;
    if (at + n > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, at + n));
      grown.set(this.data);
      this.data = grown;
    }
    this.length = at + n;
    return at;
  }
  /** Appends `from`'s items [start, end). */
  copy(from: Ints, start: number, end: number): void {
    if (end <= start) return;
    const at = this.grow(end - start); // first: it may replace `data`
    this.data.set(from.data.subarray(start, end), at);
  }
  /** The list with no spare room: what the analysis keeps. */
  fit(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
  }
}
