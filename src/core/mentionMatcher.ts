// Finds every name or alias of a known entry in prose: a table from first word to the aliases
// starting with it, tried longest first. One pass over the words; no per-alias regular expressions.
import { isCaseInsensitive } from './knowledge';
import type { Entry } from './types';
import { hashWord } from './wordHash';

interface Pattern {
  /** Words and single punctuation characters; lower-cased where the entry matches case-insensitively. */
  readonly pieces: readonly string[];
  /** Whether whitespace separates piece k from piece k-1 in the alias. */
  readonly spaced: readonly boolean[];
  readonly entry: Entry;
  readonly insensitive: boolean;
}

/**
 * Mentions of one block as parallel arrays, in order: a report's 20,000 mentions are kept as a
 * few arrays of numbers rather than 20,000 objects (the analysis keeps them while the file is open).
 */
export interface MentionList {
  readonly starts: number[];
  readonly ends: number[];
  readonly entries: Entry[];
  /** Which are written as bracketed spans; absent when none is. */
  readonly explicit?: boolean[];
}

/** Shared by every block without mentions (never written to). */
const NO_MENTIONS: MentionList = Object.freeze({ starts: [], ends: [], entries: [] });

const PIECE = /[\p{L}\p{N}\p{M}]+|\S/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const FILTER_BITS = 1 << 20;


/** Whether the character at `i` belongs to a word (letters, digits, combining marks). */
function isWordCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return WORD_CHAR.test(text.slice(code <= 0xdbff ? i : i - 1, (code <= 0xdbff ? i : i - 1) + 2));
  return WORD_CHAR.test(text[i]!);
}

/** Whether `piece` is at `pos` (lower-cased text for case-insensitive entries), compared without a copy. */
function samePiece(text: string, pos: number, piece: string, insensitive: boolean): boolean {
  for (let j = 0; j < piece.length; j++) {
    let c = text.charCodeAt(pos + j);
    if (insensitive) {
      // Lower-casing beyond ASCII can change lengths ("İ"): compare as strings then.
      if (c >= 128) return text.slice(pos, pos + piece.length).toLowerCase() === piece;
      if (c >= 65 && c <= 90) c += 32;
    }
    if (c !== piece.charCodeAt(j)) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f || code === 0x2009;
}

export class MentionMatcher {
  private readonly sensitive = new Map<string, Pattern[]>();
  private readonly insensitive = new Map<string, Pattern[]>();
  /**
   * A bit per hash of every first word (ASCII-lower-cased, plural forms included): a word whose
   * hash is not set cannot start a name, and is skipped without making a string of it.
   */
  private readonly firstWords = new Uint8Array(FILTER_BITS >> 3);
  /**
   * By first-word hash, when every alias starting with that word goes on to another piece: the
   * ASCII characters that piece can start with ("the" only starts "the Kremlin", "the West"...).
   * null when some alias is the word alone. Lets common words be skipped without a string.
   */
  private readonly followers = new Map<number, Uint8Array | null>();

  constructor(forms: ReadonlyArray<{ form: string; entry: Entry }>) {
    for (const { form, entry } of forms) {
      const insensitive = isCaseInsensitive(entry);
      const text = insensitive ? form.toLowerCase() : form;
      const pieces: string[] = [];
      const spaced: boolean[] = [];
      let last = -1;
      for (const m of text.matchAll(PIECE)) {
        spaced.push(last >= 0 && m.index > last);
        pieces.push(m[0]);
        last = m.index + m[0].length;
      }
      // An alias must start with a word: mentions are found word by word.
      if (pieces.length === 0 || !isWordCode(pieces[0]!, 0)) continue;
      const index = insensitive ? this.insensitive : this.sensitive;
      const first = pieces[0]!;
      this.mark(first);
      this.follow(first, pieces[1]);
      if (insensitive && pieces.length === 1) {
        this.mark(`${first}s`);
        this.mark(`${first}es`);
        this.follow(`${first}s`, undefined);
        this.follow(`${first}es`, undefined);
      }
      const list = index.get(pieces[0]!) ?? [];
      list.push({ pieces, spaced, entry, insensitive });
      index.set(pieces[0]!, list);
    }
    // Longest alias first, so "CSTO activation" wins over "CSTO".
    for (const list of [...this.sensitive.values(), ...this.insensitive.values()]) {
      list.sort((a, b) => b.pieces.join(' ').length - a.pieces.join(' ').length);
    }
  }

  private mark(word: string): void {
    const h = hashWord(word, 0, word.length) & (FILTER_BITS - 1);
    this.firstWords[h >> 3]! |= 1 << (h & 7);
  }

  private follow(first: string, next: string | undefined): void {
    const h = hashWord(first, 0, first.length);
    if (h === -1) return;
    const c = next === undefined ? -1 : next.charCodeAt(0);
    if (c < 0 || c >= 128 || this.followers.get(h) === null) {
      this.followers.set(h, null);
      return;
    }
    const allowed = this.followers.get(h) ?? new Uint8Array(128);
    // Both cases: the hash is of the lower-cased word, and the next piece may be either.
    allowed[c] = 1;
    if (c >= 65 && c <= 90) allowed[c + 32] = 1;
    if (c >= 97 && c <= 122) allowed[c - 32] = 1;
    this.followers.set(h, allowed);
  }

  get size(): number {
    return this.sensitive.size + this.insensitive.size;
  }

  /**
   * Mentions in `text` between `from` and `to`. `text` is prose with non-prose masked by spaces.
   * `skip` holds sorted spans (explicit mentions) where no automatic mention may start or end.
   */
  find(text: string, from: number, to: number, skip: ReadonlyArray<{ start: number; end: number }> = []): MentionList {
    let out: MentionList | undefined;
    let s = 0;
    let i = from;
    while (i < to) {
      // Words by hand: a regular expression would allocate a match per word.
      if (!isWordCode(text, i)) {
        i++;
        continue;
      }
      const at = i;
      // The word's hash, computed as it is scanned (ASCII letters lower-cased); -1 once it has other characters.
      let h = 0;
      while (i < to && isWordCode(text, i)) {
        const c = text.charCodeAt(i++);
        h = h === -1 || c >= 128 ? -1 : (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
      }
      while (s < skip.length && skip[s]!.end <= at) s++;
      if (s < skip.length && skip[s]!.start <= at) {
        i = Math.max(i, skip[s]!.end);
        continue;
      }
      // Most words cannot start a name: skip them without making a string.
      if (h !== -1) {
        const bit = h & (FILTER_BITS - 1);
        if (!(this.firstWords[bit >> 3]! & (1 << (bit & 7)))) continue;
        const allowed = this.followers.get(h);
        if (allowed) {
          let j = i;
          while (j < to && isSpace(text.charCodeAt(j))) j++;
          const c = text.charCodeAt(j);
          if (j >= to || (c < 128 && !allowed[c])) continue;
        }
      }
      const word = text.slice(at, i);
      // The longest alias starting here: its end and entry (the object is made once, for the winner).
      this.bestEnd = -1;
      this.longest(this.sensitive.get(word), text, i, to, false);
      if (this.insensitive.size) {
        const lower = word.toLowerCase();
        this.longest(this.insensitive.get(lower), text, i, to, false);
        // Plural of a one-word concept term ("regimes"): -s and -es only.
        if (lower.length > 3 && lower.endsWith('s')) {
          this.longest(this.insensitive.get(lower.slice(0, -1)), text, i, to, true);
          if (lower.endsWith('es')) this.longest(this.insensitive.get(lower.slice(0, -2)), text, i, to, true);
        }
      }
      const end = this.bestEnd;
      if (end < 0 || (s < skip.length && skip[s]!.start < end)) continue;
      out ??= { starts: [], ends: [], entries: [] };
      out.starts.push(at);
      out.ends.push(end);
      out.entries.push(this.bestEntry!);
      i = end;
    }
    return out ?? NO_MENTIONS;
  }

  /** The longest match so far at the word `find` is on (-1: none), and its entry. */
  private bestEnd = -1;
  private bestEntry: Entry | undefined;

  /**
   * Tries `list` (aliases whose first word ends at `wordEnd`), keeping a longer match in
   * bestEnd/bestEntry. `wholeWord`: only one-word aliases (a plural matched the word).
   */
  private longest(list: Pattern[] | undefined, text: string, wordEnd: number, to: number, wholeWord: boolean): void {
    if (!list) return;
    for (const p of list) {
      if (wholeWord && p.pieces.length !== 1) continue;
      const end = p.pieces.length === 1 ? wordEnd : this.matchRest(text, wordEnd, to, p);
      if (end > this.bestEnd) {
        this.bestEnd = end;
        this.bestEntry = p.entry;
      }
    }
  }

  /** Matches pieces 1.. of `p` from `pos` (just after piece 0); returns the end offset or -1. */
  private matchRest(text: string, pos: number, to: number, p: Pattern): number {
    const n = p.pieces.length;
    for (let k = 1; k < n; k++) {
      if (p.spaced[k]) {
        const before = pos;
        while (pos < to && isSpace(text.charCodeAt(pos))) pos++;
        if (pos === before) return -1;
      }
      const piece = p.pieces[k]!;
      if (pos + piece.length > to || !samePiece(text, pos, piece, p.insensitive)) return -1;
      pos += piece.length;
      if (isWordCode(piece, 0) && pos < text.length && isWordCode(text, pos)) {
        // Plural of the last word of a concept term ("colour revolutions").
        if (!(p.insensitive && k === n - 1)) return -1;
        const rest = /^(?:e?s)(?![\p{L}\p{N}\p{M}])/u.exec(text.slice(pos, pos + 3));
        if (!rest) return -1;
        pos += rest[0].length;
      }
    }
    return pos;
  }
}
