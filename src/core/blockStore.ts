// What an analysis learned from each of its blocks, in block order, in a few flat lists: numbers
// in typed arrays, entries and citations in one array each. An analysis keeps this while its file
// is open. Kept as a few small arrays and objects per block, a 1 MB file's results were tens of
// thousands of objects that the garbage collector copied once or twice while the analysis was
// built (without them, in an experiment, the analysis took 97 ms instead of 147); it never looks
// inside a typed array. Offsets are relative to each block, so an unchanged block's items are
// copied as they are into the next analysis's store.
import type { BlockResult } from './blockAnalysis';
import type { MentionList } from './mentionMatcher';
import { unpackEvidence } from './claims';
import { Ints } from './lists';
import { oneKeyCitation, oneKeyOf, type InlineComment, type RawCitation, type RawLink } from './inline';
import type { ClaimEvidence, Entry, MentionForm } from './types';
import type { RawDiagnostic } from './yamlNodes';

/** The parts of a block that few blocks have. */
export interface BlockExtras {
  readonly comments: readonly InlineComment[];
  readonly refErrors: readonly RawDiagnostic[];
  readonly links: readonly RawLink[];
  readonly heading?: string;
}

// A block's record: its offset, then where its items end in each list (they start where the
// previous block's end).
const AT = 0;
const MENTIONS = 1;
const INNER = 2;
const NAMES = 3;
const CLAIMS = 4;
const EVIDENCE = 5;
const CITATIONS = 6;
const BLOCK = 7;
/** A mention's, inner mention's or name's record: start, end, flags. */
const SPAN = 3;
/** A claim's record: start, end, kinds (a mask of kindBit), its citations' range in its block's, where its evidence ends. */
const CLAIM = 6;

/** How a mention is written, as one number: its form's index in FORMS, and EXPLICIT. */
const FORMS: ReadonlyArray<MentionForm | undefined> = [undefined, 'demonym', 'capital'];
const EXPLICIT = 4;
export const mentionFlags = (explicit: boolean, form: MentionForm | undefined): number =>
  (explicit ? EXPLICIT : 0) | (form === undefined ? 0 : FORMS.indexOf(form));
export const formOf = (flags: number): MentionForm | undefined => FORMS[flags & 3];
export const isExplicit = (flags: number): boolean => (flags & EXPLICIT) !== 0;

export type ListName = 'mentions' | 'inner' | 'names' | 'claims' | 'citations';
/**
 * Appends a block's mentions to a store's columns (start, end, how each is written) and their
 * entries; `explicit`: whether the list can hold bracketed spans (inner mentions cannot).
 */
function addMentions(m: MentionList, into: Ints, entries: Entry[], explicit: boolean): void {
  let at = into.grow(m.starts.length * SPAN);
  const d = into.data;
  for (let k = 0; k < m.starts.length; k++, at += SPAN) {
    d[at] = m.starts[k]!;
    d[at + 1] = m.ends[k]!;
    d[at + 2] = mentionFlags(explicit && m.explicit?.[k] === true, m.forms?.[k]);
    entries.push(m.entries[k]!);
  }
}

/** A list's column. A switch, not a record: a record read by five keys went megamorphic. */
function columnOf(list: ListName): number {
  switch (list) {
    case 'mentions':
      return MENTIONS;
    case 'inner':
      return INNER;
    case 'names':
      return NAMES;
    case 'claims':
      return CLAIMS;
    case 'citations':
      return CITATIONS;
  }
}

export class BlockStore {
  private readonly blocks = new Ints();
  private readonly mentions = new Ints();
  private readonly mentionEntries: Entry[] = [];
  private readonly inner = new Ints();
  private readonly innerEntries: Entry[] = [];
  private readonly names = new Ints();
  private readonly claims = new Ints();
  private readonly evidence = new Ints();
  /**
   * The citations: a `[@key]` (most of them) as its key here and its offsets in `citationSpans`,
   * made an object again when read; any other as its object. Kept as objects, 4,000 of them at
   * 1 MB were copied and promoted by the garbage collector while the analysis was built.
   */
  private readonly citationItems: Array<string | RawCitation> = [];
  private readonly citationSpans = new Ints();
  /** By block, for the blocks that have any. */
  private readonly extras = new Map<number, BlockExtras>();
  private count = 0;

  get blockCount(): number {
    return this.count;
  }

  /** Adds a block analysed at offset `at`. */
  add(at: number, r: BlockResult): void {
    // Each list's room is made once for the block's items, which are then written in place.
    // Indexed loops: some of these lists are the shared, frozen EMPTY, and a for-of that meets a
    // frozen array makes an iterator result per item.
    const m = r.mentions;
    addMentions(m, this.mentions, this.mentionEntries, true);
    if (m.inner) addMentions(m.inner, this.inner, this.innerEntries, false);
    const names = r.names;
    let w = this.names.grow(names.starts.length * SPAN);
    let d = this.names.data;
    for (let k = 0; k < names.starts.length; k++, w += SPAN) {
      d[w] = names.starts[k]!;
      d[w + 1] = names.ends[k]!;
      d[w + 2] = names.flags[k]!;
    }
    w = this.claims.grow(r.sentences.length * CLAIM);
    d = this.claims.data;
    for (let k = 0; k < r.sentences.length; k++, w += CLAIM) {
      const s = r.sentences[k]!;
      d[w] = s.start;
      d[w + 1] = s.end;
      d[w + 2] = s.kinds;
      d[w + 3] = s.citationsFrom;
      d[w + 4] = s.citationsTo;
      for (let e = 0; e < s.evidence.length; e++) this.evidence.push(s.evidence[e]!);
      d[w + 5] = this.evidence.length;
    }
    w = this.citationSpans.grow(r.citations.length * 2);
    d = this.citationSpans.data;
    for (let k = 0; k < r.citations.length; k++, w += 2) {
      const c = r.citations[k]!;
      this.citationItems.push(oneKeyOf(c) ?? c);
      d[w] = c.start;
      d[w + 1] = c.end;
    }
    if (r.comments.length || r.refErrors.length || r.links.length || r.heading !== undefined)
      this.extras.set(this.count, { comments: r.comments, refErrors: r.refErrors, links: r.links, heading: r.heading });
    this.close(at);
  }

  /** Adds block `k` of `from` (an earlier analysis's store), unchanged, at offset `at`. */
  addFrom(from: BlockStore, k: number, at: number): void {
    const m0 = from.from(k, MENTIONS);
    const m1 = from.to(k, MENTIONS);
    this.mentions.copy(from.mentions, m0 * SPAN, m1 * SPAN);
    for (let i = m0; i < m1; i++) this.mentionEntries.push(from.mentionEntries[i]!);
    const i0 = from.from(k, INNER);
    const i1 = from.to(k, INNER);
    this.inner.copy(from.inner, i0 * SPAN, i1 * SPAN);
    for (let i = i0; i < i1; i++) this.innerEntries.push(from.innerEntries[i]!);
    const n0 = from.from(k, NAMES);
    const n1 = from.to(k, NAMES);
    this.names.copy(from.names, n0 * SPAN, n1 * SPAN);
    const c0 = from.from(k, CLAIMS);
    const c1 = from.to(k, CLAIMS);
    const e0 = from.from(k, EVIDENCE);
    const e1 = from.to(k, EVIDENCE);
    const shift = this.evidence.length - e0; // where its evidence moves to
    const d = from.claims.data;
    for (let c = c0; c < c1; c++) {
      for (let f = 0; f < CLAIM - 1; f++) this.claims.push(d[c * CLAIM + f]!);
      this.claims.push(d[c * CLAIM + CLAIM - 1]! + shift);
    }
    this.evidence.copy(from.evidence, e0, e1);
    const q0 = from.from(k, CITATIONS);
    const q1 = from.to(k, CITATIONS);
    for (let q = q0; q < q1; q++) this.citationItems.push(from.citationItems[q]!);
    this.citationSpans.copy(from.citationSpans, q0 * 2, q1 * 2);
    const extras = from.extras.get(k);
    if (extras) this.extras.set(this.count, extras);
    this.close(at);
  }

  private close(at: number): void {
    this.blocks.push(at);
    this.blocks.push(this.mentionEntries.length);
    this.blocks.push(this.innerEntries.length);
    this.blocks.push(this.names.length / SPAN);
    this.blocks.push(this.claims.length / CLAIM);
    this.blocks.push(this.evidence.length);
    this.blocks.push(this.citationItems.length);
    this.count++;
  }

  /** Done adding: the lists lose their spare room. */
  fit(): void {
    for (const list of [this.blocks, this.mentions, this.inner, this.names, this.claims, this.evidence, this.citationSpans]) list.fit();
  }

  /** Block `k`'s offset in the text. */
  at(k: number): number {
    return this.blocks.data[k * BLOCK + AT]!;
  }

  /** The index of block `k`'s first item in a list. */
  first(k: number, list: ListName): number {
    return this.from(k, columnOf(list));
  }

  /** The index past block `k`'s last item in a list. */
  end(k: number, list: ListName): number {
    return this.to(k, columnOf(list));
  }

  private from(k: number, column: number): number {
    return k === 0 ? 0 : this.to(k - 1, column);
  }

  private to(k: number, column: number): number {
    return this.blocks.data[k * BLOCK + column]!;
  }

  extrasOf(k: number): BlockExtras | undefined {
    return this.extras.get(k);
  }

  // Item `i` of a list, with offsets relative to its block.
  mentionStart(i: number): number {
    return this.mentions.data[i * SPAN]!;
  }
  mentionEnd(i: number): number {
    return this.mentions.data[i * SPAN + 1]!;
  }
  mentionEntry(i: number): Entry {
    return this.mentionEntries[i]!;
  }
  /** mentionFlags: its form, and whether it is explicit. */
  mentionFlags(i: number): number {
    return this.mentions.data[i * SPAN + 2]!;
  }
  innerStart(i: number): number {
    return this.inner.data[i * SPAN]!;
  }
  innerEnd(i: number): number {
    return this.inner.data[i * SPAN + 1]!;
  }
  innerEntry(i: number): Entry {
    return this.innerEntries[i]!;
  }
  innerFlags(i: number): number {
    return this.inner.data[i * SPAN + 2]!;
  }
  nameStart(i: number): number {
    return this.names.data[i * SPAN]!;
  }
  nameEnd(i: number): number {
    return this.names.data[i * SPAN + 1]!;
  }
  nameFlags(i: number): number {
    return this.names.data[i * SPAN + 2]!;
  }
  claimStart(i: number): number {
    return this.claims.data[i * CLAIM]!;
  }
  claimEnd(i: number): number {
    return this.claims.data[i * CLAIM + 1]!;
  }
  /** A mask of kindBit (claims/kindsOf). */
  claimKinds(i: number): number {
    return this.claims.data[i * CLAIM + 2]!;
  }
  /** The first of its block's citations that stand in the claim (indexes relative to the block's first). */
  claimCitationsFrom(i: number): number {
    return this.claims.data[i * CLAIM + 3]!;
  }
  claimCitationsTo(i: number): number {
    return this.claims.data[i * CLAIM + 4]!;
  }
  /** Citation `i`'s key when it is a `[@key]`, which citation(i) would make an object of: undefined for any other. */
  citationKey(i: number): string | undefined {
    const item = this.citationItems[i]!;
    return typeof item === 'string' ? item : undefined;
  }
  citationEnd(i: number): number {
    return this.citationSpans.data[2 * i + 1]!;
  }
  citation(i: number): RawCitation {
    const item = this.citationItems[i]!;
    return typeof item === 'string' ? oneKeyCitation(this.citationSpans.data[2 * i]!, this.citationSpans.data[2 * i + 1]!, item) : item;
  }

  /**
   * Claim `i`'s evidence, placed at `at` in `source` (claims/unpackEvidence). Read in place: a
   * view of the packed triples was an object per diagnostic message, after every edit.
   */
  claimEvidence(i: number, at: number, source: string): ClaimEvidence[] {
    const end = this.claims.data[i * CLAIM + CLAIM - 1]!;
    const start = i === 0 ? 0 : this.claims.data[(i - 1) * CLAIM + CLAIM - 1]!;
    return unpackEvidence(this.evidence.data, start, end, at, source);
  }

  /** The links to other files, with offsets in the text. */
  links(): Array<{ start: number; end: number; url: string }> {
    const out: Array<{ start: number; end: number; url: string }> = [];
    for (const [k, extras] of this.extras) {
      const b = this.at(k);
      for (const l of extras.links) out.push({ start: b + l.start, end: b + l.end, url: l.url });
    }
    return out;
  }
}
