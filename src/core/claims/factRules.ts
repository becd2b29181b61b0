// Checkable facts: what named actors did, decided, hold or practise, and dated events, with no
// reporting verb or number. Signals used together: a known event; a date with a finite verb; a
// name (known actor or proper noun) as the subject of a finite verb. Opinion, prediction,
// hypotheticals, questions, imperatives and the author's own experience are never facts.
import { DETERMINERS, inflect } from './lexicon';
import { evidence, firstMention, type ClaimRule, type Evidence, type SentenceView } from './sentence';
import { stem, tokenGeneration, type Token } from './tokens';
import { isSubjectLike } from './verbs';

const MONTHS = new Set('january february march april june july august september october november december'.split(' '));
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const PERIODS = new Set('week month year decade spring summer autumn fall winter weekend quarter century'.split(' '));
const RELATIVE = new Set('last this past previous earlier late early'.split(' '));
const YEAR = /^(?:1[6-9]\d\d|20\d\d)(?:s|'s)?$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const DATE_PREPOSITIONS = new Set('in on since by until till from after before during early late mid around between through throughout of'.split(' '));

/** The first date or time expression: "in 2005", "on 6 January", "Oct. 25", "last month", "on Wednesday". */
export function findDate(tokens: readonly Token[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (YEAR.test(w)) return [i, i];
      continue;
    }
    if (t.cap && MONTHS.has(w)) {
      // "19 January 2022", "January 19, 2022", "May 2012".
      const from = DAY.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
      let to = DAY.test(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
      if (tokens[to + 1]?.lower === ',' && YEAR.test(tokens[to + 2]?.lower ?? '')) to += 2;
      else if (YEAR.test(tokens[to + 1]?.lower ?? '')) to++;
      return [from, to];
    }
    if (t.cap && WEEKDAYS.has(w)) return [i, i];
    // "May" only where it cannot be the modal: "in May", "May 2012", "6 May".
    if (t.cap && w === 'may' && (DATE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') || DAY.test(tokens[i - 1]?.lower ?? '') || YEAR.test(tokens[i + 1]?.lower ?? '') || DAY.test(tokens[i + 1]?.lower ?? ''))) return [i, i];
    if (t.cap && MONTH_ABBREVIATIONS.has(w) && DAY.test(tokens[i + 1]?.lower ?? '')) return [i, i + 1];
    if (RELATIVE.has(w) && PERIODS.has(tokens[i + 1]?.lower ?? '') && w !== 'late' && w !== 'early') return [i, i + 1];
    if (w === 'yesterday' || w === 'ago') return [Math.max(0, i - 2), i];
  }
  return undefined;
}

const IRREGULAR_PAST = new Set(
  ('went took made cut left began sent won lost held met led gave brought built bought sold paid fell rose grew spent struck told said became came ' +
    'saw knew chose drew drove fought froze hid hit kept laid let meant put ran set shut sought spoke stood stole swore taught threw understood ' +
    'wrote withdrew overtook undertook broke forbade sank shot split spread bound caught dealt fled flew forgot forgave hung overthrew ' +
    'rebuilt rode rang sank slid stuck stung strove swept swung tore woke wore wound became begun broken chosen done drawn driven eaten fallen ' +
    'forgotten given gone grown hidden known ridden risen seen shaken shown stolen sworn taken thrown woken worn written withdrawn overtaken ' +
    'undertaken been had was were got found sat lay shed quit upheld withheld overran overrode oversaw hurt cost beat bet burst rid ' +
    'imposed')
    .split(' '),
);
const ED_NOT_VERBS = new Set('need indeed speed seed feed breed bleed proceed exceed succeed hundred sacred naked wicked kindred rugged ragged crooked beloved aged embed infrared unprecedented so-called'.split(' '));
const HAVE = new Set('has have had'.split(' '));
const BE = new Set('is are was were'.split(' '));
// Not "that", "which": after a plural noun they start a relative clause ("republics that attempt").
const OBJECT_STARTS = new Set([...DETERMINERS, ...'it them him her us you me up out its their his to'.split(' ')].filter((w) => w !== 'that'));
/** Verbs of state, wish and judgement: "the alliance remains weak", "Moscow wanted respect" characterise, they do not report an act. */
const STATIVE = new Set(
  ('remain reflect persist represent mean matter lack need want face know seem appear tend depend deserve belong resemble ' +
    'exist stand look feel prefer hope fear wish like love hate understand realize realise care avoid become make show ' +
    'suffer risk enjoy involve require include contain believe think expect intend desire crave dream regard view see')
    .split(' ')
    .flatMap((v) => inflect(v)),
);

const ADVERBS = new Set('also not never still already again once then soon later first just long now even only'.split(' '));
const isAdverb = (t: Token | undefined) => !!t && !t.punct && !t.cap && ((t.lower.length > 4 && t.lower.endsWith('ly')) || ADVERBS.has(t.lower));
const isPast = (t: Token | undefined, prev: Token | undefined) =>
  !!t &&
  !t.punct &&
  !t.cap &&
  (IRREGULAR_PAST.has(t.lower) || (t.lower.length >= 5 && t.lower.endsWith('ed') && !ED_NOT_VERBS.has(t.lower))) &&
  !STATIVE.has(t.lower) &&
  !(prev && DETERMINERS.has(prev.lower));

/** The last token of a finite verb phrase starting at `i` (after any adverbs), or -1; remembered per sentence. */
export function finiteVerbAt(tokens: readonly Token[], i: number, present = true): number {
  if (verbMemo.generation !== tokenGeneration()) {
    verbMemo.generation = tokenGeneration();
    if (verbMemo.at.length < 2 * tokens.length + 2) verbMemo.at = new Int32Array(4 * tokens.length + 4);
    verbMemo.at.fill(-2, 0, 2 * tokens.length + 2);
  }
  const slot = 2 * i + (present ? 1 : 0);
  const known = verbMemo.at[slot]!;
  if (known !== -2) return known;
  return (verbMemo.at[slot] = verbPhraseAt(tokens, i, present));
}
const verbMemo = { generation: -1, at: new Int32Array(64) };

function verbPhraseAt(tokens: readonly Token[], i: number, present: boolean): number {
  let k = i;
  let adverbs = 0;
  while (isAdverb(tokens[k])) {
    k++;
    adverbs++;
  }
  const t = tokens[k];
  if (!t || t.punct || t.cap) return -1;
  const next = tokens[k + 1];
  if (HAVE.has(t.lower)) {
    let j = k + 1;
    while (isAdverb(tokens[j])) j++;
    return isPast(tokens[j], tokens[j - 1]) ? j : -1;
  }
  if (BE.has(t.lower)) {
    let j = k + 1;
    while (isAdverb(tokens[j])) j++;
    const v = tokens[j];
    // "is using": the present progressive characterises unless an adverb dates or measures it ("is increasingly diverting").
    const progressive = v && v.lower.endsWith('ing') && v.lower.length > 4 && (j > k + 1 || t.lower === 'was' || t.lower === 'were');
    return v && !v.punct && !v.cap && (progressive || isPast(v, tokens[j - 1])) ? j : -1;
  }
  if (isPast(t, tokens[k - 1])) return k;
  // A present-tense verb: "-s" or bare after an adverb ("regularly boycott"), or before its object ("uses this").
  if (!present || STATIVE.has(t.lower) || !/^[a-z]+$/.test(t.lower) || t.lower.length <= 2) return -1;
  if (adverbs > 0 || (next !== undefined && !next.punct && OBJECT_STARTS.has(next.lower) && t.lower.endsWith('s') && !t.lower.endsWith('ss'))) return k;
  return -1;
}

/** Words of opinion, prediction, hypothesis, advice or the author's own experience. */
const NOT_FACT_WORDS = new Set(
  ("would could might should must ought will shall perhaps probably possibly likely unlikely seems seem seemed appears appear arguably surely " +
    "clearly obviously certainly undoubtedly presumably evidently imagine suppose if unless whether i i'm i've i'd we we're we've we'd " +
    "let's maybe hopefully ideally need needs wonder why essentially basically fundamentally effectively simply merely virtually " +
    'practically truly inevitably').split(' '),
);
const IMPERATIVE_STARTS = new Set('think imagine consider look note remember suppose take let see ask try compare keep make do'.split(' '));

/**
 * The offset from which the sentence turns to opinion, prediction or hypothesis: a fact must be
 * stated before it ("X signed a treaty that will enter into force" is still a fact). 0 for
 * questions and imperatives, which are never facts; the sentence's length when nothing turns it.
 */
function opinionFrom(s: SentenceView): number {
  if (memo.view !== s) remember(s);
  return memo.opinion;
}

/** What the fact rules ask of one sentence more than once, computed when the sentence changes. */
const memo = { view: undefined as SentenceView | undefined, opinion: 0, actorAt: new Uint8Array(0) };
function remember(s: SentenceView): void {
  memo.view = s;
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
  if (/\?\s*["”’)]*\s*$/.test(s.text)) return 0;
  if (t[0] && IMPERATIVE_STARTS.has(t[0].lower)) return 0;
  for (let k = 0; k < t.length; k++) {
    const x = t[k]!;
    if (NOT_FACT_WORDS.has(x.lower) && !(x.cap && x.lower === 'will' && k > 0)) return x.start;
    // "in the event that", "in case": conditions, as "if" is.
    if ((x.lower === 'event' && t[k - 1]?.lower === 'the' && t[k - 2]?.lower === 'in') || (x.lower === 'case' && t[k - 1]?.lower === 'in')) return t[k - 1]!.start;
  }
  return s.text.length;
}
const notAFact = (s: SentenceView) => opinionFrom(s) === 0;
const before = (s: SentenceView, e: Evidence | undefined) => (e && e.end <= opinionFrom(s) ? e : undefined);

const CAPITAL_STOP = new Set(
  "the a an this that these those in on at by for from to of and but or so yet as if when while after before since although though because however moreover meanwhile still then there here it its he she they his her their our my your one some many most all both each every such no not nor what which who whom whose where why how also even only just instead thus hence indeed nevertheless nonetheless furthermore besides likewise similarly currently today now again once unlike like despite given with without under over into through during against between among until upon within nothing everything something anything nobody everyone someone anyone none few several others another".split(
    ' ',
  ),
);

/** Whether token `i` names someone: a known actor, or a proper noun (not a sentence's first word on its own). */
function isName(s: SentenceView, i: number): boolean {
  const t = s.tokens[i]!;
  if (memo.view !== s) remember(s);
  if (memo.actorAt[i]) return !DETERMINERS.has(t.lower);
  if (!t.cap || CAPITAL_STOP.has(stem(t)) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
  const prev = s.tokens[i - 1];
  if (prev && (!prev.punct || prev.lower === ',' || prev.lower === ';')) return true;
  // First in the sentence or after opening punctuation: a name when another capitalised word, an
  // acronym or a possessive goes with it, or a past-tense verb follows ("Jordan closed its border").
  const next = s.tokens[i + 1];
  if (/^[A-Z]{2,}$/.test(s.text.slice(t.start, t.end)) || t.lower.endsWith("'s") || (!!next && next.cap && !CAPITAL_STOP.has(next.lower))) return true;
  // A plural common noun opens many sentences ("Tanks came"): only a singular word can be a name on its own.
  if (/[^su]s$/.test(t.lower)) return false;
  return finiteVerbAt(s.tokens, i + 1, false) >= 0 || finiteVerbAt(s.tokens, i + 1) === i + 1;
}

/** Where the main clause starts: after a leading subordinate clause ("While X did Y, ...") and its comma. */
function mainClause(t: readonly Token[]): number {
  if (!t[0] || !SUBORDINATORS.has(t[0].lower)) return 0;
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
    const before = t[i - 1]?.lower === 'the' ? t[i - 2] : t[i - 1];
    if (before && PREPOSITIONS.has(before.lower)) continue;
    let k = i + 1;
    // The rest of a multi-word name, or a plural noun it qualifies ("US diplomats").
    while (k < t.length && (isName(s, k) || (k === i + 1 && !t[k]!.punct && !t[k]!.cap && isSubjectLike(t[k]) && finiteVerbAt(t, k + 1) >= 0))) k++;
    // "Georgia, Moldova and Ukraine – have signed": a closing dash or bracket between.
    if (t[k] && /^[–—)]$/.test(t[k]!.lower)) k++;
    const v = finiteVerbAt(t, k);
    if (v >= 0) return evidence('fact', 'actor and action', t[i]!.start, t[v]!.end);
  }
  // "he opened the border", "it also links people": a pronoun as the subject of an action.
  for (let i = mainClause(t); i < t.length; i++) {
    if (!PRONOUNS.has(t[i]!.lower) || PREPOSITIONS.has(t[i - 1]?.lower ?? '')) continue;
    const v = finiteVerbAt(t, i + 1, t[i]!.lower !== 'they');
    if (v >= 0 && !BE.has(t[v]!.lower) && !HAVE.has(t[i + 1]!.lower)) return evidence('fact', 'actor and action', t[i]!.start, t[v]!.end);
  }
  return undefined;
}
const PRONOUNS = new Set('he she they it'.split(' '));
const SUBORDINATORS = new Set('as though although while whereas because beyond despite even if unless once when'.split(' '));
const PREPOSITIONS = new Set('of for in on with by from into about against under over between among without to at toward towards via after before since until'.split(' '));

/** Any finite past-tense verb phrase in the sentence (with a date, it dates an action). */
function anyFiniteVerb(tokens: readonly Token[], present = true, afterAnyNoun = false): number {
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    let v = -1;
    if (isSubjectLike(prev) || isAdverb(prev)) v = finiteVerbAt(tokens, i, present);
    // A past tense after any noun ("the alliance opened"), not after a determiner or preposition.
    else if (afterAnyNoun && !prev.punct && !DETERMINERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower)) v = finiteVerbAt(tokens, i, false);
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
      return event && opinionFrom(s) === s.text.length ? evidence('fact', 'known event', event.start, event.end) : undefined;
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
      if (verb >= 0 && s.tokens[verb]!.end <= opinionFrom(s)) return evidence('fact', 'dated action', s.tokens[date[0]]!.start, s.tokens[date[1]]!.end);
      // A dated projection: "payments will overtake defence spending in 2030".
      const will = s.tokens.findIndex((x) => x.lower === 'will');
      if (will > 0 && YEAR.test(s.tokens[date[0]]!.lower) && isSubjectLike(s.tokens[will - 1]) && opinionFrom(s) === s.tokens[will]!.start && !/\b(?:I|we)\b/.test(s.text)) {
        return evidence('fact', 'dated projection', s.tokens[will]!.start, s.tokens[date[1]]!.end);
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
      return name < 0 ? undefined : evidence('fact', 'action involving a named actor', s.tokens[name]!.start, s.tokens[name]!.end);
    },
  },
];
