// A sentence as words and the punctuation that claim rules look at, with offsets into the sentence.
// One pass over the characters; this runs on every sentence of every file, so no regex per token.
import { wordBits } from './features';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes made straight, a final possessive 's kept. */
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Punctuation token (one character). */
  readonly punct: boolean;
  /** What the word is (features.ts W): its lists and its shape. 0 for punctuation. */
  readonly bits: number;
  /** Two or more capital letters and nothing else: an acronym ("OSCE"). */
  readonly acronym: boolean;
}

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

// Every sentence of every file is tokenised: token objects are reused from one sentence to the
// next (rules keep offsets, never tokens), and frequent words share one string.
const pool: MutableToken[] = [];
const tokens: Token[] = [];
let generation = 0;
/** Changes with every call of tokenize: what is remembered of one sentence's tokens is keyed by it. */
export const tokenGeneration = () => generation;
const interned = new Map<number, string>();
const MAX_INTERNED = 20_000;

function token(k: number, start: number, end: number, lower: string, cap: boolean, punct: boolean, acronym: boolean): Token {
  const t = pool[k] ?? (pool[k] = { start: 0, end: 0, lower: '', cap: false, punct: false, bits: 0, acronym: false });
  t.start = start;
  t.end = end;
  t.lower = lower;
  t.cap = cap;
  t.punct = punct;
  t.bits = punct ? 0 : wordBits(lower);
  t.acronym = acronym;
  return t;
}

/** The lower-case ASCII word text[start, end) as a shared string, hashed as it was scanned. */
function asciiWord(text: string, start: number, end: number, hash: number): string {
  const known = interned.get(hash);
  if (known !== undefined && known.length === end - start) {
    let same = true;
    for (let i = 0; i < known.length && same; i++) same = known.charCodeAt(i) === text.charCodeAt(start + i);
    if (same) return known;
  }
  const word = text.slice(start, end);
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(hash, word);
  return word;
}

const APOSTROPHE = 0x2019;
// Each UTF-16 code's class, filled in when first seen: one array read per character.
const UNKNOWN = 0;
const OTHER = 1;
const WORD = 2;
const PUNCT = 3;
const CLASS = new Uint8Array(65536);
for (const c of ',;:()"“”«»„—–?!') CLASS[c.charCodeAt(0)] = PUNCT;
function classOf(c: number): number {
  const k = CLASS[c]!;
  if (k !== UNKNOWN) return k;
  return (CLASS[c] = c !== APOSTROPHE && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? WORD : OTHER);
}
const isWordCode = (c: number) => classOf(c) === WORD;

/** Joiners inside a word when a word character follows: "don't", "U.S", "al-Tanf", "3.5". */
const isJoiner = (c: number) => c === 39 || c === APOSTROPHE || c === 45 || c === 46;

/** The tokens of one sentence. They are valid until the next call: read them, do not keep them. */
export function tokenize(text: string): Token[] {
  generation++;
  const out = tokens;
  out.length = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === PUNCT) {
      out.push(token(out.length, i, i + 1, text[i]!, false, true, false));
      i++;
      continue;
    }
    if (k !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let plain = c < 128; // ASCII lower case only: the word is its own lower case
    let hash = c;
    let capitals = 0;
    if (c >= 65 && c <= 90) {
      plain = false;
      capitals++;
    }
    i++;
    for (;;) {
      const d = text.charCodeAt(i);
      if (i < n && isWordCode(d)) {
        if (d > 127 || (d >= 65 && d <= 90)) plain = false;
        if (d >= 65 && d <= 90) capitals++;
        hash = (Math.imul(hash, 31) + d) | 0;
        i++;
      } else if (i + 1 < n && isJoiner(d) && isWordCode(text.charCodeAt(i + 1))) {
        const e = text.charCodeAt(i + 1);
        if (d === APOSTROPHE || e > 127 || (e >= 65 && e <= 90)) plain = false;
        hash = (Math.imul(Math.imul(hash, 31) + d, 31) + e) | 0;
        i += 2;
      } else break;
    }
    let lower: string;
    if (plain) lower = asciiWord(text, start, i, hash);
    else {
      lower = text.slice(start, i).toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    }
    const cap = (c >= 65 && c <= 90) || (c > 127 && lower.charCodeAt(0) !== c);
    out.push(token(out.length, start, i, lower, cap, false, capitals >= 2 && capitals === i - start));
  }
  return out;
}

/** The word without a possessive ending ("Russia's" -> "russia"). */
export function stem(t: Token): string {
  return t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
}
