// When a name of the world's knowledge is not a mention of its state: a capital used as a place
// ("in Ankara") rather than for its government ("Ankara warned"), and the names states share with
// people and places ("Michael Jordan", "Niger Delta", "New Mexico", the US state of Georgia).
import {
  FUNCTION_WORDS,
  GOVERNMENT_BEFORE,
  GOVERNMENT_VERBS,
  HISTORIC_QUALIFIERS,
  NAME_HEADS,
  PERSON_LIKE,
  TITLES,
  US_STATE_CUES,
} from './lexicon';
import { isBlankCode, isUpper, proseWordAt, wordAfter, wordBefore, type Word } from './proseWords';
import type { Entry, MentionForm } from './types';

/** How far around "Georgia" a US state or city makes it the US state. */
const GEORGIA_WINDOW = 160;

/** A capitalised word that could be part of the same proper name (not a title or function word). */
function namePart(w: Word | undefined): boolean {
  // A word that ends with a full stop ends a sentence (or is an abbreviation): not part of a name.
  if (!w || !w.adjacent || !isUpper(w.text) || w.text.endsWith('.')) return false;
  const lower = w.text.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !TITLES.has(lower);
}

/** Whether a capital names its government here: it acts, owns, or is dealt with. */
function actsAsGovernment(text: string, start: number, end: number, from: number, to: number): boolean {
  if (/^['’]s\b/u.test(text.slice(end, end + 3))) return true;
  const next = wordAfter(text, end, to);
  if (next && GOVERNMENT_VERBS.has(next.text.toLowerCase())) return true;
  const before = wordBefore(text, start, from);
  if (before && GOVERNMENT_BEFORE.has(before.text.toLowerCase())) return true;
  // The object of a verb: "worried Ankara", "accused Ankara".
  if (before && (GOVERNMENT_VERBS.has(before.text) || /^\p{Ll}+ed$/u.test(before.text))) return true;
  // "Ankara and Baku", "between Baku and Ankara": one capital beside another actor.
  if (next && (next.text === 'and' || next.text === 'or') && isUpper(wordAfter(text, next.end, to)?.text ?? '')) return true;
  if (before && before.text === 'and') {
    const first = wordBefore(text, before.start, from);
    if (first && isUpper(first.text) && !FUNCTION_WORDS.has(first.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether the match [start, end) of `entry` in `text` (a block's prose, [from, to)) is a mention
 * of it. Only the world's states (entries with ISO codes) have rules; everything else is a mention.
 */
export function acceptsMention(
  text: string,
  start: number,
  end: number,
  entry: Entry,
  as: MentionForm | undefined,
  from: number,
  to: number,
): boolean {
  if (entry.type !== 'actor' || !entry.iso) return true;
  // Most names stand between lower-case words or punctuation: then only the capital's and
  // Georgia's rules apply, and no word around is made into a string.
  const before = capitalBefore(text, start, from) ? wordBefore(text, start, from) : undefined;
  const after = capitalAfter(text, end, to) ? wordAfter(text, end, to) : undefined;
  // "Free Syrian Army": a demonym inside a longer name is part of that name.
  if (as === 'demonym') return !(namePart(before) && after?.adjacent === true && isUpper(after.text));
  // "New Mexico", "Northern Ireland", "Michael Jordan"; but "Soviet Russia", "Putin's Russia".
  if (namePart(before) && !HISTORIC_QUALIFIERS.has(before!.text.toLowerCase()) && !/['’]s$/.test(before!.text)) return false;
  if (after?.adjacent && isUpper(after.text)) {
    const lower = after.text.toLowerCase();
    if (NAME_HEADS.has(lower)) return false;
    const name = text.slice(start, end).toLowerCase();
    if (PERSON_LIKE.has(name) && namePart(after)) return false;
  }
  if (as === 'capital') return actsAsGovernment(text, start, end, from, to);
  if (entry.iso.includes('GE') && text.slice(start, end) === 'Georgia') return !usStateNearby(text, start, end, from, to);
  return true;
}

/** Whether the word one blank after `end` starts with a capital letter. */
function capitalAfter(text: string, end: number, to: number): boolean {
  const c = text.charCodeAt(end);
  if (end >= to || !isBlankCode(c)) return false;
  const p = c === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  return p < to && isUpper(text[p]!);
}

/** Whether the word one blank before `start` starts with a capital letter. */
function capitalBefore(text: string, start: number, from: number): boolean {
  let q = start - 1;
  if (q < from || !isBlankCode(text.charCodeAt(q))) return false;
  if (text.charCodeAt(q) === 10 && q > from && text.charCodeAt(q - 1) === 13) q--;
  let p = q;
  while (p > from && proseWordAt(text, p - 1)) p--;
  return p < q && isUpper(text[p]!);
}

/** "the state of Georgia", or a US state or Georgian city nearby. */
function usStateNearby(text: string, start: number, end: number, from: number, to: number): boolean {
  if (/state of\s+$/i.test(text.slice(Math.max(from, start - 12), start))) return true;
  return US_STATE_CUE.test(text.slice(Math.max(from, start - GEORGIA_WINDOW), Math.min(to, end + GEORGIA_WINDOW)));
}

/** One test of the window for any cue: no word-by-word strings. */
const US_STATE_CUE = new RegExp(`\\b(?:${[...US_STATE_CUES].join('|')})\\b`, 'i');
