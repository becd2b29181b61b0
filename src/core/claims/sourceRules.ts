// Rules for claims that rest on a source: quotations, attributions to a named source, and appeals
// to an unnamed one. Each rule is one record; its trigger is the word list it reads.
import {
  ACCORDING_IDIOMS,
  BE_FORMS,
  DETERMINERS,
  HEARSAY_ADVERBS,
  HEARSAY_PARTICIPLES,
  NOUN_LIKE,
  PHRASAL_FORMS,
  PHRASAL_REPORTING,
  REPORTING_FORMS,
  THINKING_GOES,
  UNNAMED_EVIDENCE,
  VAGUE_SOURCES,
} from './lexicon';
import { evidence, type ClaimRule, type Evidence, type SentenceView } from './sentence';
import { tokenAt } from './tokens';
import { isReportingVerb } from './verbs';

/** The first token whose word is in `set` and passes `test`, as evidence up to the token `test` names (or over the pair it names). */
function firstToken(s: SentenceView, set: { has(word: string): boolean }, test: TokenTest, kind: Evidence['kind']): Evidence | undefined {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    // A word that triggers no rule is in no rule's list: most words, passed without a lookup.
    if (t[i]!.info.triggers === 0 || !set.has(t[i]!.lower)) continue;
    // The test gets the sentence itself: a closure over it per call was 1.5 MB a run at 1 MB.
    const found = test(s, i);
    if (found === false) continue;
    const first = typeof found === 'number' ? i : found[0];
    const last = typeof found === 'number' ? found : found[1];
    return evidence(kind, t[first]!.start, t[last]!.end);
  }
  return undefined;
}

const MIN_QUOTE_WORDS = 4;
const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A quotation in one style of marks: long enough to be a quotation, or attributed. */
function quoted(mark: string, pattern: RegExp): ClaimRule {
  return {
    kind: 'quotation',
    name: 'quotation marks',
    trigger: { chars: mark },
    find(s, found) {
      const attributed = found.some((e) => e.kind === 'attribution');
      for (const m of s.text.matchAll(pattern)) {
        if (attributed || wordCount(m[1]!) >= MIN_QUOTE_WORDS) return evidence('quotation', m.index, m.index + m[0].length);
      }
      return undefined;
    },
  };
}

const ACCORDING = new Set(['according']);
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);
const PHRASES: ReadonlyArray<readonly string[]> = [
  ['in', 'the', 'words', 'of'],
  ['as', 'reported', 'by'],
  ['quoted', 'as'],
  ['in', 'a', 'statement'],
  ['in', 'an', 'interview'],
  ['in', 'a', 'speech'],
  ['at', 'a', 'press', 'conference'],
  ['at', 'a', 'news', 'conference'],
];
const PHRASE_HEADS = new Set(PHRASES.map((p) => p[0]!));
const VAGUE_VERBS = new Set([...REPORTING_FORMS.keys(), ...'think thinks thought agree agrees agreed fear fears feared'.split(' ')]);
/** Verbs of an unnamed source only with a clause after them: "economists agree that", not "members agree to pay". */
const NEEDS_THAT = new Set('agree agrees agreed'.split(' '));

/** A verb of an unnamed source's report: a past or bare form ("critics argued", "economists say"), not a noun ("most states", "most telling"). */
function isVagueReport(t: SentenceView['tokens'], k: number): boolean {
  const w = t[k]!.lower;
  const prev = t[k - 1]!.lower;
  if (DETERMINERS.has(prev) || /^(?:most|more|very|so|less)$/.test(prev)) return false;
  if (NEEDS_THAT.has(w) && t[k + 1]?.lower !== 'that') return false;
  if (w.endsWith('ing')) return /^(?:is|are|was|were|been)$/.test(prev);
  const base = REPORTING_FORMS.get(w);
  return !(base && base !== w && w.endsWith('s') && NOUN_LIKE.has(base));
}

type TokenTest = (s: SentenceView, i: number) => number | readonly [number, number] | false;

/** A rule that looks for a word of `list`: its trigger is that same list, so the two cannot disagree. */
function tokenRule(
  kind: Evidence['kind'],
  name: string,
  list: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  test: TokenTest,
): ClaimRule {
  return { kind, name, trigger: { words: new Set(list.keys()) }, find: (s) => firstToken(s, list, test, kind) };
}

const WIDELY = new Set(['widely', 'generally', 'commonly']);

export const SOURCE_RULES: readonly ClaimRule[] = [
  tokenRule('attribution', 'reporting verb', REPORTING_FORMS, (s, i) => (isReportingVerb(s.tokens, i) ? i : false)),
  tokenRule('attribution', 'phrasal reporting verb', PHRASAL_FORMS, (s, i) => {
    const particle = s.tokens[i + 1]?.lower ?? '';
    const prev = tokenAt(s.tokens, i - 1);
    if (prev && DETERMINERS.has(prev.lower)) return false;
    return PHRASAL_REPORTING[PHRASAL_FORMS.get(s.tokens[i]!.lower)!]!.includes(particle) ? i + 1 : false;
  }),
  tokenRule('attribution', 'according to', ACCORDING, (s, i) => {
    const t = s.tokens;
    if (t[i + 1]?.lower !== 'to' || !t[i + 2]) return false;
    // "according to plan", "according to this view", "according to Putin's plan": no source named.
    for (let k = i + 2; k <= i + 4 && t[k]; k++) if (ACCORDING_IDIOMS.has(t[k]!.lower)) return false;
    return i + 1;
  }),
  tokenRule('attribution', 'reporting phrase', PHRASE_HEADS, (s, i) => {
    const p = PHRASES.find((words) => words.every((w, k) => s.tokens[i + k]?.lower === w));
    return p ? i + p.length - 1 : false;
  }),
  tokenRule('attribution', 'spokesperson', SPOKES, (_, i) => i),
  quoted('“', /“([^“”]*)”/g),
  quoted('«', /«([^«»]*)»/g),
  quoted('„', /„([^„“”]*)[“”]/g),
  quoted('"', /(?<![\p{L}\p{N}])"([^"]*)"/gu),
  quoted('‘', /(?<![\p{L}\p{N}])‘([^‘’]*(?:’\p{L}[^‘’]*)*)’(?!\p{L})/gu),
  tokenRule('weasel', 'hearsay adverb', HEARSAY_ADVERBS, (_, i) => i),
  tokenRule('weasel', 'passive hearsay', HEARSAY_PARTICIPLES, (s, i) => {
    const t = s.tokens;
    let k = i - 1;
    while (
      k >= 0 &&
      /^(?:widely|generally|commonly|often|long|also|now|still|increasingly|frequently|repeatedly|broadly)$/.test(t[k]!.lower)
    )
      k--;
    if (k < 0 || !BE_FORMS.has(t[k]!.lower)) return false;
    const next = t[i + 1]?.lower;
    const word = t[i]!.lower;
    if (next === 'to' || next === 'that') return i + 1;
    return (word === 'accused' || word === 'suspected') && next === 'of' ? i + 1 : false;
  }),
  tokenRule('weasel', 'widely held', WIDELY, (s, i) =>
    /^(?:regarded|considered|seen|believed|accepted|held|thought|known|reported|cited|viewed)$/.test(s.tokens[i + 1]?.lower ?? '')
      ? i + 1
      : false,
  ),
  tokenRule('weasel', 'unnamed source', VAGUE_SOURCES, (s, i) => {
    const t = s.tokens;
    // "those critics": a group already named in the text.
    if (/^(?:those|these|the|our|my|such)$/.test(tokenAt(t, i - 1)?.lower ?? '')) return false;
    // "critics say", "most economists, however, argue", "backers of tariffs say".
    for (let k = i + 1; k < t.length && k <= i + 6; k++) {
      if (t[k]!.punct && t[k]!.lower !== ',') break;
      if (VAGUE_VERBS.has(t[k]!.lower) && isVagueReport(t, k)) return k;
    }
    // "say economists": the verb before its subject.
    const prev = tokenAt(t, i - 1);
    if (prev && VAGUE_VERBS.has(prev.lower) && (tokenAt(t, i - 2)?.lower === ',' || i === 1)) return [i - 1, i] as const;
    return false;
  }),
  tokenRule('weasel', 'unnamed study or poll', UNNAMED_EVIDENCE, (s, i) => {
    const t = s.tokens;
    const prev = tokenAt(t, i - 1)?.lower ?? '';
    const at = /^(?:have|has|had|also|consistently|repeatedly)$/.test(t[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    if (
      /^(?:show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|found|finds|confirm|confirms|confirmed)$/.test(
        t[at]?.lower ?? '',
      )
    )
      return at;
    return /^(?:recent|new|latest|several|numerous|various|many|one)$/.test(prev) ? ([i - 1, i] as const) : false;
  }),
  tokenRule('weasel', 'received wisdom', THINKING_GOES, (s, i) =>
    tokenAt(s.tokens, i - 1)?.lower === 'the' && /^go(?:es)?$/.test(s.tokens[i + 1]?.lower ?? '') ? i + 1 : false,
  ),
];
