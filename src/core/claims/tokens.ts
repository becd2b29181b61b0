// A sentence as words and the punctuation that claim rules look at, with offsets into the sentence.
// One pass over the characters: this runs on every sentence of every file, so there is no regex
// per token, token objects are reused from one sentence to the next (rules keep offsets, never
// tokens), and each distinct word is looked up once and shared (`WordInfo`).
import { wordBits } from './features';

/** What is known of one distinct word (lower case), whatever its case in the text. */
export interface WordInfo {
  /** Lower case, curly apostrophes made straight, a final possessive 's kept. */
  readonly lower: string;
  /** What the word is (features.ts W): its lists and its shape. */
  readonly bits: number;
  /** The claim rules this word may trigger (a mask of rule indexes), filled in by the first rule pass that asks. */
  triggers: number | undefined;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Punctuation token (one character). */
  readonly punct: boolean;
  /** info.bits, or 0 for punctuation. */
  readonly bits: number;
  /** Two or more capital letters and nothing else: an acronym ("OSCE"). */
  readonly acronym: boolean;
  readonly info: WordInfo;
}

type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * tokens[k], or undefined before the first. A read at index -1 is no element read but a lookup of
 * the property "-1" up the prototype chain, and it made every read at its site megamorphic.
 */
export const tokenAt = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 ? tokens[k] : undefined);

const APOSTROPHE = 0x2019;
// Each UTF-16 code's class, filled in when first seen: one array read per character.
const UNKNOWN = 0;
const OTHER = 1;
const WORD = 2;
const PUNCT = 3;
/** Not a token, but a mark the rules ask about (currency signs, the opening single quote). */
const MARK = 4;
const CLASS = new Uint8Array(65536);
const PUNCTUATION = ',;:()"“”«»„—–?!';
for (const c of PUNCTUATION) CLASS[c.charCodeAt(0)] = PUNCT;
function classOf(c: number): number {
  const k = CLASS[c]!;
  if (k !== UNKNOWN) return k;
  return (CLASS[c] = c !== APOSTROPHE && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? WORD : OTHER);
}

/** What an ASCII code is inside a word: kept equal to CLASS (a mark is no word character). */
const NOT_ASCII_WORD = 0;
const ASCII_LOWER = 1;
const ASCII_UPPER = 2;
const ASCII_DIGIT = 3;
const ASCII_TOKEN = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 97 && c <= 122 ? ASCII_LOWER : c >= 65 && c <= 90 ? ASCII_UPPER : c >= 48 && c <= 57 ? ASCII_DIGIT : NOT_ASCII_WORD,
);

/**
 * Characters whose presence the rules' prefilter asks about, each with a bit of `marks`: any
 * digit is one mark, and each of the characters given here another.
 */
const MARK_BIT = new Map<number, number>();
let nextMark = 1;
const DIGIT_MARK = 1;
export function markOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return DIGIT_MARK;
  let bit = MARK_BIT.get(code);
  if (bit === undefined) {
    MARK_BIT.set(code, (bit = 1 << nextMark++));
    if (CLASS[code] !== PUNCT) CLASS[code] = MARK;
    if (code < 128) ASCII_TOKEN[code] = NOT_ASCII_WORD;
  }
  return bit;
}

/** FNV-1a: the second hash of a word, from another family than the first. */
const FNV = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

const pool: MutableToken[] = [];
const tokens: Token[] = [];
let generation = 0;
/** Changes with every call of tokenize: what is remembered of one sentence's tokens is keyed by it. */
export const tokenGeneration = () => generation;
/** The marks (markOf) of the text last tokenised. */
let marks = 0;
export const sentenceMarks = () => marks;

const PUNCT_INFO = new Map<number, WordInfo>();
function punctInfo(c: number): WordInfo {
  let info = PUNCT_INFO.get(c);
  if (!info) PUNCT_INFO.set(c, (info = { lower: String.fromCharCode(c), bits: 0, triggers: undefined }));
  return info;
}

// Words by the hash of their lower case in a direct-mapped table (a clash replaces the entry),
// checked by a second hash and the length (reading the word's characters again to compare them
// was a quarter of the tokeniser's time); the rest by their string.
const HASH_SLOTS = 1 << 16;
/**
 * Per slot: the full first hash, the second hash and the length of the word it holds, and where
 * its WordInfo is in slotInfos (plus one; 0: an empty slot). A typed array's pages are touched
 * only as slots fill: a list of 65,536 infos, made at load, was 128 fresh pages at every start.
 */
const slotKeys = new Int32Array(HASH_SLOTS * 4);
/** The slots' infos, in the order the slots were first filled. */
const slotInfos: WordInfo[] = [];
const byString = new Map<string, WordInfo>();
const MAX_WORDS = 50_000;

function infoOf(lower: string): WordInfo {
  let info = byString.get(lower);
  if (!info) {
    if (byString.size >= MAX_WORDS) byString.clear();
    byString.set(lower, (info = { lower, bits: wordBits(lower), triggers: undefined }));
  }
  return info;
}

/** text[start, end) as ASCII letters and digits whose lower case hashes to `hash` and `hash2`. */
function asciiInfo(text: string, start: number, end: number, hash: number, hash2: number): WordInfo {
  const slot = hash & (HASH_SLOTS - 1);
  const key = slot * 4;
  const at = slotKeys[key + 3]!;
  if (at !== 0 && slotKeys[key] === hash && slotKeys[key + 1] === hash2 && slotKeys[key + 2] === end - start) return slotInfos[at - 1]!;
  const info = infoOf(text.slice(start, end).toLowerCase());
  if (at !== 0) slotInfos[at - 1] = info;
  else slotKeys[key + 3] = slotInfos.push(info);
  slotKeys[key] = hash;
  slotKeys[key + 1] = hash2;
  slotKeys[key + 2] = end - start;
  return info;
}

function token(k: number, start: number, end: number, info: WordInfo, cap: boolean, punct: boolean, acronym: boolean): Token {
  const t = pool[k] ?? (pool[k] = { start: 0, end: 0, lower: '', cap: false, punct: false, bits: 0, acronym: false, info });
  t.start = start;
  t.end = end;
  t.lower = info.lower;
  t.cap = cap;
  t.punct = punct;
  t.bits = info.bits;
  t.acronym = acronym;
  t.info = info;
  return t;
}

/**
 * The tokens of text[from, to), with offsets from `from`. They are valid until the next call:
 * read them, do not keep them.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  generation++;
  marks = 0;
  const out = tokens;
  let count = 0; // written by index: emptying the array would free its storage for every sentence
  const n = to;
  for (let i = from; i < n;) {
    const c = text.charCodeAt(i);
    const k = CLASS[c] || classOf(c);
    if (k !== WORD) {
      if (k === PUNCT) {
        out[count] = token(count, i - from, i + 1 - from, punctInfo(c), false, true, false);
        count++;
        marks |= MARK_BIT.get(c) ?? 0;
      } else if (k === MARK) marks |= MARK_BIT.get(c)!;
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 128; // letters and digits only, so the lower case can be hashed while scanning
    let hash = c >= 65 && c <= 90 ? c + 32 : c;
    let hash2 = Math.imul(FNV ^ hash, FNV_PRIME);
    let capitals = c >= 65 && c <= 90 ? 1 : 0;
    if (c >= 48 && c <= 57) marks |= DIGIT_MARK;
    i++;
    for (;;) {
      const d = text.charCodeAt(i);
      // ASCII letters and digits, most of every word: one table read each.
      const a = d < 128 && i < n ? ASCII_TOKEN[d]! : NOT_ASCII_WORD;
      if (a !== NOT_ASCII_WORD) {
        let lower = d;
        if (a === ASCII_UPPER) {
          capitals++;
          lower = d + 32;
        } else if (a === ASCII_DIGIT) marks |= DIGIT_MARK;
        hash = (Math.imul(hash, 31) + lower) | 0;
        hash2 = Math.imul(hash2 ^ lower, FNV_PRIME);
        i++;
        continue;
      }
      if (i < n && d > 127 && (CLASS[d] || classOf(d)) === WORD) {
        ascii = false;
        hash = (Math.imul(hash, 31) + d) | 0;
        hash2 = Math.imul(hash2 ^ d, FNV_PRIME);
        i++;
        continue;
      }
      // Joiners inside a word when a word character follows: "don't", "U.S", "al-Tanf", "3.5".
      if (i + 1 < n && (d === 39 || d === APOSTROPHE || d === 45 || d === 46)) {
        const e = text.charCodeAt(i + 1);
        if ((CLASS[e] || classOf(e)) === WORD) {
          if (d === APOSTROPHE || e > 127) ascii = false;
          if (e >= 65 && e <= 90) capitals++;
          else if (e >= 48 && e <= 57) marks |= DIGIT_MARK;
          const lower = e >= 65 && e <= 90 ? e + 32 : e;
          hash = (Math.imul(Math.imul(hash, 31) + d, 31) + lower) | 0;
          hash2 = Math.imul(Math.imul(hash2 ^ d, FNV_PRIME) ^ lower, FNV_PRIME);
          i += 2;
          continue;
        }
      }
      break;
    }
    let info: WordInfo;
    if (ascii) info = asciiInfo(text, start, i, hash, hash2);
    else {
      let lower = text.slice(start, i).toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      info = infoOf(lower);
    }
    const cap = (c >= 65 && c <= 90) || (c > 127 && info.lower.charCodeAt(0) !== c);
    out[count] = token(count, start - from, i - from, info, cap, false, capitals >= 2 && capitals === i - start);
    count++;
  }
  if (out.length > count) out.length = count;
  return out;
}
