// The engine's work as steps (generators that pause between parts), so the editor can run a
// large analysis in slices and keep its extension host responsive.

/** Blocks analysed between two pauses of analyzeSteps: a few hundred microseconds of work. */
export const BLOCKS_PER_STEP = 32;

/** Whether a loop over blocks pauses before block `k`, once every `perStep` blocks. */
export function pausesAt(k: number, perStep: number): boolean {
  return k % perStep === perStep - 1;
}

/**
 * Runs steps until they end (their result) or the clock passes `until` (undefined): to the end
 * at once by default, or a slice at a time (the editor).
 */
export function runSteps<T>(steps: Generator<void, T, void>, until = Infinity): T | undefined {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (until !== Infinity && performance.now() >= until) return undefined;
  }
}
