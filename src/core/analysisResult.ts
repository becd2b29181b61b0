// The Analysis that analyze() hands out, and the spans (mentions, claims, citations) it builds
// from its blocks' results when they are first read.
import type { Analysis } from './analysis';
import type { BlockStore } from './blockStore';
import type { BlockTable } from './blockTable';
import { kindsOf } from './claims';
import type { KnowledgeBase } from './knowledge';
import type { LineIndex } from './lineIndex';
import { ClaimSpan, MentionSpan, toCitation } from './spans';
import { BLOCKS_PER_STEP, pausesAt, runSteps } from './steps';

import type { Citation, Claim, Mention } from './types';
import { groupNames, type UnrecognizedName } from './unrecognized';

/** Blocks whose spans are built between two pauses: lighter work than analysing them. */
const SPAN_BLOCKS_PER_STEP = BLOCKS_PER_STEP * 4;

export type AnalysisParts = Omit<
  Analysis,
  'mentions' | 'innerMentions' | 'unrecognized' | 'citations' | 'claims' | 'links' | 'blocks' | 'skipped'
>;

/** What an analysis builds its spans from, when they are first read. */
export interface SpanSources {
  readonly store: BlockStore;
  readonly text: string;
  readonly paragraphScope: boolean;
  /** Built already (the editor builds them within the steps). */
  readonly spans: Spans | undefined;
  readonly citations: readonly Citation[] | undefined;
  readonly blocks: BlockTable;
}

/**
 * An analysis as handed out: frozen, with its spans built when first read (the work is done,
 * only the objects wait: most features read few of them). They are kept on the object itself,
 * not in a closure of analyzeSteps: the generator's context lives as long as a large analysis
 * takes, so the collector has moved it to the old generation by the end, and a young collection
 * counts whatever an old object holds as alive. The spans of a dropped 1 MB analysis (2.2 MB)
 * were promoted that way instead of dying young. (Private fields can be set on a frozen object.)
 */
export class AnalysisResult implements Analysis {
  readonly lines!: LineIndex;
  readonly frontMatter!: Analysis['frontMatter'];
  readonly knowledge!: KnowledgeBase;
  readonly references!: Analysis['references'];
  readonly footnotes!: Analysis['footnotes'];
  readonly headings!: Analysis['headings'];
  readonly diagnostics!: Analysis['diagnostics'];
  readonly fences!: Analysis['fences'];
  readonly disabledRegions!: Analysis['disabledRegions'];
  readonly idReferences!: Analysis['idReferences'];
  readonly bibliographyPaths!: Analysis['bibliographyPaths'];
  readonly #sources: SpanSources;
  #spans: Spans | undefined;
  #citations: readonly Citation[] | undefined;
  #blocks: Analysis['blocks'] | undefined;

  constructor(parts: AnalysisParts, sources: SpanSources) {
    Object.assign(this, parts);
    this.#sources = sources;
    this.#spans = sources.spans;
    this.#citations = sources.citations;
    Object.freeze(this);
  }

  #built(): Spans {
    const { store, text, paragraphScope } = this.#sources;
    return (this.#spans ??= runSteps(buildSpans(store, this.lines, paragraphScope, text))!);
  }
  get mentions(): readonly Mention[] {
    return this.#built().mentions;
  }
  get innerMentions(): readonly Mention[] {
    return this.#built().innerMentions;
  }
  get unrecognized(): readonly UnrecognizedName[] {
    return this.#built().unrecognized;
  }
  get claims(): readonly Claim[] {
    return this.#built().claims;
  }
  get citations(): readonly Citation[] {
    return (this.#citations ??= runSteps(buildCitations(this.#sources.store, this.lines))!);
  }
  /** Made when first read: folding and the story view read them, the analysis keeps the table. */
  get blocks(): Analysis['blocks'] {
    return (this.#blocks ??= this.#sources.blocks.spans());
  }
  get links(): Analysis['links'] {
    return this.#sources.store.links();
  }
}

/** The public mentions, citations and claims of an analysis, from its blocks' results. */
export function* buildSpans(store: BlockStore, lines: LineIndex, paragraphScope: boolean, text: string): Generator<void, Spans, void> {
  const mentions: Mention[] = [];
  const inner: Mention[] = [];
  const claims: Claim[] = [];
  for (let k = 0; k < store.blockCount; k++) {
    if (pausesAt(k, SPAN_BLOCKS_PER_STEP)) yield;
    const b = store.at(k);
    const m0 = store.first(k, 'mentions');
    const m1 = store.end(k, 'mentions');
    for (let i = m0; i < m1; i++)
      mentions.push(
        new MentionSpan(b + store.mentionStart(i), b + store.mentionEnd(i), lines, store.mentionEntry(i), store.mentionFlags(i)),
      );
    const n0 = store.first(k, 'inner');
    const n1 = store.end(k, 'inner');
    for (let i = n0; i < n1; i++)
      inner.push(new MentionSpan(b + store.innerStart(i), b + store.innerEnd(i), lines, store.innerEntry(i), store.innerFlags(i)));
    // Claims name their citations by index in the analysis's list: the block's first is q0.
    const q0 = store.first(k, 'citations');
    const q1 = store.end(k, 'citations');
    const c0 = store.first(k, 'claims');
    const c1 = store.end(k, 'claims');
    for (let c = c0; c < c1; c++) {
      const from = paragraphScope ? q0 : q0 + store.claimCitationsFrom(c);
      const to = paragraphScope ? q1 : q0 + store.claimCitationsTo(c);
      claims.push(new ClaimSpan(b + store.claimStart(c), b + store.claimEnd(c), lines, kindsOf(store.claimKinds(c)), store, c, from, to));
    }
  }
  const unrecognized = yield* groupNames(text, lines, store);
  return {
    mentions: Object.freeze(mentions) as Mention[],
    innerMentions: Object.freeze(inner) as Mention[],
    claims: Object.freeze(claims) as Claim[],
    unrecognized: Object.freeze(unrecognized),
  };
}

/** The public citations of an analysis, in order, from its blocks' results. */
export function* buildCitations(store: BlockStore, lines: LineIndex): Generator<void, readonly Citation[], void> {
  const citations: Citation[] = [];
  for (let k = 0; k < store.blockCount; k++) {
    if (pausesAt(k, SPAN_BLOCKS_PER_STEP)) yield;
    const b = store.at(k);
    const q0 = store.first(k, 'citations');
    const q1 = store.end(k, 'citations');
    for (let q = q0; q < q1; q++) citations.push(toCitation(store.citation(q), b, lines));
  }
  return Object.freeze(citations);
}

export interface Spans {
  readonly mentions: Mention[];
  readonly innerMentions: Mention[];
  readonly claims: Claim[];
  readonly unrecognized: readonly UnrecognizedName[];
}
