// Suggestions for a mistyped citation key: the known keys closest by edit distance.

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), ignoring case; stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Up to `count` keys within a third of the key's length (at least 2 edits), closest first, then
 * alphabetically. A key that differs only in case comes first.
 */
export function closestKeys(key: string, keys: Iterable<string>, count = 3): string[] {
  const max = Math.max(2, Math.floor(key.length / 3));
  const scored: Array<{ key: string; d: number }> = [];
  for (const k of keys) {
    if (k === key) continue;
    const d = editDistance(key, k, max);
    if (d <= max) scored.push({ key: k, d });
  }
  return scored
    .sort((x, y) => x.d - y.d || x.key.localeCompare(y.key))
    .slice(0, count)
    .map((s) => s.key);
}
