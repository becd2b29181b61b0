// Linear time as a tested property: every hostile family of scripts/bench/hostile.ts is timed at
// n and 4n characters, and fails when the time grows much faster than fourfold (a quadratic
// scanner grows sixteenfold). Part of the fuzz suite (npm run fuzz), not of npm test: it times.
import { strict as assert } from 'node:assert';
import { builtinKnowledge } from '../../src/knowledge';
import { HOSTILE, prepare } from '../../scripts/bench/hostile';

const N = Number(process.env.POLICY_LENS_GROWTH_SIZE ?? 50_000);
/** Below this the large input is fast enough whatever its growth: timer noise, not a hang. */
const FLOOR_MS = 25;
const MAX_RATIO = 10;

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

describe('growth: hostile inputs take time in proportion to their size', function () {
  this.timeout(120_000);
  const builtin = builtinKnowledge();
  for (const family of HOSTILE) {
    it(family.name, () => {
      const small = prepare(family.make(N), builtin);
      const large = prepare(family.make(4 * N), builtin);
      small();
      let small_ms = 0;
      let large_ms = 0;
      // A slow spell of the machine can inflate one measurement: three tries before failing.
      for (let attempt = 0; attempt < 3; attempt++) {
        small_ms = best(small, 3);
        large_ms = best(large, 3);
        if (large_ms < FLOOR_MS || large_ms / small_ms <= MAX_RATIO) return;
      }
      assert.fail(
        `${family.name}: ${small_ms.toFixed(1)} ms at ${N} characters, ${large_ms.toFixed(1)} ms at ` +
          `${4 * N} (${(large_ms / small_ms).toFixed(1)}x for 4x the input)`,
      );
    });
  }
});
