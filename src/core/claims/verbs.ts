// Telling a reporting verb used as a verb ("the ministry declared") from the same word used as a
// noun or adjective ("its declared policy", "a claim"), from the words around it. No tagger: the
// neighbours a verb needs are few and closed-class.
import { DETERMINERS, NOUN_LIKE, OWN_VOICE, REPORTING_FORMS } from './lexicon';
import type { Token } from './tokens';

const PREPOSITIONS = new Set('of for in on with by from into about against under over between among without per as at'.split(' '));
const PRONOUN_SUBJECTS = new Set('he she they it who which one someone somebody everyone nobody'.split(' '));
const AUXILIARIES = new Set(
  "do does did don't doesn't didn't to will would may might could should must can cannot can't won't has have had also not never often always still repeatedly once later then again publicly privately openly recently".split(
    ' ',
  ),
);
const NEGATED_MODALS = new Set("can't cannot couldn't can not".split(' '));
const NOT_PLURAL = new Set('is was has this its us his does as thus whereas yes ies news'.split(' '));

/** A word that can stand as the subject before a verb: a name, a pronoun, a plural noun. */
export function isSubjectLike(t: Token | undefined): boolean {
  if (!t || t.punct) return false;
  if (t.cap) return !DETERMINERS.has(t.lower);
  if (PRONOUN_SUBJECTS.has(t.lower)) return true;
  return t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !NOT_PLURAL.has(t.lower) && !t.lower.endsWith("'s");
}

const isAdverb = (t: Token) => !t.punct && ((t.lower.endsWith('ly') && t.lower.length > 4) || AUXILIARIES.has(t.lower));

/**
 * Whether the reporting form at `i` is used as a verb of a source other than the author: not after
 * a determiner or preposition, a noun-like form only after a subject or an auxiliary, never with
 * "I"/"we"/"you" as its subject, not in "it cannot be denied".
 */
export function isReportingVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const base = REPORTING_FORMS.get(t.lower);
  if (base === undefined || t.cap) return false;
  const prev = tokens[i - 1];
  if (prev && !prev.punct && (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower))) return false;
  // "It cannot be denied": an idiom, no source.
  if (prev && (prev.lower === 'be' || prev.lower === 'been') && NEGATED_MODALS.has(tokens[i - 2]?.lower ?? '')) return false;
  if (ownVoice(tokens, i)) return false;
  const pastForm = t.lower !== base && !t.lower.endsWith('s') && !t.lower.endsWith('ing');
  if (!NOUN_LIKE.has(base) || pastForm) return true;
  if (isSubjectLike(prev) || (prev && isAdverb(prev))) return true;
  // Inverted: ", say economists", "“...,” said the minister".
  return !!prev && prev.punct && /[,”"»]/.test(prev.lower) && !!tokens[i + 1] && !tokens[i + 1]!.punct;
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
