// Finds every name or alias of a known entry in prose: a trie of the aliases' pieces (words and
// punctuation), walked from each word that can start one; the deepest entry reached is the
// longest alias. One pass over the words; no per-alias regular expressions, and no alias tried
// one by one (20,000 aliases that start with "The" cost one step per word that follows "The").
import { isCaseInsensitive, type MatchForm } from './knowledge';
import type { Entry, MentionForm } from './types';
import { hashWord } from './wordHash';
import { ASCII_WORD, isWordCode, proseWordAt, wordCodeAt } from './proseWords';
import { acceptsMention } from './worldRules';

/**
 * A node of the trie: the entry whose alias ends here (the first defined), and the pieces that
 * can follow, keyed by the piece (lower-cased for case-insensitive entries), apart for those
 * that whitespace separates from the piece before.
 */
interface Node {
  entry: Entry | undefined;
  /** How the alias ending here names its entry, when not by a name. */
  as: MentionForm | undefined;
  /** The pieces that follow with no space between ("-" in "Nagorno-Karabakh"). */
  next: Map<string, Node> | undefined;
  /** The pieces that follow after white space: a key without the space, so the walk makes no string to look one up. */
  spaced: Map<string, Node> | undefined;
  /**
   * A bit (code & 31) for the first character of each piece that follows, so that the walk stops
   * without a string where the text goes on with none of them. ASCII letters of either case share
   * a bit, so a lower-cased key's bit holds for the text's capital too.
   */
  firsts: number;
  /** ACTOR, RULED: what the scan asks of `entry`, read once when it is set (entries take many shapes). */
  flags: number;
  /** A first word's names of more than one piece, until the trie under it is built (growFrom). */
  pending: PendingName[] | undefined;
}

interface PendingName {
  readonly text: string;
  /** Its pieces, when they were split already (a name that is not plain). */
  readonly pieces: string[] | undefined;
  readonly entry: Entry;
  readonly as: MentionForm | undefined;
}

/** The node's entry is an actor. */
const ACTOR = 1;
/** The node's entry is a state of the world (it has ISO codes): worldRules judge its matches (acceptsMention). */
const RULED = 2;
const flagsOf = (entry: Entry): number => (entry.type !== 'actor' ? 0 : entry.iso ? ACTOR | RULED : ACTOR);

/**
 * A node with every field set: nodes made with only the fields they need took a dozen shapes,
 * and the walk's reads of them went megamorphic (a stub-cache lookup for each).
 */
const newNode = (): Node => ({
  entry: undefined,
  as: undefined,
  next: undefined,
  spaced: undefined,
  firsts: 0,
  flags: 0,
  pending: undefined,
});

/** Gives `node` the entry of a name ending there, unless an earlier name did. */
function setEntry(node: Node, entry: Entry, as: MentionForm | undefined): void {
  if (node.entry) return;
  node.entry = entry;
  node.flags = flagsOf(entry);
  if (as) node.as = as;
}

/** A first word of the tries, in a chain of those whose ASCII hash is the same. */
interface First {
  /** The word as the trie keys it (lower case in the case-insensitive trie). */
  readonly word: string;
  readonly node: Node;
  readonly other: First | undefined;
}

/** What the first words of one ASCII hash start. */
interface Head {
  /**
   * The ASCII characters the piece after the word can start with, a bit each, when every alias
   * starting with it goes on ("the" only starts "the Kremlin", "the West"...); null when some
   * alias is the word alone. Lets common words be skipped without reading further.
   */
  allowed: Uint32Array | null;
  sensitive: First | undefined;
  insensitive: First | undefined;
  /** Some one-word concept term's plural (-s, -es) has this hash. */
  plural: boolean;
}

/** The node of `first`'s chain whose word is text[at, end) (ASCII letters and digits), in either case when `lower`. */
function sameWord(first: First | undefined, text: string, at: number, end: number, lower: boolean): Node | undefined {
  for (; first; first = first.other) {
    const w = first.word;
    if (w.length !== end - at) continue;
    let k = 0;
    // Letters and digits only: `| 32` lower-cases a letter and leaves a digit as it is.
    if (lower) while (k < w.length && (text.charCodeAt(at + k) | 32) === w.charCodeAt(k)) k++;
    else while (k < w.length && text.charCodeAt(at + k) === w.charCodeAt(k)) k++;
    if (k === w.length) return first.node;
  }
  return undefined;
}

/**
 * Mentions of one block as parallel arrays, in order, read into the analysis's BlockStore. Every
 * field is always set (made with mentionList): lists of several shapes made their readers'
 * property reads megamorphic.
 */
export interface MentionList {
  readonly starts: number[];
  readonly ends: number[];
  readonly entries: Entry[];
  /** Which are written as bracketed spans; undefined when none is. */
  readonly explicit: boolean[] | undefined;
  /** How each names its actor (demonym, capital); undefined when all are names. */
  readonly forms: Array<MentionForm | undefined> | undefined;
  /** Actors named inside these mentions ("Armenia" in "the Armenia-Azerbaijan conflict"), in order. */
  readonly inner: MentionList | undefined;
  /** Capitals named as places ("in Ankara"), as start and end pairs: known names, not mentions. */
  readonly places: number[] | undefined;
}

/** A list with every field in the one order. */
export function mentionList(
  starts: number[],
  ends: number[],
  entries: Entry[],
  explicit?: boolean[],
  forms?: Array<MentionForm | undefined>,
  inner?: MentionList,
  places?: number[],
): MentionList {
  return { starts, ends, entries, explicit, forms, inner, places };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Appends a mention to a list; `forms` is made (filled with names so far) at the first that is not a name. */
function pushMention(list: Writable<MentionList>, start: number, end: number, entry: Entry, as: MentionForm | undefined): void {
  if (as) (list.forms ??= Array<MentionForm | undefined>(list.starts.length).fill(undefined)).push(as);
  else list.forms?.push(undefined);
  list.starts.push(start);
  list.ends.push(end);
  list.entries.push(entry);
}

const NO_SKIP: ReadonlyArray<{ start: number; end: number }> = Object.freeze([]);

/** Shared by every block without mentions (never written to). */
const NO_MENTIONS: MentionList = Object.freeze(mentionList([], [], []));
/** A list to append to, made at its first mention. */
const newList = (): Writable<MentionList> => mentionList([], [], []);

const PIECE = /[\p{L}\p{N}\p{M}]+|\S/gu;
/** Most names: ASCII words with one space between them, split without a Unicode regular expression. */
const PLAIN_NAME = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

function setBit(bits: Uint32Array, c: number): void {
  bits[c >> 5]! |= 1 << (c & 31);
}

/** A name's pieces: its words and other characters, each after a space marked with one (" Group"). */
function toPieces(text: string): string[] {
  // The CLI builds a matcher of some 4,000 names at each start: the fast path is a third of it.
  if (PLAIN_NAME.test(text)) return text.split(' ').map((w, k) => (k === 0 ? w : ` ${w}`));
  const pieces: string[] = [];
  let last = -1;
  for (const m of text.matchAll(PIECE)) {
    pieces.push(last >= 0 && m.index > last ? ` ${m[0]}` : m[0]);
    last = m.index + m[0].length;
  }
  return pieces;
}

const FILTER_BITS = 1 << 20;
/** A layer's filters (a document's few names over the knowledge's): 4,096 bits, not a million per file. */
const LAYER_FILTER_BITS = 1 << 12;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x202f || code === 0x2009;
}

export class MentionMatcher {
  /** The tries' first level, by first word. */
  private readonly sensitive = new Map<string, Node>();
  private readonly insensitive = new Map<string, Node>();
  /**
   * A bit per hash of every first word (ASCII-lower-cased, plural forms included): a word whose
   * hash is not set cannot start a name, and is skipped without making a string of it.
   */
  private readonly firstWords: Uint8Array;
  private readonly filterMask: number;
  /**
   * The ASCII first words by their hash, which the scan computes as it reads a word: it finds
   * their nodes without making a string of the word or hashing it again.
   */
  private readonly heads = new Map<number, Head>();

  /**
   * `under`: the matcher of the knowledge below, when these forms are a layer over it (a front
   * matter's names over the built-in and workspace ones). A match of this layer wins over one of
   * the same length below, as the higher layer's entry owns a form both define; the two tries are
   * walked side by side, so a file's front matter costs a trie of its own names, not a copy of all.
   */
  constructor(
    forms: readonly MatchForm[],
    private readonly under?: MentionMatcher,
  ) {
    const bits = under ? LAYER_FILTER_BITS : FILTER_BITS;
    this.filterMask = bits - 1;
    this.firstWords = new Uint8Array(bits >> 3);
    for (const { form, entry, as } of forms) {
      const insensitive = isCaseInsensitive(entry);
      const text = insensitive ? form.toLowerCase() : form;
      // The first piece, and the first character of the piece after it (-1: none): a plain
      // name's without splitting it (most names), the others' from their pieces, kept for growFrom.
      let first: string | undefined;
      let next = -1;
      let pieces: string[] | undefined;
      if (PLAIN_NAME.test(text)) {
        const space = text.indexOf(' ');
        first = space < 0 ? text : text.slice(0, space);
        if (space >= 0) next = text.charCodeAt(space + 1);
      } else {
        pieces = toPieces(text);
        first = pieces[0];
        if (pieces.length > 1) next = pieces[1]!.trimStart().charCodeAt(0);
      }
      // An alias must start with a word: mentions are found word by word.
      if (first === undefined || !isWordCode(first, 0)) continue;
      const alone = next < 0;
      const index = insensitive ? this.insensitive : this.sensitive;
      const head = this.follow(first, next, insensitive);
      if (insensitive && alone) {
        const plural = this.follow(`${first}s`, -1, true);
        if (plural) plural.plural = true;
        const pluralEs = this.follow(`${first}es`, -1, true);
        if (pluralEs) pluralEs.plural = true;
      }
      let node = index.get(first);
      if (!node) {
        index.set(first, (node = newNode()));
        if (head) {
          if (insensitive) head.insensitive = { word: first, node, other: head.insensitive };
          else head.sensitive = { word: first, node, other: head.sensitive };
        }
      }
      if (alone) setEntry(node, entry, as);
      // The rest of the trie under a first word is built when the text first has that word
      // (growFrom): a CLI run on a small file meets few of the 1,800 names' first words.
      else (node.pending ??= []).push({ text, pieces, entry, as });
    }
  }

  /** Builds the trie under a first word's node from the names that start with it, in the order given. */
  private static growFrom(root: Node): void {
    const pending = root.pending!;
    root.pending = undefined;
    for (const { text, pieces = toPieces(text), entry, as } of pending) {
      let node = root;
      for (let k = 1; k < pieces.length; k++) {
        const piece = pieces[k]!;
        const spaced = piece.charCodeAt(0) === 32;
        const level: Map<string, Node> = spaced ? (node.spaced ??= new Map()) : (node.next ??= new Map());
        const key = spaced ? piece.slice(1) : piece;
        node.firsts |= 1 << (key.charCodeAt(0) & 31);
        let child: Node | undefined = level.get(key);
        if (!child) level.set(key, (child = newNode()));
        node = child;
      }
      setEntry(node, entry, as);
    }
  }

  /**
   * Notes that `first` can start an alias, followed by a piece whose first character is `c`
   * (-1: by nothing): its bit in the first-word filter and its head, for an ASCII word (a word
   * with other characters has no hash, and the scan looks it up by its string).
   */
  private follow(first: string, c: number, insensitive: boolean): Head | undefined {
    const h = hashWord(first, 0, first.length);
    if (h === -1) return undefined;
    const bit = h & this.filterMask;
    this.firstWords[bit >> 3]! |= 1 << (bit & 7);
    let head = this.heads.get(h);
    if (c < 0 || c >= 128 || head?.allowed === null) {
      if (head) head.allowed = null;
      else this.heads.set(h, (head = { allowed: null, sensitive: undefined, insensitive: undefined, plural: false }));
      return head;
    }
    // 128 bits, one per ASCII character: 16 bytes that V8 keeps on its heap (a Uint8Array(128)
    // for each of some 1,500 words took an allocation of its own, a third of a cold start's matcher).
    if (!head) this.heads.set(h, (head = { allowed: new Uint32Array(4), sensitive: undefined, insensitive: undefined, plural: false }));
    const allowed = head.allowed!;
    // A name's next piece is matched as written; a concept term's in either case. ("the" starts
    // "the Kremlin" and "the West": "the energy sector" is skipped here, 4,000 times in 1 MB.)
    setBit(allowed, c);
    if (insensitive && c >= 65 && c <= 90) setBit(allowed, c + 32);
    if (insensitive && c >= 97 && c <= 122) setBit(allowed, c - 32);
    return head;
  }

  get size(): number {
    return this.sensitive.size + this.insensitive.size + (this.under?.size ?? 0);
  }

  /**
   * The head of the first word text[.., i), of ASCII hash `h`, in this matcher's own tries, when
   * it may start an alias there (undefined: the word is skipped without a string).
   */
  private candidate(h: number, text: string, i: number, to: number): Head | undefined {
    const bit = h & this.filterMask;
    if (!(this.firstWords[bit >> 3]! & (1 << (bit & 7)))) return undefined;
    const head = this.heads.get(h);
    const allowed = head?.allowed;
    if (allowed) {
      let j = i;
      while (j < to && isSpace(text.charCodeAt(j))) j++;
      const c = text.charCodeAt(j);
      if (j >= to || (c < 128 && !((allowed[c >> 5]! >>> (c & 31)) & 1))) return undefined;
    }
    return head;
  }

  /**
   * Mentions in `text` between `from` and `to`. `text` is prose with non-prose masked by spaces.
   * `skip` holds sorted spans (explicit mentions) where no automatic mention may start or end.
   */
  find(text: string, from: number, to: number, skip: ReadonlyArray<{ start: number; end: number }> = NO_SKIP): MentionList {
    return this.scan(text, from, to, skip, from, to, false);
  }

  /**
   * `find` between `from` and `to`, judging each match in its block [blockFrom, blockTo) (the rules
   * of worldRules.ts read the words around it). `inner`: a scan inside a mention, for actors only.
   */
  private scan(
    text: string,
    from: number,
    to: number,
    skip: ReadonlyArray<{ start: number; end: number }>,
    blockFrom: number,
    blockTo: number,
    inner: boolean,
  ): MentionList {
    let out: Writable<MentionList> | undefined;
    let s = 0;
    let i = from;
    while (i < to) {
      // Words by hand: a regular expression would allocate a match per word. Each character is
      // read once (this loop is a fifth of the matcher's time).
      let c = text.charCodeAt(i);
      if (!wordCodeAt(c, text, i)) {
        i++;
        continue;
      }
      const at = i;
      // The word's hash, computed as it is scanned (ASCII lower-cased: c | 32 for a letter or
      // digit); -1 once it has other characters, read on by a second loop (most words have none).
      let h = 0;
      if (c < 128) {
        do {
          h = (Math.imul(h, 31) + (c | 32)) | 0;
          c = text.charCodeAt(++i);
        } while (i < to && c < 128 && ASCII_WORD[c] === 1);
      }
      if (i < to && c >= 128 && wordCodeAt(c, text, i)) {
        h = -1;
        do c = text.charCodeAt(++i);
        while (i < to && wordCodeAt(c, text, i));
      }
      while (s < skip.length && skip[s]!.end <= at) s++;
      if (s < skip.length && skip[s]!.start <= at) {
        i = Math.max(i, skip[s]!.end);
        continue;
      }
      // The longest alias starting here: its end and entry (the object is made once, for the winner).
      // This layer's tries before those below, and names before concept terms: the first wins a tie.
      this.bestEnd = -1;
      this.bestAs = undefined;
      if (h !== -1) {
        // Most words cannot start a name: skipped without making a string. An ASCII word's nodes
        // are found by its hash, and compared in place.
        const under = this.under;
        const own = this.candidate(h, text, i, to);
        const below = under?.candidate(h, text, i, to);
        if (!own && !below) continue;
        if (own?.sensitive) this.walk(sameWord(own.sensitive, text, at, i, false), text, i, to, false);
        if (below?.sensitive) this.walk(sameWord(below.sensitive, text, at, i, false), text, i, to, false);
        if (!inner) {
          if (own?.insensitive) this.walk(sameWord(own.insensitive, text, at, i, true), text, i, to, true);
          if (below?.insensitive) this.walk(sameWord(below.insensitive, text, at, i, true), text, i, to, true);
          // Plural of a one-word concept term ("regimes"): -s and -es only.
          if ((own?.plural || below?.plural) && i - at > 3 && (text.charCodeAt(i - 1) | 32) === 115) {
            const lower = text.slice(at, i).toLowerCase();
            if (own?.plural) this.keepPlural(this.insensitive, lower, i);
            if (below?.plural) this.keepPlural(under!.insensitive, lower, i);
          }
        }
      } else this.walkFrom(text.slice(at, i), text, i, to, inner);
      const end = this.bestEnd;
      if (end < 0 || (s < skip.length && skip[s]!.start < end)) continue;
      const found = this.bestNode!;
      const entry = found.entry!;
      const as = this.bestAs;
      if (inner && !(found.flags & ACTOR)) continue;
      if (found.flags & RULED && !acceptsMention(text, at, end, entry, as, blockFrom, blockTo)) {
        if (as === 'capital' && !inner) ((out ??= newList()).places ??= []).push(at, end);
        continue;
      }
      pushMention((out ??= newList()), at, end, entry, as);
      // Actors named inside an event's or a concept's name count too ("the Armenia-Azerbaijan conflict").
      if (!inner && end > i && !(found.flags & ACTOR)) this.findInner(text, at, i, end, entry, blockFrom, blockTo, out);
      i = end;
    }
    return out ?? NO_MENTIONS;
  }

  /** The walks from the word before `i` when it is not plain ASCII (it has no hash): its nodes by its string. */
  private walkFrom(word: string, text: string, i: number, to: number, inner: boolean): void {
    const under = this.under;
    this.walk(this.sensitive.get(word), text, i, to, false);
    if (under) this.walk(under.sensitive.get(word), text, i, to, false);
    if (inner) return;
    const lower = word.toLowerCase();
    this.walk(this.insensitive.get(lower), text, i, to, true);
    if (under) this.walk(under.insensitive.get(lower), text, i, to, true);
    // Plural of a one-word concept term ("régimes"): -s and -es only.
    if (lower.length > 3 && lower.endsWith('s')) {
      this.keepPlural(this.insensitive, lower, i);
      if (under) this.keepPlural(under.insensitive, lower, i);
    }
  }

  /**
   * Appends to `into.inner` (made at the first) the actors named inside the mention [at, end) of
   * `outer` whose first word ends at `firstEnd`.
   */
  private findInner(
    text: string,
    at: number,
    firstEnd: number,
    end: number,
    outer: Entry,
    blockFrom: number,
    blockTo: number,
    into: Writable<MentionList>,
  ): void {
    const word = text.slice(at, firstEnd);
    let first = this.sensitive.get(word);
    if (!first?.entry) first = this.under?.sensitive.get(word) ?? first;
    if (first && first.flags & ACTOR && first.entry!.id !== outer.id)
      pushMention((into.inner ??= newList()), at, firstEnd, first.entry!, first.as);
    const rest = this.scan(text, firstEnd, end, NO_SKIP, blockFrom, blockTo, true);
    for (let k = 0; k < rest.starts.length; k++) {
      if (rest.entries[k]!.id !== outer.id)
        pushMention((into.inner ??= newList()), rest.starts[k]!, rest.ends[k]!, rest.entries[k]!, rest.forms?.[k]);
    }
  }

  /** The longest match so far at the word `find` is on (-1: none), the node of its entry, and how it names it. */
  private bestEnd = -1;
  private bestNode: Node | undefined;
  private bestAs: MentionForm | undefined;

  /** Keeps the one-word term that `lower` (ending at `end`) is the plural of, with -s or -es. */
  private keepPlural(terms: ReadonlyMap<string, Node>, lower: string, end: number): void {
    this.keep(terms.get(lower.slice(0, -1)), end);
    if (lower.endsWith('es')) this.keep(terms.get(lower.slice(0, -2)), end);
  }

  /** Keeps the entry of `node` ending at `end` if it is longer than the best so far. */
  private keep(node: Node | undefined, end: number, as?: MentionForm): void {
    if (node?.entry && end > this.bestEnd) {
      this.bestEnd = end;
      this.bestNode = node;
      this.bestAs = as;
    }
  }

  /**
   * Walks the trie from `node` (the first word, which ends at `pos`), piece by piece of the text,
   * keeping the deepest entry reached. Case-insensitive entries (concept terms) also match with
   * a plural last word ("colour revolutions").
   */
  private walk(node: Node | undefined, text: string, pos: number, to: number, insensitive: boolean): void {
    if (!node) return;
    if (node.pending) MentionMatcher.growFrom(node);
    let end = node.entry ? pos : -1;
    let found: Node | undefined = node;
    let as = node.as;
    while (node.next || node.spaced) {
      let p = pos;
      while (p < to && isSpace(text.charCodeAt(p))) p++;
      if (p >= to) break;
      const level: Map<string, Node> | undefined = p > pos ? node.spaced : node.next;
      if (!level) break;
      // Outside ASCII, a lower-cased key may start with another bit than the text's capital.
      const c = text.charCodeAt(p);
      if (c < 128 && !(node.firsts & (1 << (c & 31)))) break;
      let q = p;
      const word = proseWordAt(text, p);
      if (word) while (q < to && proseWordAt(text, q)) q++;
      else q += text.codePointAt(p)! > 0xffff ? 2 : 1;
      if (q > to) break;
      let piece = text.slice(p, q);
      if (insensitive) piece = piece.toLowerCase();
      if (insensitive && word && piece.endsWith('s')) {
        let plural = level.get(piece.slice(0, -1));
        if (!plural?.entry) plural = piece.endsWith('es') ? level.get(piece.slice(0, -2)) : undefined;
        if (plural?.entry) {
          end = q;
          found = plural;
          as = undefined;
        }
      }
      const child: Node | undefined = level.get(piece);
      if (!child) break;
      node = child;
      pos = q;
      // At the same end, the exact form wins over a plural reading.
      if (node.entry) {
        end = pos;
        found = node;
        as = node.as;
      }
    }
    this.keep(found, end, as);
  }
}
