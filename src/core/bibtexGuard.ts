// A linear pre-reading of a BibTeX file, before the parser sees it. The parser retries from every
// `@` it cannot read (100 KB of `@` took a minute), expands `@string` macros without a limit (40
// levels of `s2 = s1 # s1` ran out of memory) and follows crossrefs as deep as they go. Here the
// file is cut into its entries by matching braces once, what is outside them is blanked (BibTeX
// ignores it anyway), and the expansion of macros and the depth of crossrefs are measured first.
import { ForwardSearch, matchPairs } from './pairs';

/** A `@string` may expand to this many characters; real ones are a journal's or a publisher's name. */
export const MAX_STRING_LENGTH = 65_536;
/** All uses of macros in one file may expand to this many characters in all. */
export const MAX_EXPANSION = 8_000_000;
/** biber follows crossrefs of crossrefs; nobody needs more than a few levels. */
export const MAX_CROSSREF_DEPTH = 8;

export interface BibtexChunk {
  /** Lower-cased: `string`, `preamble`, `comment` or an entry type. */
  readonly type: string;
  readonly start: number;
  /** The offset of its opening `{` or `(`. */
  readonly open: number;
  readonly end: number;
}

export interface GuardedBibtex {
  /** The text with what lies outside entries and control characters blanked: same length, same offsets. */
  readonly text: string;
  readonly chunks: readonly BibtexChunk[];
  /** What was blanked, one message each (at most a few, then a count). */
  readonly problems: readonly string[];
  /** Why the file is not read at all: a budget was exceeded. */
  readonly refused?: string;
  /** Set when crossrefs go deeper than MAX_CROSSREF_DEPTH or in a circle: they are not applied. */
  readonly crossrefProblem?: string;
  /** Whether any entry has a crossref (its parent must be parsed with it). */
  readonly hasCrossrefs: boolean;
}

const MAX_PROBLEMS = 10;

export function guardBibtex(source: string): GuardedBibtex {
  // NUL and other control characters are never text in a bibliography; the parser trips on some.
  const text = source.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  const closing = matchPairs(text, 123 /* { */, 125 /* } */, false);
  const chunks: BibtexChunk[] = [];
  const problems: string[] = [];
  let dropped = 0;
  // A run of unclosed `@a(` must not search to the end once each.
  const search = new ForwardSearch(text);
  const blank: Array<[number, number]> = [];
  const problem = (at: number, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`line ${lineOf(text, at)}: ${message}`);
    else dropped++;
  };
  for (let i = text.indexOf('@'); i >= 0;) {
    let j = i + 1;
    while (j < text.length && isTypeChar(text.charCodeAt(j))) j++;
    const type = j > i + 1 ? text.slice(i + 1, j).toLowerCase() : '';
    while (j < text.length && isBlank(text.charCodeAt(j))) j++;
    const opener = text[j];
    const close = type && opener === '{' ? closing[j]! : type && opener === '(' ? search.next(')', j) : -2;
    if (close >= 0) {
      chunks.push({ type, start: i, open: j, end: close + 1 });
      i = text.indexOf('@', close + 1);
      continue;
    }
    // Not an entry: a stray `@` is blanked alone; an entry never closed, up to the next `@`.
    const next = text.indexOf('@', i + 1);
    if (close === -1) problem(i, `\`@${type}${opener}\` is never closed: the entry is not read`);
    const end = close === -1 ? (next < 0 ? text.length : next) : i + 1;
    const last = blank[blank.length - 1];
    if (last && last[1] === i) last[1] = end;
    else blank.push([i, end]);
    i = next;
  }
  if (dropped) problems.push(`and ${dropped} more`);
  const guarded = blankSpans(text, blank);
  const budget = measureMacros(guarded, chunks, closing);
  return { text: guarded, chunks, problems, ...budget };
}

const isTypeChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function blankSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  if (spans.length === 0) return text;
  const out: string[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    out.push(
      text.slice(at, s),
      text
        .slice(s, e)
        .split('\n')
        .map((line) => ' '.repeat(line.length))
        .join('\n'),
    );
    at = e;
  }
  out.push(text.slice(at));
  return out.join('');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

interface Field {
  readonly name: string;
  /** The value's parts joined by `#`: literal lengths and macro names. */
  readonly parts: ReadonlyArray<number | string>;
  /** A braced or quoted value's text (for crossref keys). */
  readonly literal?: string;
}

/** The fields of an entry's body (between its braces): name = part # part ..., with `key,` first for entries. */
function readFields(text: string, from: number, to: number, closing: Int32Array): { key?: string; fields: Field[] } {
  const fields: Field[] = [];
  let i = from;
  const skip = () => {
    while (i < to && /[\s,]/.test(text[i]!)) i++;
  };
  const word = () => {
    const s = i;
    while (i < to && !/[\s,=#{}"()]/.test(text[i]!)) i++;
    return text.slice(s, i);
  };
  skip();
  let key: string | undefined;
  const first = word();
  skip();
  if (text[i] !== '=') key = first;
  else i = from;
  while (i < to) {
    skip();
    const name = word().toLowerCase();
    skip();
    if (text[i] !== '=') {
      i++;
      continue;
    }
    i++;
    const parts: Array<number | string> = [];
    let literal: string | undefined;
    for (;;) {
      skip();
      const c = text[i];
      if (c === '{') {
        const end = closing[i]! >= 0 && closing[i]! < to ? closing[i]! : to;
        literal = text.slice(i + 1, end);
        parts.push(end - i - 1);
        i = end + 1;
      } else if (c === '"') {
        const end = text.indexOf('"', i + 1);
        const stop = end < 0 || end > to ? to : end;
        literal = text.slice(i + 1, stop);
        parts.push(stop - i - 1);
        i = stop + 1;
      } else {
        const w = word();
        if (!w) break;
        parts.push(/^\d+$/.test(w) ? w.length : w.toLowerCase());
      }
      skip();
      if (text[i] !== '#') break;
      i++;
    }
    fields.push({ name, parts, ...(literal !== undefined ? { literal } : {}) });
  }
  return { ...(key ? { key } : {}), fields };
}

/** Expanded lengths of the `@string` macros and of every use of them, and the depth of crossrefs. */
function measureMacros(
  text: string,
  chunks: readonly BibtexChunk[],
  closing: Int32Array,
): Pick<GuardedBibtex, 'refused' | 'crossrefProblem' | 'hasCrossrefs'> {
  const lengths = new Map<string, number>();
  const expand = (parts: ReadonlyArray<number | string>) =>
    parts.reduce<number>((n, p) => Math.min(n + (typeof p === 'number' ? p : (lengths.get(p) ?? p.length)), MAX_EXPANSION + 1), 0);
  let total = 0;
  const parents = new Map<string, string>();
  for (const chunk of chunks) {
    if (chunk.type === 'comment' || chunk.type === 'preamble') continue;
    const { key, fields } = readFields(text, chunk.open + 1, chunk.end - 1, closing);
    for (const f of fields) {
      const length = expand(f.parts);
      if (chunk.type === 'string') {
        if (length > MAX_STRING_LENGTH)
          return {
            refused:
              `\`@string{${f.name}}\` expands to over ${MAX_STRING_LENGTH.toLocaleString('en')} characters ` +
              '(macros that double at each level): the file is not read',
            hasCrossrefs: false,
          };
        lengths.set(f.name, length);
      } else if (f.parts.some((p) => typeof p === 'string')) total += length;
      if (f.name === 'crossref' && key && f.literal) parents.set(key, f.literal.trim());
    }
    if (total > MAX_EXPANSION)
      return {
        refused: `its \`@string\` macros expand to over ${MAX_EXPANSION.toLocaleString('en')} characters in all: the file is not read`,
        hasCrossrefs: false,
      };
  }
  return { hasCrossrefs: parents.size > 0, ...crossrefDepth(parents) };
}

/** Whether some chain of crossrefs is deeper than the limit or circular, walked once per entry. */
function crossrefDepth(parents: ReadonlyMap<string, string>): { crossrefProblem?: string } {
  const depth = new Map<string, number>();
  for (const start of parents.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let k: string | undefined = start;
    while (k !== undefined && !depth.has(k)) {
      if (onChain.has(k))
        return { crossrefProblem: `the crossrefs of \`${k}\` go round in a circle: crossrefs are not applied in this file` };
      onChain.add(k);
      chain.push(k);
      k = parents.get(k);
    }
    let d = k === undefined ? 0 : depth.get(k)!;
    for (let c = chain.length - 1; c >= 0; c--) depth.set(chain[c]!, parents.has(chain[c]!) ? ++d : d);
    if (d > MAX_CROSSREF_DEPTH)
      return {
        crossrefProblem: `the crossrefs from \`${start}\` go ${d} levels deep, over ${MAX_CROSSREF_DEPTH}: crossrefs are not applied in this file`,
      };
  }
  return {};
}
