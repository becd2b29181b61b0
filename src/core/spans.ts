// The spans an Analysis hands out (mentions, claims, citations and their keys), made from the
// blocks' packed results when first read. Their ranges are computed when asked.
import { formOf, isExplicit, type BlockStore } from './blockStore';
import type { RawCitation } from './inline';
import type { LineIndex } from './lineIndex';
import type {
  Citation,
  CitedKey,
  Claim,
  ClaimEvidence,
  ClaimKind,
  DiagnosticData,
  Entry,
  FootnoteDefinition,
  Heading,
  Mention,
  MentionForm,
  Range,
} from './types';

/**
 * Spans whose `range` is computed from `start`/`end` when asked: an analysis holds tens of
 * thousands of spans, and most ranges are never read (hovers and trees read a few). One set of
 * classes for every analysis, each span holding its analysis's line index: classes made per
 * analysis gave every edit's spans new shapes, and the code that reads them went megamorphic.
 */
export class Located {
  readonly #lines: LineIndex;
  constructor(
    readonly start: number,
    readonly end: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }
  get range(): Range {
    return this.#lines.range(this.start, this.end);
  }
  /** The analysed text. */
  protected analysedText(): string {
    return this.#lines.text;
  }
}
/** A mention: its entry and how it is written are read through, so each costs five fields (the Actors view reads 20,000). */
export class MentionSpan extends Located implements Mention {
  readonly #entry: Entry;
  readonly #flags: number;
  /** `flags`: how it is written (blockStore.ts mentionFlags). */
  constructor(start: number, end: number, lines: LineIndex, entry: Entry, flags: number) {
    super(start, end, lines);
    this.#entry = entry;
    this.#flags = flags;
  }
  get type(): Mention['type'] {
    return this.#entry.type;
  }
  get id(): string {
    return this.#entry.id;
  }
  get explicit(): boolean {
    return isExplicit(this.#flags);
  }
  get form(): MentionForm | undefined {
    return formOf(this.#flags);
  }
}

export class ClaimSpan extends Located implements Claim {
  readonly #store: BlockStore;
  readonly #claim: number;
  /** The claim's citations: indexes into the analysis's, from the first to past the last. */
  readonly #from: number;
  readonly #to: number;
  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    readonly kinds: readonly ClaimKind[],
    store: BlockStore,
    claim: number,
    citationsFrom: number,
    citationsTo: number,
  ) {
    super(start, end, lines);
    this.#store = store;
    this.#claim = claim;
    this.#from = citationsFrom;
    this.#to = citationsTo;
  }
  get cited(): boolean {
    return this.#to > this.#from;
  }
  /** Made when read: a report reads them, the views do not. */
  get citations(): readonly number[] {
    return Array.from({ length: this.#to - this.#from }, (_, k) => this.#from + k);
  }
  /** Made when read, and not kept: a tooltip reads one claim's, a report each once. */
  get evidence(): readonly ClaimEvidence[] {
    return this.#store.claimEvidence(this.#claim, this.start, this.analysedText());
  }
}
/** A heading, its range made when read (an outline or a breadcrumb reads a few of 250). */
export class HeadingSpan extends Located implements Heading {
  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    readonly level: number,
    readonly text: string,
  ) {
    super(start, end, lines);
  }
}

/** A footnote's definition, its range made when read. */
export class FootnoteSpan extends Located implements FootnoteDefinition {
  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    readonly label: string,
  ) {
    super(start, end, lines);
  }
}

class KeySpan extends Located implements CitedKey {
  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    readonly key: string,
    readonly locator: boolean,
  ) {
    super(start, end, lines);
  }
}
class CitationSpan extends Located implements Citation {
  constructor(
    start: number,
    end: number,
    lines: LineIndex,
    readonly kind: Citation['kind'],
    readonly keys: readonly CitedKey[],
    readonly label?: string,
    readonly url?: string,
  ) {
    super(start, end, lines);
  }
}

/**
 * An uncited claim's diagnostic data: its kinds, and its evidence placed in the text when read
 * (for its message, once), not kept.
 */
export class ClaimData implements DiagnosticData {
  constructor(
    readonly kinds: readonly ClaimKind[],
    store: BlockStore,
    claim: number,
    at: number,
    source: string,
  ) {
    this.#store = store;
    this.#claim = claim;
    this.#at = at;
    this.#source = source;
  }
  readonly #store: BlockStore;
  readonly #claim: number;
  readonly #at: number;
  readonly #source: string;
  get evidence(): readonly ClaimEvidence[] {
    return this.#store.claimEvidence(this.#claim, this.#at, this.#source);
  }
}

/** A block-relative citation placed at the block's offset `b`. */
export function toCitation(c: RawCitation, b: number, lines: LineIndex): Citation {
  const keys = c.keys.map((k) => new KeySpan(b + k.start, b + k.end, lines, k.key, k.locator === true));
  return new CitationSpan(b + c.start, b + c.end, lines, c.kind, keys, c.label, c.url);
}
