// Where edits that add markup go. Pure functions over text and spans: quick fixes in the editor
// and tests share them. None of them removes a character of the user's text.
import type { Span } from './types';

const TERMINATORS = '.!?…';

/**
 * Where `[@key]` goes in a sentence: before its final punctuation, as Pandoc writes it
 * ("...in 2022 [@key]."), or at its end when it has none or ends in a closing quote.
 */
export function citationInsertOffset(text: string, sentence: Span): number {
  let end = sentence.end;
  while (end > sentence.start && /\s/.test(text[end - 1]!)) end--;
  let k = end;
  while (k > sentence.start && TERMINATORS.includes(text[k - 1]!)) k--;
  return k < end && k > sentence.start ? k : end;
}

/** The text to insert there: a space before the citation unless one is already there. */
export function citationText(text: string, offset: number, key: string): string {
  return `${/\s/.test(text[offset - 1] ?? ' ') ? '' : ' '}[@${key}]`;
}
