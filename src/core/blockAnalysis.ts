// Everything the engine learns from one block, in offsets relative to the block. It depends only
// on the block's text and kind, the knowledge and the link definitions, so an unchanged block's
// result is reused by the next analysis (incremental re-analysis while typing). The result is
// read once, into the analysis's BlockStore: its lists are not kept.
import type { Block } from './blocks';
import { BLOCK_QUOTATION, findClaims, kindBit, MARKED_CLAIM } from './claims';
import { scanInline, type InlineComment, type InlineScan, type RawCitation, type RawLink, type RawSpan } from './inline';
import { mentionList, type MentionList } from './mentionMatcher';
import type { KnowledgeBase } from './knowledge';
import { EMPTY } from './lists';
import { maskSpans } from './mask';
import { findNames, NO_NAMES, type NameList } from './names';
import { splitSentences } from './sentences';
import type { Entry, EntryKind, MentionForm, Span } from './types';
import type { RawDiagnostic } from './yamlNodes';

const ENTRY_CLASSES: readonly EntryKind[] = ['actor', 'event', 'concept'];
const QUOTATION = kindBit('quotation');
const EXPLICIT = kindBit('explicit');

export interface BlockMention {
  readonly start: number;
  readonly end: number;
  readonly entry: Entry;
  readonly explicit: boolean;
}

export interface BlockSentence {
  readonly start: number;
  readonly end: number;
  /** A mask of kindBit (claims/kindsOf). */
  readonly kinds: number;
  /** Which words made it a claim: [rule, start, end] triples, one per kind, relative to the sentence (claims/unpackEvidence). */
  readonly evidence: readonly number[];
  /** The block's citations that stand in the sentence: indexes from the first to past the last. */
  readonly citationsFrom: number;
  readonly citationsTo: number;
}

export interface BlockResult {
  readonly citations: readonly RawCitation[];
  readonly comments: readonly InlineComment[];
  readonly mentions: MentionList;
  /** Proper names no entry matched (names.ts). */
  readonly names: NameList;
  readonly refErrors: readonly RawDiagnostic[];
  /** Links to other files. */
  readonly links: readonly RawLink[];
  /** Claims only: sentences with at least one kind, outside {.opinion} spans. Empty for headings and footnotes. */
  readonly sentences: readonly BlockSentence[];
  /** The heading's text, for headings. */
  readonly heading?: string;
}

export function analyzeBlock(
  text: string,
  block: Block,
  knowledge: KnowledgeBase,
  linkDefinitions: ReadonlyMap<string, string>,
  crossrefs = false,
): BlockResult {
  const masked = block.markup.length ? maskSpans(text, markupSpans(block)) : text;
  const scanned = scanInline(masked, 0, linkDefinitions);
  // Masked prose is a string of its own already; unmasked, it is the slice of the file: copied
  // once here, for the scanners that read each of its characters.
  const read = scanned.prose === text ? { ...scanned, prose: flat(text) } : scanned;
  const inline = crossrefs ? withoutCrossrefs(read) : read;
  const refErrors: RawDiagnostic[] = [];
  const explicit = explicitMentions(inline.spans, text, knowledge, refErrors);
  const auto = knowledge.matcher.find(inline.prose, 0, inline.prose.length, explicit);
  const mentions = explicit.length === 0 ? auto : withExplicit(auto, explicit);
  // Footnotes hold sources (authors, outlets), not the actors of the text.
  const names =
    block.kind === 'footnote' ? NO_NAMES : findNames(inline.prose, mentions, block.kind === 'heading' || isPseudoHeading(inline.prose));

  const found = inline.citations;
  const comments = inline.comments;
  const errors = refErrors;
  const links = inline.links;
  if (block.kind === 'heading')
    return {
      citations: found,
      comments,
      mentions,
      names,
      refErrors: errors,
      links,
      sentences: EMPTY,
      heading: inline.prose.trim().replace(/\s+/g, ' '),
    };
  // A footnote is where sources go, not where claims are made.
  if (block.kind === 'footnote') return { citations: found, comments, mentions, names, refErrors: errors, links, sentences: EMPTY };

  const opinions = inline.spans.length ? inline.spans.filter((s) => s.classes.includes('opinion')) : EMPTY;
  const marked = inline.spans.length ? inline.spans.filter((s) => s.classes.includes('claim')) : EMPTY;
  const sentences: BlockSentence[] = [];
  if (isPseudoHeading(inline.prose)) return { citations: found, comments, mentions, names, refErrors: errors, links, sentences: EMPTY };
  // A block quotation is one claim, marks or not: its sentences are one quoted passage.
  const spans = block.quote > 0 ? wholeBlock(inline.prose, inline.citations) : splitSentences(inline.prose, masked, 0, inline.citations);
  let c = 0; // citations and sentences are both in order: one sweep
  let from = 0; // mentions too
  for (const s of spans) {
    if (opinions.length && opinions.some((o) => overlaps(o, s))) continue;
    while (from < mentions.starts.length && mentions.starts[from]! < s.start) from++;
    // Packed (a mask and a flat list): an analysis keeps thousands of these.
    const claims = findClaims(inline.prose, { start: s.start, end: s.end, mentions, offset: s.start, from });
    let mask = claims.kinds;
    let evidence = claims.evidence;
    if (block.quote > 0 && !(mask & QUOTATION)) {
      mask |= QUOTATION;
      evidence = [BLOCK_QUOTATION, 0, 0, ...evidence];
    }
    if (marked.length && marked.some((x) => overlaps(x, s))) {
      mask |= EXPLICIT;
      evidence = [...evidence, MARKED_CLAIM, 0, 0];
    }
    if (mask === 0) continue;
    while (c < inline.citations.length && inline.citations[c]!.start < s.start) c++;
    let e = c;
    while (e < inline.citations.length && inline.citations[e]!.start < s.end) e++;
    sentences.push({ start: s.start, end: s.end, kinds: mask, evidence, citationsFrom: c, citationsTo: e });
  }
  return { citations: found, comments, mentions, names, refErrors: errors, links, sentences };
}

/**
 * `text` as a string of its own. A block's text is a slice of the file's, which V8 keeps as a view
 * of the whole: each character read goes through it, and every scanner of the block reads each
 * character (a pass over 1 MB of slices took 4.0 ms, of strings of their own 2.9). Made by
 * join, not `+`: a concatenation stays a view of its flattened copy, and each read goes through it.
 */
function flat(text: string): string {
  return text.length < 2 ? text : [text[0]!, text.slice(1)].join('');
}

/** The block's markup as flat [start, end, ...] offsets relative to the block, for maskSpans. */
function markupSpans(block: Block): number[] {
  const out: number[] = [];
  const m = block.markup;
  for (let k = 0; k < m.length; k += 2) out.push(Math.max(m[k]!, block.start) - block.start, Math.min(m[k + 1]!, block.end) - block.start);
  return out;
}

/** Quarto's cross-reference prefixes: `@fig-map` points at a figure, it cites nothing. */
const CROSSREF = /^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr)-/;

/** The scan without citations all of whose keys are cross-references (a Quarto document's). */
function withoutCrossrefs(scan: InlineScan): InlineScan {
  const kept = scan.citations.filter((c) => c.keys.length === 0 || !c.keys.every((k) => CROSSREF.test(k.key)));
  return kept.length === scan.citations.length ? scan : { ...scan, citations: kept };
}

/** A paragraph that is only bold or italic text on one line: a heading in all but syntax. */
function isPseudoHeading(prose: string): boolean {
  const first = prose.charCodeAt(prose.length - prose.trimStart().length);
  if (first !== 42 && first !== 95) return false; // * or _
  const t = prose.trim();
  return !t.includes('\n') && /^(\*\*|__)[^*_]+\1[.:]?$/.test(t);
}

/** The whole block as one sentence, without its surrounding white space, with a citation at its end. */
function wholeBlock(prose: string, citations: readonly Span[]): Span[] {
  const start = prose.length - prose.trimStart().length;
  const end = Math.max(prose.trimEnd().length, citations.at(-1)?.end ?? 0);
  return end > start ? [{ start, end }] : [];
}

/** The automatic mentions and the explicit ones, merged in order of their starts. */
function withExplicit(auto: MentionList, explicit: readonly BlockMention[]): MentionList {
  const out = {
    starts: [] as number[],
    ends: [] as number[],
    entries: [] as Entry[],
    explicit: [] as boolean[],
    forms: [] as Array<MentionForm | undefined>,
  };
  const push = (start: number, end: number, entry: Entry, isExplicit: boolean, form: MentionForm | undefined) => {
    out.starts.push(start);
    out.ends.push(end);
    out.entries.push(entry);
    out.explicit.push(isExplicit);
    out.forms.push(form);
  };
  let e = 0;
  for (let k = 0; k < auto.starts.length; k++) {
    // Explicit first on equal starts, as a stable sort of [...explicit, ...auto] put them.
    for (; e < explicit.length && explicit[e]!.start <= auto.starts[k]!; e++)
      push(explicit[e]!.start, explicit[e]!.end, explicit[e]!.entry, true, undefined);
    push(auto.starts[k]!, auto.ends[k]!, auto.entries[k]!, false, auto.forms?.[k]);
  }
  for (; e < explicit.length; e++) push(explicit[e]!.start, explicit[e]!.end, explicit[e]!.entry, true, undefined);
  return mentionList(out.starts, out.ends, out.entries, out.explicit, auto.forms && out.forms, auto.inner, auto.places);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Mentions written as `[text]{.actor ref=id}`; unknown refs become diagnostics. Offsets relative. */
function explicitMentions(spans: readonly RawSpan[], text: string, knowledge: KnowledgeBase, refErrors: RawDiagnostic[]): BlockMention[] {
  const out: BlockMention[] = [];
  for (const s of spans) {
    const kind = ENTRY_CLASSES.find((k) => s.classes.includes(k));
    if (!kind) continue;
    const spanText = text.slice(s.textStart, s.textEnd);
    const entry = s.ref ? knowledge.get(kind, s.ref.id) : knowledge.lookup(kind, spanText);
    // Nested entry spans: the outer one is the mention; mentions never overlap.
    const last = out[out.length - 1];
    if (entry && last && s.textStart < last.end) continue;
    if (entry) out.push({ start: s.textStart, end: s.textEnd, entry, explicit: true });
    else if (s.ref)
      refErrors.push({
        code: 'unknown-ref',
        start: s.ref.start,
        end: Math.max(s.ref.end, s.ref.start + 1),
        message: `Unknown ${kind} "${s.ref.id}"`,
        data: { refKind: kind, ref: s.ref.id, text: spanText },
      });
    else
      refErrors.push({
        code: 'unknown-ref',
        start: s.textStart,
        end: s.textEnd,
        message: `No ${kind} is named "${spanText}": add ref=id or define it`,
        data: { refKind: kind, ref: spanText, text: spanText },
      });
  }
  return out;
}
