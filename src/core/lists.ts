// The empty list an analysis's results share.

/** The one empty list every result without items shares (never written to). */
export const EMPTY: readonly never[] = Object.freeze([]);
