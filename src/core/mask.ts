/**
 * Replaces spans of `s` by spaces, keeping every offset where it was. `spans` is flat:
 * [start0, end0, start1, end1, ...], so a block with 100,000 citations makes no pair objects.
 */
export function maskSpans(s: string, spans: readonly number[]): string {
  if (spans.length === 0) return s;
  const pairs = spans.length >> 1;
  let order: number[] | undefined;
  for (let k = 1; k < pairs; k++) {
    if (spans[2 * k]! < spans[2 * k - 2]!) {
      // Nested brackets close inner first: put the pairs in order of their starts (a stable sort).
      order = Array.from({ length: pairs }, (_, i) => i).sort((x, y) => spans[2 * x]! - spans[2 * y]!);
      break;
    }
  }
  // A block's few spans are joined, not concatenated with `+`: join makes one flat string, where
  // `+` makes a tree that V8 flattens when first read and every later read goes through (the
  // scanners' passes: 5% of a 1 MB run). Join's cost grows faster past some thousand pieces (a line
  // of 140,000 citations took 80 ms more), so many spans are concatenated.
  const joined = pairs <= MAX_JOINED_PAIRS;
  const parts: string[] = [];
  let out = '';
  let at = 0;
  for (let k = 0; k < pairs; k++) {
    const p = order ? order[k]! : k;
    const a = spans[2 * p]!;
    const b = spans[2 * p + 1]!;
    const start = Math.max(a, at);
    if (b <= start) continue;
    if (joined) parts.push(s.slice(at, start), spaces(b - start));
    else out += s.slice(at, start) + spaces(b - start);
    at = b;
  }
  if (!joined) return out + s.slice(at);
  parts.push(s.slice(at));
  return parts.join('');
}

const MAX_JOINED_PAIRS = 1024;

/** Runs of spaces up to 64 long, made once: most masked spans are a citation or a marker. */
const SPACES = Array.from({ length: 65 }, (_, n) => ' '.repeat(n));
const spaces = (n: number): string => (n < SPACES.length ? SPACES[n]! : ' '.repeat(n));
