// Splits a block's prose into sentences. Abbreviations ("U.S.", "Dr."), initials, decimals and
// quotations do not end a sentence; a citation right after the full stop ("...end.[^1]") belongs to it.
import { nextOf } from './charSearch';
import type { Span } from './types';

// Character classes for the scan, by char code (ASCII in a table, the rest tested inline).
const OTHER = 0;
const SPACE = 1;
const TERM = 2; // . ! ? …
const CLOSER = 3; // ) ] * _ ' ’ : may follow a terminator
const OPEN = 4; // “ « „
const CLOSE = 5; // ” »
const ASCII_KIND = new Uint8Array(128);
for (const c of ' \t\n\r') ASCII_KIND[c.charCodeAt(0)] = SPACE;
for (const c of '.!?') ASCII_KIND[c.charCodeAt(0)] = TERM;
for (const c of ')]*_\'"') ASCII_KIND[c.charCodeAt(0)] = CLOSER;
const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Prof Sr Jr St Mt Gen Lt Col Maj Capt Sgt Adm Gov Sen Rep Pres Amb Rev Hon Fr ' +
    'vs etc al cf approx ca No Nos Vol Vols pp p ed eds fig Fig Inc Ltd Corp Co Dept Univ Est ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Art art Sec sec Ch ch'
  ).split(' '),
);

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

/**
 * Sentence spans (absolute offsets) of one block starting at `base`. Ends are found in `prose`, the
 * block's text with markup masked; `source` is its original text, so that a sentence starts and
 * ends on the markup that opens or closes it (`[` of a span). `citations` (absolute, sorted) are
 * masked in `prose`; those right after a sentence end join it.
 */
export function splitSentences(prose: string, source: string, base: number, citations: readonly Span[]): Span[] {
  const out: Span[] = [];
  const n = prose.length;
  let start = skipSpace(source, 0);
  let depth = 0; // curly and guillemet quotes
  let straightOpen = false;
  let pending = -1; // offset of the first terminator of a run that may end the sentence
  let c = 0; // citation cursor

  const emit = (end: number): number => {
    // Attach citations that start between the end and the next prose character.
    const next = skipSpace(prose, end);
    let e = end;
    while (c < citations.length && citations[c]!.start - base < end) c++;
    while (c < citations.length && citations[c]!.start - base < next) e = Math.max(e, citations[c++]!.end - base);
    if (end > start) out.push({ start: base + start, end: base + e });
    return Math.min(next, skipSpace(source, e));
  };

  for (let i = start; i < n; i++) {
    // With no terminator pending, only terminators and quote marks change anything: the engine's
    // search finds the next (a loop over every character was most of the split's time).
    if (pending < 0 && (i = nextOf(STOP, prose, i)) >= n) break;
    const code = prose.charCodeAt(i);
    // Plain letters, digits and spaces are most of the text: skip them fast.
    const kind =
      code < 128
        ? ASCII_KIND[code]!
        : code === 0x201c || code === 0xab || code === 0x201e
          ? OPEN
          : code === 0x201d || code === 0xbb
            ? CLOSE
            : code === 0x2026
              ? TERM
              : code === 0x2019
                ? CLOSER
                : code === 0xa0
                  ? SPACE
                  : OTHER;
    if (kind === OTHER) {
      pending = -1;
      continue;
    }
    if (kind === OPEN) depth++;
    else if (kind === CLOSE) depth = Math.max(0, depth - 1);
    else if (code === 34 /* " */) {
      const prev = prose[i - 1];
      if (straightOpen && prev !== undefined && !isSpace(prose.charCodeAt(i - 1))) straightOpen = false;
      else if (prev === undefined || isSpace(prose.charCodeAt(i - 1)) || '([{—–-'.includes(prev)) straightOpen = true;
    }
    if (kind === TERM) {
      if (pending < 0) pending = i;
      continue;
    }
    if (pending >= 0 && (kind === CLOSER || kind === CLOSE || code === 34)) continue;
    if (pending >= 0 && kind === SPACE && depth === 0 && !straightOpen && endsHere(prose, pending, i)) {
      start = emit(i);
      i = start - 1;
    }
    pending = -1;
  }
  if (skipSpace(prose, start) < n) {
    let end = n;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    emit(end);
  }
  return out;
}

/** Whether the terminator run at `at`, followed by closers up to the space at `space`, ends a sentence. */
function endsHere(prose: string, at: number, space: number): boolean {
  // By character codes: this runs at every full stop, and strings made here were a fifth of the split's time.
  const p = skipSpace(prose, space);
  if (p >= prose.length) return true;
  // A sentence does not start in lower case ("approx. five", "e.g. this").
  const c = prose.charCodeAt(p);
  if (c < 128 ? c >= 97 && c <= 122 : isLowerCase(prose[p]!)) return false;
  if (prose.charCodeAt(at) !== 46 /* . */ || prose.charCodeAt(at + 1) === 46) return true;
  let w = at;
  let dots = false;
  for (let d = prose.charCodeAt(w - 1); w > 0 && (isAsciiLetter(d) || d === 46); d = prose.charCodeAt(--w - 1)) dots ||= d === 46;
  if (at - w === 1 && prose.charCodeAt(w) <= 90) return false; // an initial: "J. Smith"
  if (dots) return false; // "U.S.", "e.g."
  return !ABBREVIATIONS.has(prose.slice(w, at));
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLowerCase = (ch: string) => ch.toLowerCase() === ch && ch.toUpperCase() !== ch;

/** Terminators and quote marks: what the split's state changes at (nextOf, one character a match). */
const STOP = /[.!?…“«„”»"]/g;

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}
