// Inline syntax of one block, in two linear passes over its text:
//  1. code spans, HTML comments and tags, autolinks and backslash escapes;
//  2. bracket pairs (matched with a stack): citations, footnotes, links and bracketed spans;
//     then in-text `@key` citations and bare URLs.
// Everything that is markup is masked by spaces, leaving the block's prose at the same offsets.
import { nextOf } from './charSearch';
import { fitted } from './lists';
import { maskSpans } from './mask';
import { ForwardSearch, matchPairs } from './pairs';
import type { CitationKind } from './types';

export interface RawKey {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Says where in the source: `[@key, p. 12]`, `@key [ch. 3]`. */
  readonly locator?: true;
}

// Pandoc's locator terms (a subset, with their abbreviations), or a bare number.
// One `\s*` run before the comma and one after it: `\s*,?\s*` would split a run of spaces n ways.
const LOCATOR_TERMS =
  'p|pp|page|pages|ch|chap|chapter|chapters|sec|section|sections|para|paragraph|paragraphs|fig|figure|vol|volume|col|column|' +
  'l|ll|line|lines|n|nn|note|notes|no|number|art|article|pt|part|bk|book|§|§§|¶|¶¶';
const LOCATOR = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:${LOCATOR_TERMS})\.?\s*)?[\divxlcIVXLC]+\b`, 'u');

/** Whether the text after a cited key (its suffix) starts with a locator. */
export function hasLocator(suffix: string): boolean {
  return LOCATOR.test(suffix);
}

export interface RawCitation {
  readonly kind: CitationKind;
  readonly start: number;
  readonly end: number;
  readonly keys: readonly RawKey[];
  readonly label?: string;
  readonly url?: string;
}

export interface RawSpan {
  readonly start: number;
  readonly end: number;
  readonly textStart: number;
  readonly textEnd: number;
  readonly classes: readonly string[];
  readonly ref?: { readonly id: string; readonly start: number; readonly end: number };
}

export interface InlineComment {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

export interface InlineScan {
  /** The block's text with markup masked; offsets are those of the block. */
  readonly prose: string;
  readonly citations: RawCitation[];
  readonly spans: RawSpan[];
  readonly comments: InlineComment[];
  /** Links to other files (`[see](notes.policy.md)`): not sources, but places to go. */
  readonly links: RawLink[];
}

export interface RawLink {
  readonly start: number;
  readonly end: number;
  readonly url: string;
}

const AUTOLINK = /<(https?:\/\/[^\s<>]*)>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const KEY_BODY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~\/](?=[\p{L}\p{N}_]))*`;
const IN_TEXT_KEY = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}_@])-?@(?:(${KEY_BODY})|\{([^{}\s]+)\})`, 'gu');
const GROUP_KEY = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}_@])-?@(?:(${KEY_BODY})|\{([^{}\s]+)\})`, 'gu');
const BARE_URL = /\bhttps?:\/\/[^\s<>"'`]+/g;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
/** What pass 1 of the inline scan stops at (nextOf sets its lastIndex). */
const INTERESTING = /[\\`<]/g;

/**
 * One string per distinct key, however often it is cited: the analysis keeps them. Shared by
 * blocks and files (a file cites the same keys throughout); emptied when it grows past
 * MAX_KEYS_SEEN (emptying it for every block cost more than the scan of most blocks).
 */
const KEYS_SEEN = new Map<string, string>();
const MAX_KEYS_SEEN = 4096;
function intern(key: string): string {
  const seen = KEYS_SEEN.get(key);
  if (seen !== undefined) return seen;
  if (KEYS_SEEN.size >= MAX_KEYS_SEEN) KEYS_SEEN.clear();
  KEYS_SEEN.set(key, key);
  return key;
}

function inOrder(items: ReadonlyArray<{ readonly start: number }>): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.start < items[i - 1]!.start) return false;
  return true;
}

/** The keys of citations that have none (links, footnotes): one shared empty list. */
const NO_KEYS: readonly RawKey[] = Object.freeze([]);

/**
 * `[@key]`, the common case, as one object: its key's object is made when read. The analysis
 * keeps every citation while the file is open, and a report may hold thousands.
 */
class OneKeyCitation implements RawCitation {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly key: string,
  ) {}
  get kind(): 'pandoc' {
    return 'pandoc';
  }
  get keys(): readonly RawKey[] {
    const end = oneKeyEnd(this.end);
    return [{ key: this.key, start: end - this.key.length, end }];
  }
}

/** Where the key of a `[@key]` citation ending at `citationEnd` ends: it runs up to the closing bracket. */
export function oneKeyEnd(citationEnd: number): number {
  return citationEnd - 1;
}

/** The key of a `[@key]` citation as scanInline makes it, or undefined for any other citation. */
export function oneKeyOf(c: RawCitation): string | undefined {
  return c instanceof OneKeyCitation ? c.key : undefined;
}

/** A `[@key]` citation at [start, end), as scanInline makes it. */
export function oneKeyCitation(start: number, end: number, key: string): RawCitation {
  return new OneKeyCitation(start, end, key);
}

/** Reads as "not escaped" everywhere (out of bounds), for blocks without a backslash. */
const NO_ESCAPES = new Uint8Array(0);

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(url);
}

export function scanInline(text: string, base: number, linkDefinitions: ReadonlyMap<string, string>): InlineScan {
  const n = text.length;
  // Which characters a backslash escapes; most blocks have none, so no table is made for them.
  const escaped = text.includes('\\') ? new Uint8Array(n) : NO_ESCAPES;
  const mask1: number[] = [];
  const citations: RawCitation[] = [];
  const spans: RawSpan[] = [];
  const comments: InlineComment[] = [];
  const links: RawLink[] = [];
  let runs: ReturnType<typeof backtickRuns> | undefined; // made at the first backtick: most blocks have none
  let noCommentCloseFrom = Infinity;

  // Pass 1, from one of its three characters to the next: most paragraphs have none.
  for (let i = nextOf(INTERESTING, text, 0); i < n; i = i < n ? nextOf(INTERESTING, text, i) : n) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < n && ASCII_PUNCT.test(text[i + 1]!)) {
      mask1.push(i, i + 1);
      escaped[i + 1] = 1;
      i += 2;
    } else if (c === 96 /* ` */) {
      let k = i;
      while (text.charCodeAt(k) === 96) k++;
      const close = (runs ??= backtickRuns(text)).next(k - i, k);
      if (close >= 0) {
        mask1.push(i, close + (k - i));
        i = close + (k - i);
      } else i = k;
    } else if (c === 60 /* < */) {
      if (text.startsWith('<!--', i)) {
        const close = i + 4 >= noCommentCloseFrom ? -1 : text.indexOf('-->', i + 4);
        if (close < 0) {
          noCommentCloseFrom = Math.min(noCommentCloseFrom, i);
          i += 4;
          continue;
        }
        comments.push({ start: base + i, end: base + close + 3, body: text.slice(i + 4, close) });
        mask1.push(i, close + 3);
        i = close + 3;
        continue;
      }
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(text);
      if (auto) {
        citations.push({ kind: 'link', start: base + i, end: base + AUTOLINK.lastIndex, keys: NO_KEYS, url: auto[1]! });
        mask1.push(i, AUTOLINK.lastIndex);
        i = AUTOLINK.lastIndex;
        continue;
      }
      HTML_TAG.lastIndex = i;
      if (HTML_TAG.exec(text)) {
        mask1.push(i, HTML_TAG.lastIndex);
        i = HTML_TAG.lastIndex;
        continue;
      }
      i++;
    } else i++;
  }
  const s1 = maskSpans(text, mask1);

  // Pass 2: bracket pairs, innermost first as they close.
  const mask2: number[] = [];
  const stack: number[] = [];
  const search = new ForwardSearch(s1);
  const closers: Closers = { search };
  // From bracket to bracket, found by the engine's string search rather than a loop in JS.
  let nextOpen = s1.indexOf('[');
  let nextClose = s1.indexOf(']');
  for (let i = -1; ;) {
    if (nextOpen >= 0 && nextOpen <= i) nextOpen = s1.indexOf('[', i + 1);
    if (nextClose >= 0 && nextClose <= i) nextClose = s1.indexOf(']', i + 1);
    // A `]` with nothing open does nothing.
    if (nextOpen < 0 && stack.length === 0) break;
    i = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
    if (i < 0) break;
    const c = s1.charCodeAt(i);
    if (escaped[i]) continue;
    if (c === 91 /* [ */) stack.push(i);
    else if (c === 93 /* ] */ && stack.length) {
      const open = stack.pop()!;
      const next = bracketPair(s1, open, i, base, linkDefinitions, citations, spans, links, mask2, closers);
      if (next > i + 1) {
        // The pair took what follows it ({attributes}, (destination), [label]): resume after that.
        i = next - 1;
      }
    }
  }
  const s2 = maskSpans(s1, mask2);

  // In-text citations and bare URLs, outside what pass 2 masked.
  const mask3: number[] = [];
  for (const m of s2.includes('@') ? s2.matchAll(IN_TEXT_KEY) : []) {
    const at = m.index;
    const atSign = at + (m[0][0] === '-' ? 1 : 0);
    if (escaped[atSign]) continue;
    const key = m[1] ?? m[2]!;
    const keyStart = atSign + (m[1] ? 1 : 2);
    // `@key [p. 12]`: the bracket after an in-text key holds its locator.
    const after = at + m[0].length;
    const close = s1.charCodeAt(after) === 32 && s1.charCodeAt(after + 1) === 91 ? search.next(']', after) : -1;
    const bracket = close > 0 ? s1.slice(after + 2, close) : '';
    citations.push({
      kind: 'in-text',
      start: base + at,
      end: base + after,
      keys: [
        bracket && hasLocator(bracket)
          ? { key, start: base + keyStart, end: base + keyStart + key.length, locator: true }
          : { key, start: base + keyStart, end: base + keyStart + key.length },
      ],
    });
    mask3.push(at, at + m[0].length);
  }
  for (const m of s2.includes('http') ? s2.matchAll(BARE_URL) : []) {
    const url = trimUrl(m[0]);
    citations.push({ kind: 'url', start: base + m.index, end: base + m.index + url.length, keys: NO_KEYS, url });
    mask3.push(m.index, m.index + url.length);
  }
  const prose = maskSpans(s2, mask3);
  // Found pass by pass, so usually in order already: sorting 100,000 citations is not free.
  if (!inOrder(citations)) citations.sort((a, b) => a.start - b.start);
  if (!inOrder(spans)) spans.sort((a, b) => a.start - b.start);
  return { prose, citations, spans, comments, links };
}

/** How a block's scan finds closing brackets and parens without rescanning the block. */
interface Closers {
  readonly search: ForwardSearch;
  parens?: Int32Array;
}

/** Classifies one `[...]` pair; returns the offset after everything it consumed. */
function bracketPair(
  s: string,
  open: number,
  close: number,
  base: number,
  linkDefinitions: ReadonlyMap<string, string>,
  citations: RawCitation[],
  spans: RawSpan[],
  links: RawLink[],
  mask: number[],
  closers: Closers,
): number {
  const after = s[close + 1];
  // Bracketed span: [text]{.class key=value}
  if (after === '{') {
    const end = closers.search.next('}', close + 2);
    const paragraphEnd = end > 0 ? closers.search.next('\n\n', close + 2) : -1;
    if (end > 0 && (paragraphEnd < 0 || paragraphEnd > end)) {
      const attrs = parseAttributes(s.slice(close + 2, end), base + close + 2);
      spans.push({ start: base + open, end: base + end + 1, textStart: base + open + 1, textEnd: base + close, ...attrs });
      mask.push(open, open + 1, close, end + 1);
      return end + 1;
    }
  }
  // Inline link or image: [text](destination "title")
  if (after === '(') {
    const end = (closers.parens ??= matchPairs(s, 40 /* ( */, 41 /* ) */, true))[close + 1]!;
    if (end > 0) {
      const destination = s
        .slice(close + 2, end)
        .trim()
        .split(/\s+/)[0]!
        .replace(/^<|>$/g, '');
      const image = open > 0 && s[open - 1] === '!';
      if (image) mask.push(open - 1, end + 1);
      else {
        mask.push(open, open + 1, close, end + 1);
        if (isHttpUrl(destination))
          citations.push({ kind: 'link', start: base + open, end: base + end + 1, keys: NO_KEYS, url: destination });
        else if (destination && !destination.startsWith('#')) links.push({ start: base + open, end: base + end + 1, url: destination });
      }
      return end + 1;
    }
  }
  // Inline note ^[...]: a footnote written in place.
  if (open > 0 && s[open - 1] === '^') {
    citations.push({ kind: 'inline-note', start: base + open - 1, end: base + close + 1, keys: NO_KEYS });
    mask.push(open - 1, close + 1);
    return close + 1;
  }
  // Pairs close innermost first, so only the innermost has no `[` inside; testing for that first
  // keeps every outer pair of a deep nesting from reading all it encloses. The text inside is
  // sliced only for the cases that read it: most pairs are [@key].
  // Footnote reference [^label]
  if (s.charCodeAt(open + 1) === 94 /* ^ */ && close > open + 2 && isFootnoteLabel(s.slice(open + 1, close))) {
    citations.push({ kind: 'footnote', start: base + open, end: base + close + 1, keys: NO_KEYS, label: s.slice(open + 2, close) });
    mask.push(open, close + 1);
    return close + 1;
  }
  // Reference link [text][label] or [text][]
  if (after === '[') {
    const end = closers.search.next(']', close + 2);
    // A link label is at most 999 characters (CommonMark).
    if (end > 0 && (end > close + 2 ? end - close - 2 : close - open - 1) <= 999) {
      const label = (s.slice(close + 2, end) || s.slice(open + 1, close)).trim().toLowerCase().replace(/\s+/g, ' ');
      const url = linkDefinitions.get(label);
      if (url !== undefined) {
        mask.push(open, open + 1, close, end + 1);
        if (isHttpUrl(url)) citations.push({ kind: 'link', start: base + open, end: base + end + 1, keys: NO_KEYS, url });
        return end + 1;
      }
    }
  }
  // The common case, [@key] with a plain ASCII key, without splitting or regular expressions.
  const simple = simpleKey(s, open + 1, close);
  if (simple > 0) {
    const keyStart = open + 1 + simple;
    citations.push(new OneKeyCitation(base + open, base + close + 1, intern(s.slice(keyStart, close))));
    mask.push(open, close + 1);
    return close + 1;
  }
  // Pandoc citation group: [see @a, p. 4; @b]: every ;-separated item names a key.
  const inner = s.slice(open + 1, close);
  if (inner.indexOf('[') < 0 && inner.includes('@') && !inner.includes(']')) {
    const keys: RawKey[] = [];
    let ok = true;
    let itemStart = 0;
    for (const item of inner.split(';')) {
      const found = itemKey(item);
      if (!found) {
        ok = false;
        break;
      }
      const key = item.slice(found.start, found.end);
      const start = base + open + 1 + itemStart + found.start;
      const end = start + key.length;
      keys.push(hasLocator(item.slice(found.end)) ? { key, start, end, locator: true } : { key, start, end });
      itemStart += item.length + 1;
    }
    if (ok && keys.length) {
      // Fitted: the analysis keeps every citation.
      citations.push({ kind: 'pandoc', start: base + open, end: base + close + 1, keys: fitted(keys) });
      mask.push(open, close + 1);
      return close + 1;
    }
  }
  return close + 1;
}

/** `^label` of a footnote reference: no white space and no bracket inside. */
const isFootnoteLabel = (inner: string) => inner.indexOf('[') < 0 && !/\s/.test(inner);

const isKeyChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyPunct = (c: number) => c < 128 && ':.#$%&-+?<>~/'.includes(String.fromCharCode(c));

/**
 * For `[@key]` or `[-@key]` spanning [from, to) with an ASCII key: where the key starts, relative
 * to `from` (1 or 2); 0 when the bracket holds anything else (the general path decides).
 */
function simpleKey(s: string, from: number, to: number): number {
  const skip = s.charCodeAt(from) === 45 /* - */ ? 1 : 0;
  if (s.charCodeAt(from + skip) !== 64 /* @ */) return 0;
  const start = from + skip + 1;
  if (start >= to || !isKeyChar(s.charCodeAt(start)) || asciiKeyEnd(s, start + 1, to) < to) return 0;
  return start - from;
}

/**
 * Where an ASCII key whose first character stands before `from` ends, at most at `to`: key
 * characters, and internal punctuation followed by one.
 */
function asciiKeyEnd(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && (isKeyChar(s.charCodeAt(i)) || (isKeyPunct(s.charCodeAt(i)) && i + 1 < to && isKeyChar(s.charCodeAt(i + 1))))) i++;
  return i;
}

/**
 * Where the one key of a citation group's item ("see @a, p. 4") starts and ends in it; undefined
 * when it names none or several. Plain ASCII around the key is read by hand (most groups), the
 * rest by GROUP_KEY.
 */
function itemKey(item: string): { start: number; end: number } | undefined {
  const at = item.indexOf('@');
  if (at < 0) return undefined;
  const before = at > 0 ? item.charCodeAt(at - 1) : 32;
  const first = item.charCodeAt(at + 1);
  if (item.indexOf('@', at + 1) < 0 && before < 128 && first < 128 && first !== 123 /* { */) {
    // The key may not follow a word character (an e-mail address is no citation).
    if (isKeyChar(before) || !isKeyChar(first)) return undefined;
    const end = asciiKeyEnd(item, at + 2, item.length);
    // A letter outside ASCII may continue the key: GROUP_KEY decides.
    if (!(item.charCodeAt(end) >= 128) && !(item.charCodeAt(end + 1) >= 128)) return { start: at + 1, end };
  }
  const found = [...item.matchAll(GROUP_KEY)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const start = m.index + (m[0][0] === '-' ? 1 : 0) + (m[1] ? 1 : 2);
  return { start, end: start + (m[1] ?? m[2]!).length };
}

const isAttrChar = (c: number) => isKeyChar(c) || c === 45; /* - */

/**
 * Pandoc attributes: `.class`, `#id`, `key=value`, `key="quoted value"`. Read left to right in one
 * pass (a regular expression over a long run of letters would retry it from every offset).
 */
function parseAttributes(attrs: string, base: number): { classes: string[]; ref?: { id: string; start: number; end: number } } {
  const classes: string[] = [];
  let ref: { id: string; start: number; end: number } | undefined;
  const n = attrs.length;
  const run = (from: number) => {
    let j = from;
    while (j < n && isAttrChar(attrs.charCodeAt(j))) j++;
    return j;
  };
  // Once a quote has no closing quote after some offset, it has none after any later one.
  const noClose: Record<string, number> = { '"': Infinity, "'": Infinity };
  for (let i = 0; i < n;) {
    const c = attrs.charCodeAt(i);
    if (c === 46 /* . */ || c === 35 /* # */) {
      const end = run(i + 1);
      if (c === 46 && end > i + 1) classes.push(attrs.slice(i + 1, end));
      i = end;
    } else if (isAttrChar(c)) {
      const keyEnd = run(i);
      if (attrs.charCodeAt(keyEnd) !== 61 /* = */) {
        i = keyEnd;
        continue;
      }
      const v = keyEnd + 1;
      const q = attrs[v];
      let value: { start: number; end: number } | undefined;
      if (q === '"' || q === "'") {
        const close = v + 1 >= noClose[q]! ? -1 : attrs.indexOf(q, v + 1);
        if (close < 0) noClose[q] = Math.min(noClose[q]!, v + 1);
        else value = { start: v + 1, end: close };
      } else {
        let e = v;
        while (e < n && !isValueEnd(attrs.charCodeAt(e))) e++;
        if (e > v) value = { start: v, end: e };
      }
      if (!value) {
        i = v;
        continue;
      }
      if (keyEnd - i === 3 && attrs.startsWith('ref', i))
        ref = { id: attrs.slice(value.start, value.end), start: base + value.start, end: base + value.end };
      i = value.end + (value.start > v ? 1 : 0);
    } else i++;
  }
  return ref ? { classes, ref } : { classes };
}

/** Ends an unquoted attribute value: white space or a quote. */
function isValueEnd(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 160 ||
    (c > 255 && /\s/.test(String.fromCharCode(c)))
  );
}

/**
 * Trailing punctuation ends a sentence, not a URL; a `)` stays when it closes a `(` of the URL.
 * The brackets are counted once and the counts follow the trimming, so a URL followed by
 * thousands of `)` is trimmed in one pass.
 */
function trimUrl(url: string): string {
  let end = url.length;
  let parens = count(url, '(') - count(url, ')');
  let brackets = count(url, '[') - count(url, ']');
  for (;;) {
    const last = url[end - 1]!;
    if ('.,;:!?*_'.includes(last)) end--;
    else if (last === ')' && parens < 0) {
      parens++;
      end--;
    } else if (last === ']' && brackets < 0) {
      brackets++;
      end--;
    } else return url.slice(0, end);
  }
}

function count(s: string, c: string): number {
  let k = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) k++;
  return k;
}

/** Backtick runs by length, so each code span's closing run is found without rescanning. */
function backtickRuns(text: string): { next(length: number, from: number): number } {
  let byLength: Map<number, number[]> | undefined;
  const cursor = new Map<number, number>();
  return {
    next(length, from) {
      if (!byLength) {
        byLength = new Map();
        for (const m of text.matchAll(/`+/g)) {
          const list = byLength.get(m[0].length) ?? [];
          list.push(m.index);
          byLength.set(m[0].length, list);
        }
      }
      const list = byLength.get(length);
      if (!list) return -1;
      let k = cursor.get(length) ?? 0;
      while (k < list.length && list[k]! < from) k++;
      cursor.set(length, k);
      return k < list.length ? list[k]! : -1;
    },
  };
}
