// Telling a reporting verb used as a verb ("the ministry declared") from the same word used as a
// noun or adjective ("its declared policy", "a claim"), from the words around it. No tagger: the
// neighbours a verb needs are few and closed-class.
import { BE_FORMS, DETERMINERS, NOUN_LIKE, OWN_VOICE, REPORTING_FORMS, VAGUE_SOURCES } from './lexicon';
import { W } from './features';
import { tokenAt, type Token } from './tokens';

const PREPOSITIONS = new Set('of for in on with by from into about against under over between among without per as at'.split(' '));
/** Words that make a following -ing or -ed form an adjective: "the most telling example". */
const DEGREE = new Set('most more very so less least too rather quite'.split(' '));
/** Auxiliaries after which a participle is a verb: "has warned", "was saying". */
const HELPERS = new Set('is are was were be been being has have had having'.split(' '));
/** Singular nouns for bodies that speak: "the government considers", "the ministry warns". */
const INSTITUTIONS = new Set(
  (
    'government ministry administration court parliament president minister commission council committee agency company ' +
    'office department embassy army military police union alliance organisation organization bank fund board panel senate ' +
    'congress campaign party regime kremlin authority leadership cabinet spokesman spokeswoman spokesperson report study survey ' +
    'poll statement document memo letter article newspaper paper outlet channel agency watchdog regulator prosecutor judge'
  ).split(' '),
);
const INTERJECTIONS = new Set('however though moreover meanwhile too indeed instead nonetheless nevertheless'.split(' '));
const SOURCE_PRONOUNS = new Set('he she they who'.split(' '));
const NEGATED_MODALS = new Set("can't cannot couldn't can not".split(' '));

/** A word that can stand as the subject before a verb: a name, a pronoun, a plural noun. */
export function isSubjectLike(t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  if (t.cap) return !(t.bits & W.DETERMINER);
  return (t.bits & (W.PRONOUN_SUBJECT | W.PLURAL)) !== 0;
}

const isAdverb = (t: Token) => (t.bits & (W.LY | W.AUXILIARY)) !== 0;

/**
 * Whether the reporting form at `i` is used as a verb of a source other than the author: not after
 * a determiner or preposition, a noun-like form only after a subject or an auxiliary, never with
 * "I"/"we"/"you" as its subject, not in "it cannot be denied".
 */
export function isReportingVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const base = REPORTING_FORMS.get(t.lower);
  if (base === undefined || t.cap) return false;
  const prev = tokenAt(tokens, i - 1);
  const next = tokens[i + 1];
  // "by arguing that": the subject's own argument, a preposition that keeps the verb.
  const byGerund = prev?.lower === 'by' && t.lower.endsWith('ing');
  if (prev && !prev.punct && !byGerund && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || DEGREE.has(prev.lower)))
    return false;
  // "It cannot be denied": an idiom, no source.
  if (prev && (prev.lower === 'be' || prev.lower === 'been') && NEGATED_MODALS.has(tokenAt(tokens, i - 2)?.lower ?? '')) return false;
  if (ownVoice(tokens, i)) return false;
  // "scholars have been arguing": an unnamed source, for the weasel rules.
  const subject = subjectBefore(tokens, i);
  if (subject >= 0 && VAGUE_SOURCES.has(tokens[subject]!.lower)) return false;
  // "some advertisers claim": a group no one named.
  if (subject > 0 && VAGUE_SOURCES.has(tokens[subject - 1]!.lower)) return false;
  // No past form of these verbs ends in -s: what is neither the base nor -ing is -s or past.
  const form = t.lower === base ? 'base' : t.lower.endsWith('ing') ? 'ing' : t.lower.endsWith('s') ? 'third' : 'past';
  // "It is believed that", "he is said to": hearsay in the passive names no source (the weasel
  // rules read it); "the decision was announced" reports a statement all the same.
  if (form === 'past' && next?.lower !== 'by') {
    let k = i - 1;
    while (k >= 0 && isAdverb(tokens[k]!)) k--;
    if (
      k >= 0 &&
      BE_FORMS.has(tokens[k]!.lower) &&
      (next?.lower === 'to' || next?.lower === 'that' || next?.lower === 'of' || tokenAt(tokens, k - 1)?.lower === 'it')
    )
      return false;
  }
  if (form === 'past') {
    // "the union implied by the treaty", "the email mentioned above": a participle describing a noun.
    const helped = prev && (HELPERS.has(prev.lower) || isSubjectLike(prev) || prev.punct);
    return !(next && /^(?:by|above|below|earlier|here)$/.test(next.lower) && !helped);
  }
  if (form === 'ing') return !!prev && (byGerund || prev.lower === ',' || HELPERS.has(prev.lower) || isSubjectLike(prev));
  // "advertisers claim to", "officials claim that": a bare form with its complement.
  if (form === 'base' && isSubjectLike(prev) && next && (next.lower === 'that' || next.lower === 'to')) return true;
  // Bare and -s forms: a source named or unnamed before them, or the verb before its subject.
  if (form === 'base' && NOUN_LIKE.has(base) && (!next || next.punct)) return false; // "the office's forecast."

  if (
    form === 'third' &&
    NOUN_LIKE.has(base) &&
    !(next && /^(?:that|“|"|:)$/.test(next.lower)) &&
    !(isSourceLike(prev) && next && !next.punct && DETERMINERS.has(next.lower))
  )
    return false;
  if (isSourceLike(prev)) return true;
  if (prev && isAdverb(prev) && isSourceLike(tokenAt(tokens, i - 2))) return true;
  // Inverted: ", said the minister", "“...,” she said" (", say economists" is an unnamed source).
  return !!prev && prev.punct && /[,”"»]/.test(prev.lower) && !!next && !next.punct && !VAGUE_SOURCES.has(next.lower);
}

/** A subject that can be a source: a name, a personal pronoun, an unnamed group ("critics"). */
function isSourceLike(t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  // "Experts say": an unnamed source, for the weasel rules, not a named one.
  if (VAGUE_SOURCES.has(t.lower)) return false;
  if (t.cap) return !DETERMINERS.has(t.lower);
  return SOURCE_PRONOUNS.has(t.lower) || INSTITUTIONS.has(t.lower);
}

/** The word before the verb at `i` once auxiliaries and adverbs are passed (its subject, if it has one there), or -1. */
function subjectBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  // Past auxiliaries, adverbs and a parenthetical ("critics, however, argue").
  while (
    k >= 0 &&
    (HELPERS.has(tokens[k]!.lower) || isAdverb(tokens[k]!) || tokens[k]!.lower === ',' || INTERJECTIONS.has(tokens[k]!.lower))
  )
    k--;
  return k >= 0 && !tokens[k]!.punct ? k : -1;
}

/** Whether the nearest subject before `i` (within the clause) is the author or the reader. */
function ownVoice(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.punct) return false;
    if (OWN_VOICE.has(t.lower)) return true;
    if (!isAdverb(t)) return false;
  }
  return false;
}
