// Work on large files in slices: a few milliseconds of work, then the extension host handles
// whatever else waits (keys, hovers, other extensions), then the next slice.

/** The longest one slice of work runs before it lets other events through. */
export const SLICE_MS = 8;

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `items.map(fn)`, pausing for a turn of the event loop whenever a slice has run SLICE_MS. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  let until = performance.now() + SLICE_MS;
  for (let i = 0; i < items.length; i++) {
    // The clock is read every 256 items: reading it costs more than converting one.
    if ((i & 255) === 255 && performance.now() >= until) {
      await nextTurn();
      until = performance.now() + SLICE_MS;
    }
    out.push(fn(items[i]!));
  }
  return out;
}
