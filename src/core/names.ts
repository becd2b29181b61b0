// Proper names in a block's prose that no knowledge entry matched: runs of capitalised words
// ("Congressional Budget Office", "al-Tanf"), with the title before a person's name left out
// ("President"), and flags for what the analysis-wide grouping (unrecognized.ts) must judge:
// a name whose first word starts a sentence may only be capitalised for that reason.
import { FUNCTION_WORDS, INSTITUTION_WORDS, NOT_NAMES, PLACE_HEADS, TITLES, TITLE_MODIFIERS } from './lexicon';
import { nextOf } from './charSearch';
import type { MentionList } from './mentionMatcher';
import { isUpper, oneBreakBetween, proseWordAt, startsSentence } from './proseWords';

/** The first word starts a sentence (or a list item). */
export const INITIAL = 1;
/** A title stood before it ("Senator", "Foreign Minister"): a person, or an office. */
export const TITLED = 2;
/** Found in a heading: kept only if the text names it elsewhere. */
export const IN_HEADING = 4;
/** Ends with a place word ("camp", "province"). */
export const PLACE = 8;

/** Candidates of one block as parallel arrays (offsets relative to the block). */
export interface NameList {
  readonly starts: number[];
  readonly ends: number[];
  readonly flags: number[];
}

export const NO_NAMES: NameList = Object.freeze({ starts: [], ends: [], flags: [] }) as NameList;

const JOINERS = "'’.&-";
const UPPER = /\p{Lu}/u;

/**
 * Whether each UTF-16 code is an upper-case letter: 0 not yet known, 1 no, 2 yes. ASCII is filled
 * in here and the rest when first seen: one read per character nextUpper stops at.
 */
const UPPER_CODE = new Uint8Array(65536);
for (let c = 0; c < 128; c++) UPPER_CODE[c] = c >= 65 && c <= 90 ? 2 : 1;
// Astral letters (rare) are tested as the pair: their high surrogate is never marked.
for (let c = 0xd800; c <= 0xdbff; c++) UPPER_CODE[c] = 3;

/** What may be an upper-case letter: A-Z, or any code outside ASCII (UPPER_CODE decides). */
const MAYBE_UPPER = /[A-Z\u0080-\uffff]/g;

/**
 * The offset of the next upper-case letter at or after `from`, or -1. The engine's search skips
 * what cannot be one (half the time of a loop over the codes in JS; `\p{Lu}` itself is slower).
 */
function nextUpper(prose: string, from: number): number {
  for (let i = nextOf(MAYBE_UPPER, prose, from); i < prose.length; i = nextOf(MAYBE_UPPER, prose, i + 1)) {
    const c = prose.charCodeAt(i);
    let known = UPPER_CODE[c]!;
    if (known === 3) {
      if (UPPER.test(prose.slice(i, i + 2))) return i;
      continue;
    }
    if (known === 0) UPPER_CODE[c] = known = UPPER.test(prose[i]!) ? 2 : 1;
    if (known === 2) return i;
  }
  return -1;
}
const CAPITALISED = /^(?:\p{Lu}|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|de|van|von)-\p{Lu})/u;
/** Words that start no name, capitalised as at a sentence's start ("The", "However", "May"). */
const CAPITALISED_STARTERS = new Set(
  [...FUNCTION_WORDS, ...NOT_NAMES].filter((w) => !TITLES.has(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);
/** Lower-case words that may join capitalised ones inside a name ("Bank of England", "Ministry for Foreign Affairs"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'the', '&', 'de', 'du', 'da', 'del', 'der', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al']);
const AFTER_CONNECTOR = new Set(['of', 'for', 'on', 'the', 'a', 'an']);
/** "a Virginia Republican" describes a person; "House Republicans" are a group, and a name. */
const PARTY_MEMBERS = new Set(['republican', 'democrat', 'conservative', 'liberal', 'socialist', 'independent']);
const PARTICLES = new Set(['de', 'du', 'da', 'del', 'der', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al']);
const ACRONYM_WORD = /^\p{Lu}{3,}$/u;
/** "Organization for Security and Co-operation in Europe" has 7 words. */
const MAX_NAME_WORDS = 8;
/** Adjectives of peoples, creeds and schools ("Central Asian", "Keynesian", "Turkic"): not names on their own. */
const ADJECTIVE = /\p{Ll}(?:ian|ean|ese|ic|esque|phone)$/u;
/** A run of capitals with no lower-case letter: a shouted heading, not a name, when three words or more. */
const SHOUTED = /^[\p{Lu}\p{N}'’.&-]+$/u;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  readonly cap: boolean;
  /** The index of the mention it is part of, or -1. */
  readonly mention: number;
  readonly acronym: boolean;
  /** Ends with 's: a name ends there ("Tufts University's Feinstein Center"). */
  readonly possessive: boolean;
}

/**
 * The unmatched proper names of a block's prose (`mentions`: the matched ones, which break runs).
 * Linear: one pass over the characters, then runs judged token by token.
 */
export function findNames(prose: string, mentions: MentionList, heading: boolean): NameList {
  let out: NameList | undefined;
  let run: Token[] = [];
  // A run can be no name once two of its words that judge keeps are more than MAX_NAME_WORDS
  // apart: judge's trimmed name starts at or before the first (firstKept) and ends at or after
  // the last. Such a run ("The Group The Group…" over a whole line) keeps only its last token,
  // which is all the loop reads of it: holding every token was most of a 1 MB line's time.
  let firstKept = -1;
  let hopeless = false;
  let m = 0;
  const cities = mentions.places ?? [];
  let c = 0;
  let last = -1;
  const flush = (next: Token | undefined) => {
    const found = hopeless ? undefined : judge(prose, run, next, heading);
    run = [];
    firstKept = -1;
    hopeless = false;
    if (!found) return;
    out ??= { starts: [], ends: [], flags: [] };
    out.starts.push(found.start);
    out.ends.push(found.end);
    out.flags.push(found.flags);
  };
  const n = prose.length;
  let i = 0;
  while (i < n) {
    // Outside a run only a word with a capital letter matters: nextUpper jumps to the next one
    // (most of prose is passed over without a string), then the word around it is found.
    if (run.length === 0) {
      let b = nextUpper(prose, i);
      if (b < 0) break;
      // A capital inside a known name (most of them, in analysed text) starts nothing.
      while (m < mentions.starts.length && mentions.ends[m]! <= b) m++;
      if (m < mentions.starts.length && mentions.starts[m]! <= b) {
        i = mentions.ends[m]!;
        continue;
      }
      while (b > i && (proseWordAt(prose, b - 1) || (JOINERS.includes(prose[b - 1]!) && b - 2 >= i && proseWordAt(prose, b - 2)))) b--;
      i = b;
    }
    // Words by hand (letters, digits, marks, joined by ' ’ . & -), and a free-standing "&" in a run.
    const start = i;
    if (!proseWordAt(prose, i)) {
      i++;
      if (!(prose[start] === '&' && run.length && prose[start - 1] === ' ' && prose[i] === ' ')) continue;
    } else {
      while (i < n) {
        if (proseWordAt(prose, i)) i++;
        else if (JOINERS.includes(prose[i]!) && i + 1 < n && proseWordAt(prose, i + 1)) i++;
        else break;
      }
    }
    // "Texas-based", "Facebook-specific": a capitalised word without its lower-case suffix.
    let end = i;
    const c0 = prose.charCodeAt(start);
    if (!(c0 >= 97 && c0 <= 122)) {
      // Within the word only: a search of the text from here could run to its start, for every word.
      let hyphen = -1;
      for (let k = start + 1; k < i && hyphen < 0; k++) if (prose.charCodeAt(k) === 45) hyphen = k;
      if (hyphen > start) {
        const suffix = /-\p{Ll}[\p{Ll}-]*$/u.exec(prose.slice(start, i));
        if (suffix && isUpper(prose[start]!)) end = start + suffix.index;
      }
    }
    while (m < mentions.starts.length && mentions.ends[m]! <= start) m++;
    const mention = m < mentions.starts.length && mentions.starts[m]! < end ? m : -1;
    // A known name after "of" or "for" stays in the longer name ("Islamic Movement of Uzbekistan",
    // "Alliance for American Industry"); it is still its own mention.
    // A capital named as a place ("in Ankara") is known, though not a mention of its state.
    while (c + 1 < cities.length && cities[c + 1]! <= start) c += 2;
    const inCity = c + 1 < cities.length && cities[c]! < end;
    const inMention =
      inCity ||
      (mention >= 0 &&
        !(
          run.length &&
          (AFTER_CONNECTOR.has(run.at(-1)!.lower) || run.at(-1)!.mention === mention) &&
          oneBreakBetween(prose, last, start)
        ));
    const word = prose.slice(start, end);
    // "The", "In", "May" starting a sentence start no name (judge would trim them off the front):
    // as written first (most are), before a lower-case copy is made.
    if (run.length === 0 && CAPITALISED_STARTERS.has(word)) {
      last = end;
      continue;
    }
    const lower = word.toLowerCase();
    if (run.length === 0 && (FUNCTION_WORDS.has(lower) || NOT_NAMES.has(lower)) && !TITLES.has(lower)) {
      last = end;
      continue;
    }
    const cap = CAPITALISED.test(word);
    const token: Token = { start, end, lower, cap, mention, acronym: cap && isAcronym(word), possessive: isPossessive(word) };
    const previous = run.at(-1);
    // A run goes on over one space or line break (or the full stop of an initial, "William G. Smith"),
    // from a word to a capitalised word or a connector the words before allow ("Bank of", "Ministry for").
    const joined =
      previous !== undefined &&
      (oneBreakBetween(prose, last, start) ||
        (start - last === 2 && prose.startsWith('. ', last) && previous.end - previous.start === 1 && previous.cap)) &&
      !previous.possessive &&
      // "VOA Pentagon correspondent": an acronym before a capitalised word is usually a name of its own.
      !(previous.acronym && !token.acronym) &&
      (token.cap || connects(run, token.lower));
    // Title case capitalises small words ("Tensions Over Halvik"): inside a run they end it.
    const titleCased = run.length > 0 && token.cap && FUNCTION_WORDS.has(token.lower) && !CONNECTORS.has(token.lower);
    if (titleCased) {
      flush(undefined);
      last = end;
      continue;
    }
    if (run.length && (!joined || inMention)) flush(inMention ? undefined : token);
    if (!inMention && (token.cap || (run.length && connects(run, token.lower)))) {
      if (hopeless) run[run.length - 1] = token;
      else {
        run.push(token);
        // A word judge keeps at the end of a name; and the first that can start one (no title or small word).
        if (token.cap && !FUNCTION_WORDS.has(lower) && !NOT_NAMES.has(lower)) {
          if (firstKept < 0 && !TITLES.has(lower) && !TITLE_MODIFIERS.has(lower) && !CONNECTORS.has(lower)) firstKept = run.length - 1;
          else if (firstKept >= 0 && run.length - 1 - firstKept >= MAX_NAME_WORDS) hopeless = true;
        }
      }
    }
    last = end;
  }
  if (run.length) flush(undefined);
  return out ?? NO_NAMES;
}

/** Three capitals or more and nothing else ("OSCE"); char codes for ASCII words, as most are. */
function isAcronym(word: string): boolean {
  if (word.length < 3) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return ACRONYM_WORD.test(word);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Ends with 's or ’s. */
function isPossessive(word: string): boolean {
  const n = word.length;
  const q = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 115 /* s */ && (q === 39 || q === 0x2019);
}

/**
 * Whether a lower-case word may join the run: "of", "for", "on" after an institution's word
 * ("Bank of", "Ministry for"), "the" after those, "&", and the particles of Arabic, Dutch,
 * Spanish and German names.
 */
function connects(run: readonly Token[], lower: string): boolean {
  const last = run.at(-1)!.lower;
  if (lower === 'of' || lower === 'for' || lower === 'on') return INSTITUTION_WORDS.has(last);
  if (lower === 'the' || lower === 'a' || lower === 'an') return last === 'of' || last === 'for' || last === 'on';
  // "and" would join two names as often as it joins the halves of one ("the Ministry of Trade and
  // Maria Okafor"): only "&" does ("Johnson & Johnson").
  if (lower === '&') return run.at(-1)!.cap;
  return PARTICLES.has(lower);
}

/** The name a run of tokens holds, if any: titles, function words and connectors trimmed off. */
function judge(
  prose: string,
  run: Token[],
  next: Token | undefined,
  heading: boolean,
): { start: number; end: number; flags: number } | undefined {
  let a = 0;
  let b = run.length;
  let flags = heading ? IN_HEADING : 0;
  // Leading titles ("Foreign Minister", "Secretary of State") and function words ("The", "In").
  let titled = -1;
  for (let k = 0; k < b; k++) {
    const w = run[k]!.lower;
    if (TITLES.has(w)) titled = k;
    else if (!FUNCTION_WORDS.has(w) && !TITLE_MODIFIERS.has(w) && !CONNECTORS.has(w) && !NOT_NAMES.has(w)) break;
  }
  if (titled >= 0) {
    a = titled + 1;
    flags |= TITLED;
  }
  while (a < b && (FUNCTION_WORDS.has(run[a]!.lower) || CONNECTORS.has(run[a]!.lower) || NOT_NAMES.has(run[a]!.lower) || !run[a]!.cap)) a++;
  while (b > a && (!run[b - 1]!.cap || FUNCTION_WORDS.has(run[b - 1]!.lower) || NOT_NAMES.has(run[b - 1]!.lower))) b--;
  if (a >= b) return undefined;
  const words = run.slice(a, b);
  if (
    words.length === 1 &&
    (TITLES.has(words[0]!.lower) ||
      TITLE_MODIFIERS.has(words[0]!.lower) ||
      words[0]!.end - words[0]!.start === 1 ||
      /^i['’]/.test(words[0]!.lower))
  )
    return undefined;
  if (ADJECTIVE.test(prose.slice(words.at(-1)!.start, words.at(-1)!.end))) return undefined;
  // A run longer than any name is a title-cased line, not a name (and would cost its square to group).
  if (words.length > MAX_NAME_WORDS) return undefined;
  if (words.length > 1 && PARTY_MEMBERS.has(words.at(-1)!.lower)) return undefined;
  if (words.length >= 3 && words.every((w) => SHOUTED.test(prose.slice(w.start, w.end)))) return undefined;
  const start = words[0]!.start;
  let end = words.at(-1)!.end;
  // "Trump's": the name without its possessive.
  if (/['’]s$/.test(prose.slice(end - 2, end))) end -= 2;
  if (a === 0 && startsSentence(prose, start, 0)) flags |= INITIAL;
  if (next && b === run.length && PLACE_HEADS.has(next.lower) && oneBreakBetween(prose, end, next.start) && !next.cap) {
    end = next.end;
    flags |= PLACE;
  }
  return { start, end, flags };
}
