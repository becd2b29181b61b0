// The words around a place in prose, for rules that read context (worldRules.ts, names.ts).

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether each UTF-16 code outside the surrogates is a word's: 0 not yet known, 1 yes, 2 no.
 * ASCII is filled in here and the rest when first seen: one read per character, which every
 * scanner of prose pays for each of a file's characters (three comparisons cost twice as much).
 */
const WORD_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
/** 1 for an ASCII letter or digit, by code (0 to 127): for loops that read ASCII words apart. */
export const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CLASS[c] === 1 ? 1 : 0));

/** Whether the character at `i` belongs to a word (letters, digits, combining marks). */
export function isWordCode(text: string, i: number): boolean {
  return wordCodeAt(text.charCodeAt(i), text, i);
}

/**
 * isWordCode for the scanners of a block's prose (a flat string of its own) and nothing else. V8
 * keeps what it learns of a call site per function: isWordCode also reads names, keys and editor
 * text, strings of a dozen representations, and its read of charCodeAt went megamorphic for
 * every caller. Here it sees two (one and two bytes a character).
 */
export function proseWordAt(prose: string, i: number): boolean {
  return wordCodeAt(prose.charCodeAt(i), prose, i);
}

/** isWordCode for a scanner that has read the character's code already. */
export function wordCodeAt(code: number, text: string, i: number): boolean {
  const known = WORD_CLASS[code];
  if (known !== 0) return known === 1; // undefined past the end: no word
  return unknownCode(code, text, i);
}

function unknownCode(code: number, text: string, i: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return WORD_CHAR.test(text.slice(code <= 0xdbff ? i : i - 1, (code <= 0xdbff ? i : i - 1) + 2));
  // A table, not a regular expression per character: curly quotes and dashes stand in most prose.
  const found = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  WORD_CLASS[code] = found;
  return found === 1;
}

export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Only one space (or one line break) between it and the name: part of the same phrase. */
  readonly adjacent: boolean;
}

/** A character of a word as these rules read it: letters, digits, marks, and ' ’ . - inside. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || wordCodeAt(c, text, i);
}
/** A space or a line break (LF, CR). */
export const isBlankCode = (c: number): boolean => c === 32 || c === 10 || c === 13;

/** Whether one space or one line break (LF or CRLF) stands between `a` and `b`: words of one phrase. */
export function oneBreakBetween(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  return (b - a === 1 && (c === 32 || c === 10)) || (b - a === 2 && c === 13 && text.charCodeAt(a + 1) === 10);
}
export const isUpper = (w: string): boolean => /^\p{Lu}/u.test(w);

/** The word after `end` (skipping spaces only; undefined at punctuation or the end). */
export function wordAfter(text: string, end: number, to: number): Word | undefined {
  let p = end;
  while (p < to && isBlankCode(text.charCodeAt(p))) p++;
  let q = p;
  while (q < to && isLetter(text, q)) q++;
  if (q === p) return undefined;
  // Without the full stop or quote that may close it.
  let e = q;
  while (e > p && (text[e - 1] === '.' || text[e - 1] === '’' || text[e - 1] === "'")) e--;
  return { text: text.slice(p, e), start: p, end: q, adjacent: oneBreakBetween(text, end, p) };
}

/** The word before `start` (skipping spaces only). */
export function wordBefore(text: string, start: number, from: number): Word | undefined {
  let q = start;
  while (q > from && isBlankCode(text.charCodeAt(q - 1))) q--;
  let p = q;
  while (p > from && isLetter(text, p - 1)) p--;
  if (q === p) return undefined;
  return { text: text.slice(p, q), start: p, end: q, adjacent: oneBreakBetween(text, q, start) };
}

/** Whether a word starts a sentence: nothing but opening punctuation since a full stop, or the block's start. */
export function startsSentence(text: string, at: number, from: number): boolean {
  for (let p = at - 1; p >= from; p--) {
    const c = text[p]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '"' || c === '“' || c === '(' || c === '‘' || c === '*' || c === '_') continue;
    return c === '.' || c === '!' || c === '?' || c === ':';
  }
  return true;
}
