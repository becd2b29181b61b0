// Read-only questions every front end asks of an Analysis. Lookups by offset are binary searches.
import type { Analysis } from './analysis';
import type { Citation, CitedKey, Claim, Diagnostic, Entry, EntryKind, Mention, Reference, Span } from './types';
import type { NameMention, UnrecognizedName } from './unrecognized';

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

/** What stands at `offset`: a cited key with its reference (if known), or a mention with its entry. */
export type Target =
  | { readonly kind: 'citation'; readonly key: CitedKey; readonly reference: Reference | undefined }
  | { readonly kind: 'mention'; readonly mention: Mention; readonly entry: Entry | undefined };

export function targetAt(a: Analysis, offset: number): Target | undefined {
  const cited = citedKeyAt(a, offset);
  if (cited) return { kind: 'citation', key: cited.key, reference: a.references.get(cited.key.key) };
  const mention = mentionAt(a, offset);
  return mention ? { kind: 'mention', mention, entry: a.knowledge.get(mention.type, mention.id) } : undefined;
}

/**
 * The diagnostics that run from `start` to `end` (offsets), as a quick fix looks for the one it
 * was asked about. A binary search: the analysis keeps them in offset order, and a 4.5 MB file
 * has 22,000 of them (the editor asks again at each move of the cursor onto one).
 */
export function diagnosticsAt(a: Analysis, start: number, end: number): Diagnostic[] {
  const ds = a.diagnostics;
  const out: Diagnostic[] = [];
  for (let k = firstFrom(ds, start); k < ds.length && ds[k]!.start === start; k++) if (ds[k]!.end === end) out.push(ds[k]!);
  return out;
}

/** The index of the first item, in a list sorted by start, that starts at or after `offset` (its length if none). */
export function firstFrom(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function claimAt(a: Analysis, offset: number): Claim | undefined {
  return at(a.claims, offset);
}

/** Every mention of an entry, those inside longer names included, in order. */
export function mentionsOf(a: Analysis, kind: EntryKind, id: string): Mention[] {
  const of = (m: Mention) => m.type === kind && m.id === id;
  const inner = a.innerMentions.filter(of);
  const own = a.mentions.filter(of);
  return inner.length ? [...own, ...inner].sort((x, y) => x.start - y.start) : own;
}

/** The unrecognised name written at `offset` (end inclusive), and which of its mentions it is. */
export function unrecognizedAt(a: Analysis, offset: number): { name: UnrecognizedName; mention: NameMention } | undefined {
  for (const name of a.unrecognized) {
    const mention = name.mentions.find((m) => offset >= m.start && offset <= m.end);
    if (mention) return { name, mention };
  }
  return undefined;
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
