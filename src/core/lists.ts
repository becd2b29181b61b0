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
