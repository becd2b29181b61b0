// Decides which kinds of checkable claim a sentence makes, and which words make it one. The rules
// are records (sourceRules, statisticRules, factRules); the prefilter that skips rules a sentence
// cannot match is derived from their triggers, so a rule's words and its prefilter never disagree.
import type { ClaimKind } from '../types';
import { FACT_RULES } from './factRules';
import { SentenceRange, type ClaimRule, type Evidence, type MentionSpans, type SentenceView } from './sentence';
import { SOURCE_RULES } from './sourceRules';
import { STATISTIC_RULES } from './statisticRules';
import { markOf, sentenceMarks, tokenize } from './tokens';

export type { Evidence } from './sentence';

/** Every rule, in the order they run: attributions before quotations (a short quotation needs one). */
export const CLAIM_RULES: readonly ClaimRule[] = [...SOURCE_RULES, ...STATISTIC_RULES, ...FACT_RULES];

/** Kinds in the order messages list them. */
const KIND_ORDER: readonly ClaimKind[] = ['quotation', 'attribution', 'statistic', 'weasel', 'fact', 'explicit'];

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
  else for (const c of t.chars) {
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

export interface SentenceClaims {
  readonly kinds: ClaimKind[];
  /** One piece of evidence per kind, in the order of `kinds`. */
  readonly evidence: Evidence[];
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

/** The claims of one sentence (masked prose); mentions relative to it. `filtered` false runs every rule (the tests' reference). */
export function detectClaims(text: string, context: SentenceContext = {}, filtered = true): SentenceClaims {
  const start = context.start ?? 0;
  const end = context.end ?? text.length;
  const view: SentenceView = new SentenceRange(text, start, end - start, tokenize(text, start, end), context.mentions ?? NO_MENTIONS, context.offset ?? 0, context.from ?? 0);
  let run = EVERY_RULE;
  if (filtered) {
    run = ALWAYS;
    for (const t of view.tokens) run |= t.info.triggers ??= triggersOf(t.lower);
    const marks = sentenceMarks();
    for (let m = 0; m < MARK_RULES.length; m++) if (marks & (1 << m)) run |= MARK_RULES[m] ?? 0;
  }
  const found: Evidence[] = [];
  let kinds = 0; // bits of KIND_ORDER already found: one piece of evidence per kind
  for (let k = 0; k < CLAIM_RULES.length; k++) {
    if (!(run & (1 << k))) continue;
    const rule = CLAIM_RULES[k]!;
    const bit = KIND_BIT[k]!;
    // A fact is what is checkable with no quotation, source or number: the other kinds first.
    if (kinds & bit || (rule.kind === 'fact' && kinds !== 0)) continue;
    const e = rule.find(view, found);
    if (e) {
      found.push(e);
      kinds |= bit;
    }
  }
  if (found.length === 0) return { kinds: [], evidence: found };
  if (found.length > 1) found.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { kinds: found.map((e) => e.kind), evidence: found };
}
const KIND_BIT = CLAIM_RULES.map((rule) => 1 << KIND_ORDER.indexOf(rule.kind));


/** The claim kinds of one sentence (masked prose), in a fixed order; empty for no claim. */
export function claimKinds(sentence: string, context?: SentenceContext): ClaimKind[] {
  return detectClaims(sentence, context).kinds;
}

/** Every rule on every sentence, without the prefilter: the reference the tests compare with. */
export function claimKindsUnfiltered(sentence: string, context?: SentenceContext): ClaimKind[] {
  return detectClaims(sentence, context, false).kinds;
}
