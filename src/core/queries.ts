// Read-only questions every front end asks of an Analysis. Lookups by offset are binary searches.
import type { Analysis } from './analysis';
import type { Citation, CitedKey, Claim, EntryKind, Mention, Span } from './types';

/** The item of a sorted, non-overlapping list that contains `offset` (end inclusive, as a cursor after a word). */
function at<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid]!;
    if (offset < it.start) hi = mid - 1;
    else if (offset > it.end) lo = mid + 1;
    else return it;
  }
  return undefined;
}

export function mentionAt(a: Analysis, offset: number): Mention | undefined {
  return at(a.mentions, offset);
}

export function citationAt(a: Analysis, offset: number): Citation | undefined {
  return at(a.citations, offset);
}

/** The citation key under `offset`, with its citation. */
export function citedKeyAt(a: Analysis, offset: number): { citation: Citation; key: CitedKey } | undefined {
  const citation = citationAt(a, offset);
  const key = citation?.keys.find((k) => offset >= k.start - 1 && offset <= k.end);
  return citation && key ? { citation, key } : undefined;
}

export function claimAt(a: Analysis, offset: number): Claim | undefined {
  return at(a.claims, offset);
}

/** Mention counts per entry, keyed `kind:id`. */
export function mentionCounts(a: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of a.mentions) counts.set(`${m.type}:${m.id}`, (counts.get(`${m.type}:${m.id}`) ?? 0) + 1);
  return counts;
}

export function mentionsOf(a: Analysis, kind: EntryKind, id: string): Mention[] {
  return a.mentions.filter((m) => m.type === kind && m.id === id);
}

export interface ClaimSummary {
  readonly claims: number;
  readonly cited: number;
  readonly uncited: number;
  /** Percentage of claims that are cited, rounded; 100 when there are none. */
  readonly coverage: number;
}

export function claimSummary(a: Analysis): ClaimSummary {
  const cited = a.claims.filter((c) => c.cited).length;
  const claims = a.claims.length;
  return { claims, cited, uncited: claims - cited, coverage: claims === 0 ? 100 : Math.round((cited / claims) * 100) };
}
