/** Replaces the given [start, end) spans of `s` by spaces, keeping every offset where it was. */
export function maskSpans(s: string, spans: Array<readonly [number, number]>): string {
  if (spans.length === 0) return s;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    const start = Math.max(a, at);
    if (b <= start) continue;
    out += s.slice(at, start) + ' '.repeat(b - start);
    at = b;
  }
  return out + s.slice(at);
}
