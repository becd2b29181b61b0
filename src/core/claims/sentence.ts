// What a claim rule sees of one sentence, and what it returns: the words that made it a claim.
import type { ClaimKind, EntryKind, Span } from '../types';
import type { Token } from './tokens';

/** Known mentions around a sentence, as parallel arrays in order (a block's, shared by its sentences). */
export interface MentionSpans {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly entries: ReadonlyArray<{ readonly type: EntryKind }>;
}

export interface SentenceView {
  /** Masked prose of the sentence (no code, citations or URLs), sliced when a rule first reads it. */
  readonly text: string;
  /** The sentence's length, without slicing it. */
  readonly length: number;
  /** The last character that is not white space or a closing quote or bracket. */
  readonly lastMark: string;
  readonly tokens: readonly Token[];
  /** Known mentions; `offset` is where the sentence starts in their offsets, `from` the first at or after it. */
  readonly mentions: MentionSpans;
  readonly offset: number;
  readonly from: number;
}

/** The first mention of `type` inside the sentence, relative to it. */
export function firstMention(s: SentenceView, type: EntryKind): Span | undefined {
  const m = s.mentions;
  for (let k = s.from; k < m.starts.length && m.starts[k]! - s.offset < s.length; k++) {
    if (m.entries[k]!.type === type && m.ends[k]! - s.offset <= s.length)
      return { start: m.starts[k]! - s.offset, end: m.ends[k]! - s.offset };
  }
  return undefined;
}

/** Why a sentence is a claim of one kind: the words a rule matched (relative offsets). The rule's name is its record's. */
export interface Evidence extends Span {
  readonly kind: ClaimKind;
}

/** What a rule needs in a sentence before it is worth running; a rule's own words, never a copy. */
export type Trigger = { readonly words: ReadonlySet<string> } | { readonly chars: string } | { readonly always: true };

export interface ClaimRule {
  readonly kind: ClaimKind;
  /** Shown with the evidence and in the README's table. */
  readonly name: string;
  readonly trigger: Trigger;
  /** The words that make the sentence a claim of this kind, or undefined. */
  readonly find: (s: SentenceView, found: readonly Evidence[]) => Evidence | undefined;
}

export const evidence = (kind: ClaimKind, start: number, end: number): Evidence => ({ kind, start, end });

/**
 * A sentence as a range of a longer text: most sentences are never sliced (no rule reads their
 * text). One is reused from sentence to sentence (`reset`): rules keep offsets, never the view.
 */
export class SentenceRange implements SentenceView {
  #text: string | undefined;
  private source = '';
  private at = 0;
  length = 0;
  tokens: readonly Token[] = [];
  mentions: MentionSpans = { starts: [], ends: [], entries: [] };
  offset = 0;
  from = 0;

  reset(source: string, at: number, length: number, tokens: readonly Token[], mentions: MentionSpans, offset: number, from: number): this {
    this.#text = undefined;
    this.source = source;
    this.at = at;
    this.length = length;
    this.tokens = tokens;
    this.mentions = mentions;
    this.offset = offset;
    this.from = from;
    return this;
  }
  get text(): string {
    return (this.#text ??= this.source.slice(this.at, this.at + this.length));
  }
  get lastMark(): string {
    let i = this.at + this.length - 1;
    while (i >= this.at && /[\s"”’)\]]/.test(this.source[i]!)) i--;
    return i >= this.at ? this.source[i]! : '';
  }
}
