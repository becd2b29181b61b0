// Checkable facts: what named actors did, decided, hold or practise, and dated events, with no
// reporting verb or number. Signals used together: a known event; a date with a finite verb; a
// name (known actor or proper noun) as the subject of a finite verb. Opinion, prediction,
// hypotheticals, questions, imperatives and the author's own experience are never facts.
import { W } from './features';
import { evidence, firstMention, type ClaimRule, type Evidence, type SentenceView } from './sentence';
import { tokenAt, tokenGeneration, type Token } from './tokens';
import { isSubjectLike } from './verbs';

const has = (t: Token | undefined, bits: number) => t !== undefined && (t.bits & bits) !== 0;

/** The first date or time expression: "in 2005", "on 6 January", "Oct. 25", "last month", "on Wednesday". */
function findDate(tokens: readonly Token[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.bits & W.YEAR) return [i, i];
    if (!t.cap) {
      if (t.bits & W.RELATIVE && has(tokens[i + 1], W.PERIOD)) return [i, i + 1];
      if (t.bits & W.DATE_WORD) return [Math.max(0, i - 2), i];
      continue;
    }
    if (t.bits & W.MONTH) {
      // "19 January 2022", "January 19, 2022", "May 2012".
      const from = has(tokenAt(tokens, i - 1), W.DAY) ? i - 1 : i;
      let to = has(tokens[i + 1], W.DAY) ? i + 1 : i;
      if (tokens[to + 1]?.lower === ',' && has(tokens[to + 2], W.YEAR)) to += 2;
      else if (has(tokens[to + 1], W.YEAR)) to++;
      return [from, to];
    }
    if (t.bits & W.WEEKDAY) return [i, i];
    // "May" only where it cannot be the modal: "in May", "May 2012", "6 May".
    if (t.lower === 'may' && (has(tokenAt(tokens, i - 1), W.DATE_PREPOSITION | W.DAY) || has(tokens[i + 1], W.YEAR | W.DAY))) return [i, i];
    if (t.bits & W.MONTH_ABBREVIATION && has(tokens[i + 1], W.DAY)) return [i, i + 1];
  }
  return undefined;
}

const isAdverb = (t: Token | undefined) => t !== undefined && !t.cap && (t.bits & (W.ADVERB | W.LY)) !== 0;
const isPast = (t: Token | undefined, prev: Token | undefined) =>
  t !== undefined && !t.cap && (t.bits & W.PAST) !== 0 && !has(prev, W.DETERMINER);

/** The last token of a finite verb phrase starting at `i` (after any adverbs), or -1; remembered per sentence. */
function finiteVerbAt(tokens: readonly Token[], i: number, present = true): number {
  if (verbMemo.generation !== tokenGeneration()) {
    verbMemo.generation = tokenGeneration();
    const n = tokens.length;
    if (verbMemo.at.length < 2 * n + 2) verbMemo.at = new Int32Array(4 * n + 4);
    verbMemo.at.fill(-2, 0, 2 * n + 2);
    // Where each run of adverbs ends, in one pass: a long run is not walked again from each of its words.
    if (verbMemo.skip.length < n + 2) verbMemo.skip = new Int32Array(2 * n + 2);
    verbMemo.skip[n] = n;
    verbMemo.skip[n + 1] = n + 1;
    for (let k = n - 1; k >= 0; k--) verbMemo.skip[k] = isAdverb(tokens[k]) ? verbMemo.skip[k + 1]! : k;
  }
  const slot = 2 * i + (present ? 1 : 0);
  const known = verbMemo.at[slot]!;
  if (known !== -2) return known;
  return (verbMemo.at[slot] = verbPhraseAt(tokens, i, present));
}
const verbMemo = { generation: -1, at: new Int32Array(64), skip: new Int32Array(64) };
/** The first token at or after `i` that is no adverb (finiteVerbAt has filled the table for these tokens). */
const pastAdverbs = (i: number) => verbMemo.skip[i]!;

function verbPhraseAt(tokens: readonly Token[], i: number, present: boolean): number {
  const k = pastAdverbs(i);
  const adverbs = k - i;
  const t = tokens[k];
  if (!t || t.punct || t.cap) return -1;
  const next = tokens[k + 1];
  if (t.bits & W.HAVE) {
    const j = pastAdverbs(k + 1);
    return isPast(tokens[j], tokens[j - 1]) ? j : -1;
  }
  if (t.bits & W.BE) {
    const j = pastAdverbs(k + 1);
    const v = tokens[j];
    // "is using": the present progressive characterises unless an adverb dates or measures it ("is increasingly diverting").
    const progressive = v && v.bits & W.ING && (j > k + 1 || t.lower === 'was' || t.lower === 'were');
    return v && !v.punct && !v.cap && (progressive || isPast(v, tokens[j - 1])) ? j : -1;
  }
  if (isPast(t, tokenAt(tokens, k - 1))) return k;
  // A present-tense verb: "-s" or bare after an adverb ("regularly boycott"), or before its object ("uses this").
  if (!present || !(t.bits & W.PRESENT)) return -1;
  if (adverbs > 0 || (t.bits & W.S_FORM && has(next, W.OBJECT_START))) return k;
  return -1;
}

/**
 * The offset from which the sentence turns to opinion, prediction or hypothesis: a fact must be
 * stated before it ("X signed a treaty that will enter into force" is still a fact). 0 for
 * questions and imperatives, which are never facts; the sentence's length when nothing turns it.
 */
function opinionFrom(s: SentenceView): number {
  if (!remembered(s)) remember(s);
  return memo.opinion;
}

/** What the fact rules ask of one sentence more than once, computed when the sentence changes. */
const memo = { view: undefined as SentenceView | undefined, generation: -1, opinion: 0, actorAt: new Uint8Array(0) };
/** Whether memo holds what was computed for this sentence (views are reused: the tokens' generation tells sentences apart). */
const remembered = (s: SentenceView) => memo.view === s && memo.generation === tokenGeneration();
function remember(s: SentenceView): void {
  memo.view = s;
  memo.generation = tokenGeneration();
  memo.opinion = computeOpinionFrom(s);
  const t = s.tokens;
  const at = t.length <= memo.actorAt.length ? memo.actorAt.fill(0, 0, t.length) : (memo.actorAt = new Uint8Array(t.length * 2));
  const { starts, ends, entries } = s.mentions;
  let m = s.from;
  for (let k = 0; k < t.length && m < starts.length; k++) {
    const start = t[k]!.start + s.offset;
    while (m < starts.length && (ends[m]! <= start || entries[m]!.type !== 'actor')) m++;
    if (m < starts.length && starts[m]! <= start) at[k] = 1;
  }
}

function computeOpinionFrom(s: SentenceView): number {
  const t = s.tokens;
  if (s.lastMark === '?') return 0;
  if (has(t[0], W.IMPERATIVE)) return 0;
  for (let k = 0; k < t.length; k++) {
    const x = t[k]!;
    if (x.bits & W.NOT_FACT && !(x.cap && x.lower === 'will' && k > 0)) return x.start;
    // "in the event that", "in case": conditions, as "if" is.
    if (
      (x.lower === 'event' && tokenAt(t, k - 1)?.lower === 'the' && tokenAt(t, k - 2)?.lower === 'in') ||
      (x.lower === 'case' && tokenAt(t, k - 1)?.lower === 'in')
    )
      return t[k - 1]!.start;
  }
  return s.length;
}
const notAFact = (s: SentenceView) => opinionFrom(s) === 0;
const before = (s: SentenceView, e: Evidence | undefined) => (e && e.end <= opinionFrom(s) ? e : undefined);

/** Whether token `i` names someone: a known actor, or a proper noun (not a sentence's first word on its own). */
function isName(s: SentenceView, i: number): boolean {
  const t = s.tokens[i]!;
  if (!remembered(s)) remember(s);
  if (memo.actorAt[i]) return !(t.bits & W.DETERMINER);
  if (!t.cap || t.bits & (W.CAPITAL_STOP | W.MONTH | W.WEEKDAY)) return false;
  const prev = tokenAt(s.tokens, i - 1);
  if (prev && (!prev.punct || prev.lower === ',' || prev.lower === ';')) return true;
  // First in the sentence or after opening punctuation: a name when another capitalised word, an
  // acronym or a possessive goes with it, or a past-tense verb follows ("Jordan closed its border").
  const next = s.tokens[i + 1];
  if (t.acronym || t.lower.endsWith("'s") || (!!next && next.cap && !(next.bits & W.CAPITAL_STOP))) return true;
  // A plural common noun opens many sentences ("Tanks came"): only a singular word can be a name on its own.
  if (/[^su]s$/.test(t.lower)) return false;
  return finiteVerbAt(s.tokens, i + 1, false) >= 0 || finiteVerbAt(s.tokens, i + 1) === i + 1;
}

/** Where the main clause starts: after a leading subordinate clause ("While X did Y, ...") and its comma. */
function mainClause(t: readonly Token[]): number {
  if (!has(t[0], W.SUBORDINATOR)) return 0;
  const comma = t.findIndex((x) => x.lower === ',');
  return comma < 0 ? 0 : comma + 1;
}

/** A name (or a noun right after a name: "House Republicans") as the subject of a finite verb. */
function actorAction(s: SentenceView): Evidence | undefined {
  const t = s.tokens;
  for (let i = mainClause(t); i < t.length; i++) {
    if (!isName(s, i)) continue;
    // "Russia's threats": a possessive qualifies the subject, it is not one.
    if (t[i]!.lower.endsWith("'s") && !t[i + 1]?.cap) continue;
    // "sent to Facebook", "with the West": the object of a preposition is not the subject.
    const before = tokenAt(t, i - 1)?.lower === 'the' ? tokenAt(t, i - 2) : tokenAt(t, i - 1);
    if (has(before, W.PREPOSITION)) continue;
    let k = i + 1;
    // The rest of a multi-word name, or a plural noun it qualifies ("US diplomats").
    while (
      k < t.length &&
      (isName(s, k) || (k === i + 1 && !t[k]!.punct && !t[k]!.cap && isSubjectLike(t[k]) && finiteVerbAt(t, k + 1) >= 0))
    )
      k++;
    // "Georgia, Moldova and Ukraine – have signed": a closing dash or bracket between.
    if (t[k] && /^[–—)]$/.test(t[k]!.lower)) k++;
    const v = finiteVerbAt(t, k);
    if (v >= 0) return evidence('fact', t[i]!.start, t[v]!.end);
    // The names up to k lead to the same verb, or to none: go on after them (linear in a run of names).
    i = Math.max(i, k - 1);
  }
  // "he opened the border", "it also links people": a pronoun as the subject of an action.
  for (let i = mainClause(t); i < t.length; i++) {
    if (!(t[i]!.bits & W.PRONOUN) || has(tokenAt(t, i - 1), W.PREPOSITION)) continue;
    const v = finiteVerbAt(t, i + 1, t[i]!.lower !== 'they');
    if (v >= 0 && !(t[v]!.bits & W.BE) && !(t[i + 1]!.bits & W.HAVE)) return evidence('fact', t[i]!.start, t[v]!.end);
  }
  return undefined;
}

/** Any finite past-tense verb phrase in the sentence (with a date, it dates an action). */
function anyFiniteVerb(tokens: readonly Token[], present = true, afterAnyNoun = false): number {
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    let v = -1;
    if (isSubjectLike(prev) || isAdverb(prev)) v = finiteVerbAt(tokens, i, present);
    // A past tense after any noun ("the alliance opened"), not after a determiner or preposition.
    else if (afterAnyNoun && !prev.punct && !(prev.bits & (W.DETERMINER | W.PREPOSITION))) v = finiteVerbAt(tokens, i, false);
    if (v >= 0) return v;
  }
  return -1;
}

export const FACT_RULES: readonly ClaimRule[] = [
  {
    kind: 'fact',
    name: 'known event',
    trigger: { always: true },
    // A known event alone is a weak signal: only in a sentence with no word of opinion at all.
    find(s) {
      const event = firstMention(s, 'event');
      return event && opinionFrom(s) === s.length ? evidence('fact', event.start, event.end) : undefined;
    },
  },
  {
    kind: 'fact',
    name: 'dated action',
    trigger: { always: true },
    find(s) {
      const date = findDate(s.tokens);
      if (!date || notAFact(s)) return undefined;
      const verb = anyFiniteVerb(s.tokens, true, true);
      if (verb >= 0 && s.tokens[verb]!.end <= opinionFrom(s)) return evidence('fact', s.tokens[date[0]]!.start, s.tokens[date[1]]!.end);
      // A dated projection: "payments will overtake defence spending in 2030" (reported as a dated action).
      const will = s.tokens.findIndex((x) => x.lower === 'will');
      if (
        will > 0 &&
        s.tokens[date[0]]!.bits & W.YEAR &&
        isSubjectLike(s.tokens[will - 1]) &&
        opinionFrom(s) === s.tokens[will]!.start &&
        !/\b(?:I|we)\b/.test(s.text)
      ) {
        return evidence('fact', s.tokens[will]!.start, s.tokens[date[1]]!.end);
      }
      return undefined;
    },
  },
  { kind: 'fact', name: 'actor and action', trigger: { always: true }, find: (s) => (notAFact(s) ? undefined : before(s, actorAction(s))) },
  {
    kind: 'fact',
    name: 'action involving a named actor',
    trigger: { always: true },
    find(s) {
      if (notAFact(s)) return undefined;
      const verb = anyFiniteVerb(s.tokens, false);
      if (verb < 0 || s.tokens[verb]!.end > opinionFrom(s)) return undefined;
      // "As the crisis has shown, ...": a leading subordinate clause frames the point that follows.
      if (verb < mainClause(s.tokens)) return undefined;
      // A name that acts or is acted on, not one that only qualifies ("Russia's threats", "PII-free").
      const name = s.tokens.findIndex((t, i) => !t.lower.endsWith("'s") && !t.lower.includes('-') && isName(s, i));
      return name < 0 ? undefined : evidence('fact', s.tokens[name]!.start, s.tokens[name]!.end);
    },
  },
];
