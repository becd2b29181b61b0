// The proper names a text uses that no knowledge entry matched, grouped into one item per actor
// ("Donald Trump", "Trump", "President Trump"; "Congressional Budget Office", "CBO") with a
// guessed kind. Read from every block's candidates (names.ts), judged against the whole text:
// a word capitalised only because it starts a sentence names nothing.
import { GROUP_WORDS, ORGANIZATION_WORDS } from './lexicon';
import type { LineIndex } from './lineIndex';
import type { BlockStore } from './blockStore';
import { INITIAL, IN_HEADING, PLACE, TITLED } from './names';
import { Located } from './spans';
import type { ActorKind, Range, Span } from './types';

export interface NameMention extends Span {
  readonly range: Range;
  /** The words as written ("President Trump" is written "Trump" with a title before it). */
  readonly text: string;
}

/** A mention of a name whose range is made when read (a class: an object literal with a getter made a closure each). */
class PlacedName extends Located implements NameMention {
  constructor(
    start: number,
    end: number,
    readonly text: string,
    lines: LineIndex,
  ) {
    super(start, end, lines);
  }
}

/** Whether words are separated by single spaces only (no tab, line break or double space to fold). */
function spacedOnce(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9 || (c === 32 && raw.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

export interface UnrecognizedName {
  /** The fullest variant ("Donald Trump"). */
  readonly name: string;
  /** Guessed from titles, place words, organisation words and acronyms; absent when there is no clue. */
  readonly kind?: ActorKind;
  /** Every distinct way the text writes it, fullest first. */
  readonly variants: readonly string[];
  readonly mentions: readonly NameMention[];
}

interface Occurrence {
  start: number;
  readonly end: number;
  text: string;
  readonly flags: number;
}

const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&]{1,6}$/u;
/** A lower-case word of prose: not part of a URL, a path, an e-mail address or a handle. */
const LOWER_WORD = /(?<![\p{L}\p{N}/.@#_-])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{N}/_@-]|\.[\p{L}\p{N}])/gu;

/** The unrecognised names of a text, most mentioned first. */
export function* groupNames(text: string, lines: LineIndex, store: BlockStore): Generator<void, UnrecognizedName[], void> {
  const all: Occurrence[] = [];
  let sincePause = 0;
  for (let k = 0; k < store.blockCount; k++) {
    const at = store.at(k);
    const n0 = store.first(k, 'names');
    const n1 = store.end(k, 'names');
    sincePause += n1 - n0 + 1;
    if (sincePause > STEP) {
      sincePause = 0;
      yield;
    }
    for (let i = n0; i < n1; i++) {
      const start = at + store.nameStart(i);
      const end = at + store.nameEnd(i);
      const raw = text.slice(start, end);
      all.push({ start, end, text: spacedOnce(raw) ? raw : raw.replace(/\s+/g, ' '), flags: store.nameFlags(i) });
    }
  }
  if (all.length === 0) return [];
  // What each distinct name is, judged once (a text writes the same names many times).
  const seen = new Map<string, number>();
  for (const o of all)
    seen.set(
      o.text,
      (seen.get(o.text) ?? 0) |
        (o.flags & IN_HEADING ? SEEN_IN_HEADING : SEEN_IN_PROSE) |
        (o.flags & (INITIAL | IN_HEADING) ? 0 : SEEN_MID_SENTENCE),
    );
  // Words that stand capitalised away from a sentence's start: those are names wherever they stand.
  const named = new Set<string>();
  for (const [t, how] of seen) if (how & SEEN_MID_SENTENCE) for (const w of t.split(' ')) named.add(w);
  const common = yield* lowerCaseWords(
    text,
    all.filter((o) => asksCommon(o, seen.get(o.text)!, named)),
  );
  // By name, apart for names that start a sentence or stand in a heading (a key string made per
  // occurrence to tell them apart cost a tenth of the grouping).
  const verdicts = new Map<string, Verdict>();
  const initialVerdicts = new Map<string, Verdict>();
  const kept: Occurrence[] = [];
  for (const o of all) {
    if (kept.length % STEP === STEP - 1) yield;
    const judged = o.flags & (INITIAL | IN_HEADING) ? initialVerdicts : verdicts;
    let v = judged.get(o.text);
    if (v === undefined) judged.set(o.text, (v = verdict(o, seen.get(o.text)!, named, common)));
    if (v === DROP) continue;
    if (v !== KEEP) {
      o.start = o.end - v.length;
      o.text = v;
    }
    kept.push(o);
  }
  return group(kept, lines);
}

/** Occurrences handled between two pauses of the editor's sliced analysis. */
const STEP = 20_000;
const STEP_CHARS = 500_000;
const SEEN_IN_PROSE = 1;
const SEEN_IN_HEADING = 2;
const SEEN_MID_SENTENCE = 4;
const KEEP = 0;
const DROP = 1;
/** Keep the name, drop it, or keep only these last words of it. */
type Verdict = typeof KEEP | typeof DROP | string;

function verdict(o: Occurrence, seen: number, named: ReadonlySet<string>, common: ReadonlySet<string>): Verdict {
  // A name seen only in headings may be a headline's capitals.
  if (o.flags & IN_HEADING && !(seen & SEEN_IN_PROSE)) return DROP;
  let t = o.text;
  if (o.flags & (INITIAL | IN_HEADING)) {
    const words = t.split(' ');
    const first = words[0]!;
    if (!named.has(first)) {
      if (words.length === 1) return DROP;
      // "Critics of the Federal Reserve": a common word capitalised by the sentence is not part of the name.
      if (common.has(first.toLowerCase())) {
        if (!/^\p{Lu}/u.test(words[1]!)) return DROP;
        t = words.slice(1).join(' ');
      }
    }
  }
  // "Government", "Regime": a common noun capitalised for emphasis or by a title.
  if (!t.includes(' ') && !ACRONYM.test(t) && common.has(t.toLowerCase())) return DROP;
  return t === o.text ? KEEP : t;
}

/**
 * Whether verdict may ask if the occurrence's first word is a common word: not for a name it
 * drops whatever the answer, such as one word that starts a sentence and is never capitalised
 * anywhere else ("Analysts say"), the most frequent candidate of all. Each word asked about is a
 * search of the whole text.
 */
function asksCommon(o: Occurrence, seen: number, named: ReadonlySet<string>): boolean {
  if (o.flags & IN_HEADING && !(seen & SEEN_IN_PROSE)) return false;
  const single = !o.text.includes(' ');
  return o.flags & (INITIAL | IN_HEADING) ? !single || named.has(o.text) : single;
}

/**
 * The lower-case words of the text among those the candidates need judged (their first words).
 * A few words are searched for one by one (native searches, no match objects); many, in one pass.
 */
function* lowerCaseWords(text: string, all: readonly Occurrence[], onePass = false): Generator<void, Set<string>, void> {
  const wanted = new Set(all.map((o) => o.text.split(' ')[0]!.toLowerCase()));
  const found = new Set<string>();
  if (onePass || wanted.size > FEW_WORDS) {
    const words = new RegExp(LOWER_WORD.source, 'gu');
    let pause = STEP_CHARS;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      if (wanted.has(m[0])) found.add(m[0]);
      if (words.lastIndex > pause) {
        pause = words.lastIndex + STEP_CHARS;
        yield;
      }
    }
    return found;
  }
  // Bounded: a word found thousands of times inside longer words sends the search to the one pass.
  let checks = 0;
  for (const w of wanted) {
    // A search runs through the whole text when the word is not there: a pause after each.
    yield;
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) {
      if (++checks > MAX_CHECKS) return yield* lowerCaseWords(text, all, true);
      if (isProseWord(text, p, p + w.length)) {
        found.add(w);
        break;
      }
    }
  }
  return found;
}

const FEW_WORDS = 64;
const MAX_CHECKS = 20_000;

/** What may not stand before a word of prose (LOWER_WORD's look-behind), and its ASCII part as a table. */
const BEFORE_WORD = /[\p{L}\p{N}/.@#_-]/u;
const ASCII_BEFORE = Uint8Array.from({ length: 128 }, (_, c) => (BEFORE_WORD.test(String.fromCharCode(c)) ? 1 : 0));

/** Whether [start, end) stands as a word of prose: what LOWER_WORD's look-arounds say. */
function isProseWord(text: string, start: number, end: number): boolean {
  // Most places a word is found are inside a longer word: told by the code, without a string.
  // The regular expression only for a character outside ASCII (NaN at the text's start: none).
  const c = text.charCodeAt(start - 1);
  if (c < 128 ? ASCII_BEFORE[c] === 1 : c >= 128 && BEFORE_WORD.test(text[start - 1]!)) return false;
  const after = text[end];
  if (after === undefined) return true;
  if (/[\p{L}\p{N}/_@-]/u.test(after)) return false;
  return !(after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''));
}

interface Group {
  readonly head: string[];
  readonly counts: Map<string, number>;
  readonly occurrences: Occurrence[];
}

function group(kept: readonly Occurrence[], lines: LineIndex): UnrecognizedName[] {
  const byText = new Map<string, Occurrence[]>();
  for (const o of kept) {
    const list = byText.get(o.text);
    if (list) list.push(o);
    else byText.set(o.text, [o]);
  }
  // Fullest names first: shorter variants join the group of the one name they belong to.
  const texts = [...byText.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));
  const groups: Group[] = [];
  const homes = new Homes();
  for (const t of texts) {
    const words = t.split(' ');
    const home = homes.find(words, t);
    const g: Group = home ?? { head: words, counts: new Map(), occurrences: [] };
    if (!home) {
      groups.push(g);
      homes.add(g);
    }
    g.counts.set(t, byText.get(t)!.length);
    for (const o of byText.get(t)!) g.occurrences.push(o);
  }
  return groups.map((g) => toName(g, lines)).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * Where a shorter name can belong, by key: a group's last or first word, its initials, and each
 * of its tails ("Budget Office" of "Congressional Budget Office"). Tables, not a search of every
 * group for every name: a text of thousands of distinct names is grouped in linear time.
 */
class Homes {
  private readonly byKey = new Map<string, Group[]>();

  add(g: Group): void {
    const keys = new Set([`w:${g.head.at(-1)!}`, `w:${g.head[0]!}`, `a:${initials(g.head)}`]);
    for (let k = 1; k < g.head.length; k++) keys.add(`t:${g.head.slice(k).join(' ')}`);
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push(g);
      else this.byKey.set(key, [g]);
    }
  }

  /** The group a shorter name belongs to: its acronym, its last or first word, or its tail (the most mentioned of those that fit). */
  find(words: readonly string[], t: string): Group | undefined {
    const key = words.length > 1 ? `t:${t}` : ACRONYM.test(t) ? `a:${t}` : `w:${t}`;
    let best: Group | undefined;
    for (const g of this.byKey.get(key) ?? [])
      if (g.head.length > words.length && (!best || g.occurrences.length > best.occurrences.length)) best = g;
    return best;
  }
}

/** "Congressional Budget Office" → "CBO"; small connecting words do not count. */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function toName(g: Group, lines: LineIndex): UnrecognizedName {
  const variants = [...g.counts.keys()].sort(
    (a, b) => b.split(' ').length - a.split(' ').length || g.counts.get(b)! - g.counts.get(a)! || a.localeCompare(b),
  );
  const occurrences = g.occurrences.sort((a, b) => a.start - b.start);
  const kind = guessKind(g, variants);
  return {
    name: variants[0]!,
    ...(kind ? { kind } : {}),
    variants,
    mentions: occurrences.map((o) => new PlacedName(o.start, o.end, o.text, lines)),
  };
}

function guessKind(g: Group, variants: readonly string[]): ActorKind | undefined {
  const words = new Set(variants.flatMap((v) => v.split(' ')));
  if ([...words].some((w) => GROUP_WORDS.has(w))) return 'group';
  if ([...words].some((w) => ORGANIZATION_WORDS.has(w))) return 'organization';
  if (g.occurrences.some((o) => o.flags & PLACE)) return 'region';
  if (g.occurrences.some((o) => o.flags & TITLED)) return 'person';
  if (variants.every((v) => ACRONYM.test(v))) return 'organization';
  // "Jane Doe" and "Doe" alone: a person's name and surname.
  const head = variants[0]!.split(' ');
  if (head.length >= 2 && head.length <= 3 && variants.includes(head.at(-1)!)) return 'person';
  return undefined;
}
