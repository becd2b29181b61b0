// Decides which kinds of checkable claim a sentence makes, and which words make it one. The rules
// are records (sourceRules, statisticRules, factRules); the prefilter that skips rules a sentence
// cannot match is derived from their triggers, so a rule's words and its prefilter never disagree.
import type { ClaimKind, Span } from '../types';
import { FACT_RULES } from './factRules';
import type { ClaimRule, Evidence, SentenceView } from './sentence';
import { SOURCE_RULES } from './sourceRules';
import { STATISTIC_RULES } from './statisticRules';
import { tokenize } from './tokens';

export type { Evidence } from './sentence';

/** Every rule, in the order they run: attributions before quotations (a short quotation needs one). */
export const CLAIM_RULES: readonly ClaimRule[] = [...SOURCE_RULES, ...STATISTIC_RULES, ...FACT_RULES];

/** Kinds in the order messages list them. */
const KIND_ORDER: readonly ClaimKind[] = ['quotation', 'attribution', 'statistic', 'weasel', 'fact', 'explicit'];

/** Word -> the rules it may trigger; characters -> rules; rules that always run. */
const BY_WORD = new Map<string, number[]>();
const BY_CHAR = new Map<string, number[]>();
const ALWAYS: number[] = [];
CLAIM_RULES.forEach((rule, k) => {
  const t = rule.trigger;
  if ('always' in t) ALWAYS.push(k);
  else if ('words' in t) for (const w of t.words) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), k]);
  else for (const c of t.chars) BY_CHAR.set(c, [...(BY_CHAR.get(c) ?? []), k]);
});
const CHAR_TRIGGERS = new RegExp(`[${[...BY_CHAR.keys()].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'gu');

export interface SentenceClaims {
  readonly kinds: ClaimKind[];
  /** One piece of evidence per kind, in the order of `kinds`. */
  readonly evidence: Evidence[];
}

export interface SentenceContext {
  readonly actors?: readonly Span[];
  readonly events?: readonly Span[];
}

const NONE: readonly Span[] = [];

/** The claims of one sentence (masked prose); mentions relative to it. `filtered` false runs every rule (the tests' reference). */
export function detectClaims(text: string, context: SentenceContext = {}, filtered = true): SentenceClaims {
  const view: SentenceView = { text, tokens: tokenize(text), actors: context.actors ?? NONE, events: context.events ?? NONE };
  let run: boolean[];
  if (filtered) {
    run = new Array<boolean>(CLAIM_RULES.length).fill(false);
    for (const k of ALWAYS) run[k] = true;
    for (const t of view.tokens) for (const k of BY_WORD.get(t.lower) ?? NONE_K) run[k] = true;
    for (const m of text.matchAll(CHAR_TRIGGERS)) for (const k of BY_CHAR.get(m[0])!) run[k] = true;
  } else run = new Array<boolean>(CLAIM_RULES.length).fill(true);
  const found: Evidence[] = [];
  CLAIM_RULES.forEach((rule, k) => {
    if (!run[k] || found.some((e) => e.kind === rule.kind)) return;
    const e = rule.find(view, found);
    if (e) found.push(e);
  });
  found.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { kinds: found.map((e) => e.kind), evidence: found };
}
const NONE_K: readonly number[] = [];

/** The claim kinds of one sentence (masked prose), in a fixed order; empty for no claim. */
export function claimKinds(sentence: string, context?: SentenceContext): ClaimKind[] {
  return detectClaims(sentence, context).kinds;
}

/** Every rule on every sentence, without the prefilter: the reference the tests compare with. */
export function claimKindsUnfiltered(sentence: string, context?: SentenceContext): ClaimKind[] {
  return detectClaims(sentence, context, false).kinds;
}
