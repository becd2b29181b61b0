// Decides which kinds of checkable claim a sentence makes, and which words make it one. The rules
// are records (sourceRules, statisticRules, factRules); the prefilter that skips rules a sentence
// cannot match is derived from their triggers, so a rule's words and its prefilter never disagree.
import type { ClaimEvidence, ClaimKind } from '../types';
import { FACT_RULES } from './factRules';
import { SentenceRange, type ClaimRule, type Evidence, type MentionSpans, type SentenceView } from './sentence';
import { SOURCE_RULES } from './sourceRules';
import { STATISTIC_RULES } from './statisticRules';
import { markOf, sentenceMarks, tokenize } from './tokens';

/** Every rule, in the order they run: attributions before quotations (a short quotation needs one). */
const CLAIM_RULES: readonly ClaimRule[] = [...SOURCE_RULES, ...STATISTIC_RULES, ...FACT_RULES];

/** Kinds in the order messages list them. */
const KIND_ORDER: readonly ClaimKind[] = ['quotation', 'attribution', 'statistic', 'weasel', 'fact', 'explicit'];
export const kindBit = (kind: ClaimKind) => 1 << KIND_ORDER.indexOf(kind);

// The prefilter, derived from the rules' triggers: each rule is a bit of a mask (fewer than 32
// rules), and each word and each tokenizer mark (a digit, a currency sign, a quote mark) has the
// mask of the rules it may trigger.
if (CLAIM_RULES.length > 31) throw new Error('claim rules are bits of one mask: at most 31');
const BY_WORD = new Map<string, number>();
const MARK_RULES: number[] = [];
let ALWAYS = 0;
CLAIM_RULES.forEach((rule, k) => {
  const t = rule.trigger;
  if ('always' in t) ALWAYS |= 1 << k;
  else if ('words' in t) for (const w of t.words) BY_WORD.set(w, (BY_WORD.get(w) ?? 0) | (1 << k));
  else
    for (const c of t.chars) {
      const m = Math.log2(markOf(c));
      MARK_RULES[m] = (MARK_RULES[m] ?? 0) | (1 << k);
    }
});
const EVERY_RULE = (1 << CLAIM_RULES.length) - 1;

/** The rules a word may trigger; rules that read the text see "two-thirds" as two words too. */
function triggersOf(word: string): number {
  let rules = BY_WORD.get(word) ?? 0;
  if (JOINED.test(word)) for (const part of word.split(JOINED)) rules |= BY_WORD.get(part) ?? 0;
  return rules;
}

export interface SentenceContext {
  /** Where the sentence is in `text` (default: all of it). */
  readonly start?: number;
  readonly end?: number;
  /** Known mentions (a block's); `offset`: where the sentence starts in their offsets; `from`: the first mention at or after it. */
  readonly mentions?: MentionSpans;
  readonly offset?: number;
  readonly from?: number;
}

/** What joins the parts of one token ("two-thirds", "U.S", "lion's"). */
const JOINED = /['.\-]/;
const NO_MENTIONS: MentionSpans = { starts: [], ends: [], entries: [] };
/** The one sentence view, set for each sentence in turn (rules keep offsets, never the view). */
const VIEW = new SentenceRange();

/**
 * The claims of one sentence, packed as the engine keeps them: `kinds`, a mask of KIND_ORDER
 * bits, and `evidence`, [rule, start, end] triples (rule: an index into CLAIM_RULES, or
 * BLOCK_QUOTATION / MARKED_CLAIM; offsets relative to the sentence). Both are read back with
 * kindsOf and unpackEvidence. `filtered` false runs every rule (the tests' reference).
 */
export function findClaims(text: string, context: SentenceContext = {}, filtered = true): PackedClaims {
  const start = context.start ?? 0;
  const end = context.end ?? text.length;
  const view: SentenceView = VIEW.reset(
    text,
    start,
    end - start,
    tokenize(text, start, end),
    context.mentions ?? NO_MENTIONS,
    context.offset ?? 0,
    context.from ?? 0,
  );
  let run = EVERY_RULE;
  if (filtered) {
    run = ALWAYS;
    for (const t of view.tokens) run |= t.info.triggers ??= triggersOf(t.lower);
    const marks = sentenceMarks();
    for (let m = 0; m < MARK_RULES.length; m++) if (marks & (1 << m)) run |= MARK_RULES[m] ?? 0;
  }
  let found: Evidence[] | undefined;
  let evidence: number[] | undefined;
  let kinds = 0; // one piece of evidence per kind
  // The rules whose bit is set, in order: the lowest bit first.
  for (let rest = run; rest !== 0; rest &= rest - 1) {
    const k = 31 - Math.clz32(rest & -rest);
    const rule = CLAIM_RULES[k]!;
    const bit = KIND_BIT[k]!;
    // A fact is what is checkable with no quotation, source or number: the other kinds first.
    if (kinds & bit || (rule.kind === 'fact' && kinds !== 0)) continue;
    const e = rule.find(view, found ?? NO_EVIDENCE);
    if (e) {
      // Made at the first piece with room for it alone (most claims have one kind): a list grown
      // by push holds room for 16, and 9,000 claim sentences at 1 MB make two each.
      if (found) found.push(e);
      else found = [e];
      if (evidence) evidence.push(k, e.start, e.end);
      else evidence = [k, e.start, e.end];
      kinds |= bit;
    }
  }
  return { kinds, evidence: evidence ?? NO_PACKED };
}
const KIND_BIT = CLAIM_RULES.map((rule) => kindBit(rule.kind));
const NO_EVIDENCE: readonly Evidence[] = [];
const NO_PACKED: readonly number[] = Object.freeze([]);

export interface PackedClaims {
  /** Bits of KIND_ORDER (kindBit): the kinds found. */
  readonly kinds: number;
  /** [rule, start, end] triples, one per kind. */
  readonly evidence: readonly number[];
}

/** Pseudo-rules of evidence the engine adds itself: a `>` block, a `[…]{.claim}` span. */
export const BLOCK_QUOTATION = -1;
export const MARKED_CLAIM = -2;
const PSEUDO_RULES: Readonly<Record<number, { kind: ClaimKind; name: string }>> = {
  [BLOCK_QUOTATION]: { kind: 'quotation', name: 'block quotation' },
  [MARKED_CLAIM]: { kind: 'explicit', name: '{.claim}' },
};
const ruleOf = (k: number) => (k >= 0 ? CLAIM_RULES[k]! : PSEUDO_RULES[k]!);

/** The kinds of a mask, in KIND_ORDER: one shared, frozen array per mask. */
const KIND_LISTS = new Map<number, readonly ClaimKind[]>();
export function kindsOf(mask: number): readonly ClaimKind[] {
  let list = KIND_LISTS.get(mask);
  if (!list) KIND_LISTS.set(mask, (list = Object.freeze(KIND_ORDER.filter((k) => mask & kindBit(k)))));
  return list;
}

/** Packed evidence packed[from, to) as ClaimEvidence in KIND_ORDER, placed at `at` in `source` (whose words it quotes). */
export function unpackEvidence(packed: ArrayLike<number>, from: number, to: number, at: number, source: string): ClaimEvidence[] {
  const out: ClaimEvidence[] = [];
  for (let i = from; i < to; i += 3) {
    const { kind, name } = ruleOf(packed[i]!);
    const start = at + packed[i + 1]!;
    const end = at + packed[i + 2]!;
    // Rules run source, statistic, fact: a statistic found before a weasel goes back one place.
    // An insertion in place (at most one piece per kind), not a sort that copies.
    let j = out.length;
    while (j > 0 && KIND_RANK[out[j - 1]!.kind] > KIND_RANK[kind]) {
      out[j] = out[j - 1]!;
      j--;
    }
    out[j] = { kind, rule: name, start, end, text: source.slice(start, end) };
  }
  return out;
}
const KIND_RANK = Object.fromEntries(KIND_ORDER.map((k, i) => [k, i])) as Record<ClaimKind, number>;

/** The claim kinds of one sentence (masked prose), in a fixed order; empty for no claim. */
export function claimKinds(sentence: string, context?: SentenceContext): ClaimKind[] {
  return [...kindsOf(findClaims(sentence, context).kinds)];
}

/** Every rule on every sentence, without the prefilter: the reference the tests compare with. */
export function claimKindsUnfiltered(sentence: string, context?: SentenceContext): ClaimKind[] {
  return [...kindsOf(findClaims(sentence, context, false).kinds)];
}
