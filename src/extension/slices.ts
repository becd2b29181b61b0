// Work on large files in slices: a few milliseconds of work, then the extension host handles
// whatever else waits (keys, hovers, other extensions), then the next slice.

/** The longest one slice of work runs before it lets other events through. */
export const SLICE_MS = 8;

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

let turns: Promise<void> = Promise.resolve();
/**
 * A turn of the event loop after those taken by earlier callers: callers that wait for the same
 * thing resume one per turn, with the host's other events between them. Immediates queued in one
 * turn all run in the next, with no timer or message between them.
 */
export const turnOfItsOwn = (): Promise<void> => (turns = turns.then(nextTurn));

/**
 * The clock of a loop that works in slices: `due()` in the loop says when the slice has run
 * SLICE_MS, and `pause()` then lets a turn of the event loop through. The clock is read every
 * 256 calls: reading it costs more than most items of work.
 */
export class Slices {
  private until = performance.now() + SLICE_MS;
  private calls = 0;

  due(): boolean {
    return (++this.calls & 255) === 0 && performance.now() >= this.until;
  }

  async pause(): Promise<void> {
    await nextTurn();
    this.until = performance.now() + SLICE_MS;
  }
}

/** `items.map(fn)`, pausing for a turn of the event loop whenever a slice has run SLICE_MS. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  const slices = new Slices();
  for (let i = 0; i < items.length; i++) {
    if (slices.due()) await slices.pause();
    out.push(fn(items[i]!));
  }
  return out;
}
