// What a word is, as bits: the closed-class lists it is on and what its shape says (-ed, -ing,
// -ly, a plural). Computed once per distinct word and kept on its tokens, so the fact rules, which
// read every token of every sentence, test bits instead of looking words up in sets.
import { DETERMINERS, inflect } from './lexicon';

export const W = {
  DETERMINER: 1 << 0,
  PREPOSITION: 1 << 1,
  /** A closed-class adverb the fact rules skip between subject and verb ("also", "never"). */
  ADVERB: 1 << 2,
  /** Ends in -ly and is longer than four letters: an adverb of manner. */
  LY: 1 << 3,
  /** Auxiliaries and adverbs that may stand between a source and its verb ("has", "repeatedly"). */
  AUXILIARY: 1 << 4,
  /** A past tense or participle of an action (not of a verb of state). */
  PAST: 1 << 5,
  STATIVE: 1 << 6,
  BE: 1 << 7,
  HAVE: 1 << 8,
  /** Turns a sentence to opinion, prediction or hypothesis (would, perhaps, if, I...). */
  NOT_FACT: 1 << 9,
  /** Capitalised only at the start of a sentence: not a name ("The", "However", "Nothing"). */
  CAPITAL_STOP: 1 << 10,
  MONTH: 1 << 11,
  WEEKDAY: 1 << 12,
  MONTH_ABBREVIATION: 1 << 13,
  YEAR: 1 << 14,
  DAY: 1 << 15,
  /** "last", "this", "past"... before a period of time. */
  RELATIVE: 1 << 16,
  PERIOD: 1 << 17,
  DATE_PREPOSITION: 1 << 18,
  /** "yesterday", "ago". */
  DATE_WORD: 1 << 19,
  /** He, she, they, it: a pronoun subject of a fact. */
  PRONOUN: 1 << 20,
  /** A pronoun that can be the subject of a verb (he, they, who, someone...). */
  PRONOUN_SUBJECT: 1 << 21,
  /** A lower-case plural noun, by its shape. */
  PLURAL: 1 << 22,
  /** Starts an object after a verb ("uses this", "links them"). */
  OBJECT_START: 1 << 23,
  /** Opens a leading subordinate clause (as, while, because...). */
  SUBORDINATOR: 1 << 24,
  /** Starts an imperative sentence (think, imagine, consider...). */
  IMPERATIVE: 1 << 25,
  /** Can be a present-tense verb: a plain lower-case word of three letters or more, not of state. */
  PRESENT: 1 << 26,
  /** Ends in -s, not -ss. */
  S_FORM: 1 << 27,
  /** Ends in -ing and is longer than four letters. */
  ING: 1 << 28,
} as const;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

const PREPOSITIONS = words(
  'of for in on with by from into about against under over between among without to at toward towards via after before since until per',
);
const ADVERBS = words('also not never still already again once then soon later first just long now even only');
const AUXILIARIES = words(
  "do does did don't doesn't didn't will would may might could should must can cannot can't won't has have had " +
    'also not never often always still repeatedly once later then again long publicly privately openly recently',
);
const IRREGULAR_PAST =
  words(`went took made cut left began sent won lost held met led gave brought built bought sold paid fell rose grew spent
  struck told said became came
  saw knew chose drew drove fought froze hid hit kept laid let meant put ran set shut sought spoke stood stole swore taught threw understood
  wrote withdrew overtook undertook broke forbade sank shot split spread bound caught dealt fled flew forgot forgave hung overthrew
  rebuilt rode rang slid stuck stung strove swept swung tore woke wore wound begun broken chosen done drawn driven eaten fallen
  forgotten given gone grown hidden known ridden risen seen shaken shown stolen sworn taken thrown woken worn written withdrawn overtaken
  undertaken been had was were got found sat lay shed quit upheld withheld overran overrode oversaw hurt cost beat bet burst rid imposed`);
/** Words in -ed that are no past tense. */
const ED_NOT_VERBS = words(
  'need indeed speed seed feed breed bleed proceed exceed succeed hundred sacred naked wicked ' +
    'kindred rugged ragged crooked beloved aged embed infrared unprecedented so-called',
);
/** Verbs of state, wish and judgement: "the alliance remains weak", "Moscow wanted respect" characterise, they do not report an act. */
const STATIVE = words(`remain reflect persist represent mean matter lack need want face know seem appear tend depend deserve belong resemble
  exist stand look feel prefer hope fear wish like love hate understand realize realise care avoid become make show
  suffer risk enjoy involve require include contain believe think expect intend desire crave dream regard view see`).flatMap((v) =>
  inflect(v),
);
const NOT_FACT =
  words(`would could might should must ought will shall perhaps probably possibly likely unlikely seems seem seemed appears appear arguably surely
  clearly obviously certainly undoubtedly presumably evidently imagine suppose if unless whether i i'm i've i'd we we're we've we'd
  let's maybe hopefully ideally need needs wonder why essentially basically fundamentally effectively simply merely virtually
  practically truly inevitably`);
const CAPITAL_STOP = words(
  `the a an this that these those in on at by for from to of and but or so yet as if when while ` +
    `after before since although though because however moreover meanwhile still then there here it ` +
    `its he she they his her their our my your one some many most all both each every such no not ` +
    `nor what which who whom whose where why how also even only just instead thus hence indeed ` +
    `nevertheless nonetheless furthermore besides likewise similarly currently today now again once ` +
    `unlike like despite given with without under over into through during against between among ` +
    `until upon within nothing everything something anything nobody everyone someone anyone none few ` +
    `several others another`,
);
const MONTHS = words('january february march april june july august september october november december');
const MONTH_ABBREVIATIONS = words('jan feb mar apr jun jul aug sep sept oct nov dec');
const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
const RELATIVE = words('last this past previous earlier');
const PERIODS = words('week month year decade spring summer autumn fall winter weekend quarter century');
const DATE_PREPOSITIONS = words('in on since by until till from after before during early late mid around between through throughout of');
const PRONOUNS = words('he she they it');
const PRONOUN_SUBJECTS = words('he she they it who which one someone somebody everyone nobody');
/** Lower-case words in -s that are no plural noun. */
const NOT_PLURAL = words('is was has this its us his does as thus whereas yes ies news');
const OBJECT_STARTS = [...DETERMINERS, ...words('it them him her us you me up out its their his to')].filter((w) => w !== 'that');
const SUBORDINATORS = words('as though although while whereas because beyond despite even if unless once when');
const IMPERATIVES = words('think imagine consider look note remember suppose take let see ask try compare keep make do');

const YEAR = /^(?:1[6-9]\d\d|20\d\d)(?:s|'s)?$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** The bits of each listed word, from the lists above. */
const LISTED = new Map<string, number>();
const mark = (list: readonly string[], bit: number) => list.forEach((w) => LISTED.set(w, (LISTED.get(w) ?? 0) | bit));
mark([...DETERMINERS], W.DETERMINER);
mark(PREPOSITIONS, W.PREPOSITION);
mark(ADVERBS, W.ADVERB);
mark(AUXILIARIES, W.AUXILIARY);
mark(STATIVE, W.STATIVE);
mark(words('is are was were'), W.BE);
mark(words('has have had'), W.HAVE);
mark(NOT_FACT, W.NOT_FACT);
mark(CAPITAL_STOP, W.CAPITAL_STOP);
mark(MONTHS, W.MONTH);
mark(WEEKDAYS, W.WEEKDAY);
mark(MONTH_ABBREVIATIONS, W.MONTH_ABBREVIATION);
mark(RELATIVE, W.RELATIVE);
mark(PERIODS, W.PERIOD);
mark(DATE_PREPOSITIONS, W.DATE_PREPOSITION);
mark(words('yesterday ago'), W.DATE_WORD);
mark(PRONOUNS, W.PRONOUN);
mark(PRONOUN_SUBJECTS, W.PRONOUN_SUBJECT);
mark(OBJECT_STARTS, W.OBJECT_START);
mark(SUBORDINATORS, W.SUBORDINATOR);
mark(IMPERATIVES, W.IMPERATIVE);
const IRREGULAR = new Set(IRREGULAR_PAST);
const NOT_ED = new Set(ED_NOT_VERBS);
const NOT_PLURALS = new Set(NOT_PLURAL);

/** The bits of a word (lower case), computed from its lists and its shape. */
function computeBits(w: string): number {
  let bits = LISTED.get(w) ?? 0;
  const stem = w.endsWith("'s") ? w.slice(0, -2) : w;
  if (stem !== w) bits |= (LISTED.get(stem) ?? 0) & W.CAPITAL_STOP;
  if (w.length > 4 && w.endsWith('ly')) bits |= W.LY;
  if (!(bits & W.STATIVE) && (IRREGULAR.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_ED.has(w)))) bits |= W.PAST;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (YEAR.test(w)) bits |= W.YEAR;
    if (DAY.test(w)) bits |= W.DAY;
  }
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith("'s") && !NOT_PLURALS.has(w)) bits |= W.PLURAL;
  if (w.endsWith('s') && !w.endsWith('ss')) bits |= W.S_FORM;
  if (w.length > 4 && w.endsWith('ing')) bits |= W.ING;
  if (w.length > 2 && !(bits & W.STATIVE) && /^[a-z]+$/.test(w)) bits |= W.PRESENT;
  return bits;
}

const known = new Map<string, number>();
const MAX_KNOWN = 50_000;

/** The bits of a word (lower case); remembered, as real text repeats its words. */
export function wordBits(w: string): number {
  let bits = known.get(w);
  if (bits === undefined) {
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(w, (bits = computeBits(w)));
  }
  return bits;
}
