// The shape of a document as the editor's own gestures read it: what folds, what Shift+Alt+Right
// selects, where links go. Answered from the one Analysis (a sentence is split on demand, within
// its block only).
import type { Analysis } from './analysis';
import { isWordCode } from './proseWords';
import { firstFrom } from './queries';
import { splitSentences } from './sentences';
import type { Span } from './types';

export type FoldKind = 'front-matter' | 'section' | 'list' | 'code' | 'region' | 'footnote';

export interface FoldSpan extends Span {
  readonly kind: FoldKind;
}

/** Where a heading's section ends: before the next heading of its level or above, else the body's end. */
function sectionEnds(a: Analysis): number[] {
  const text = a.lines.text;
  return a.headings.map((h, i) => {
    let end = text.length;
    for (let j = i + 1; j < a.headings.length; j++) {
      if (a.headings[j]!.level <= h.level) {
        end = a.headings[j]!.start;
        break;
      }
    }
    // Not the blank lines before the next heading.
    while (end > h.end && /\s/.test(text[end - 1]!)) end--;
    return end;
  });
}

/**
 * The sentences of one block, split when asked (the analysis keeps claims only): for smart select
 * and the story's links. Its citations are found by binary search, not by a pass over all of them.
 */
export function blockSentences(a: Analysis, block: Span): Span[] {
  const citations = a.citations;
  const inside: Span[] = [];
  for (let k = firstFrom(citations, block.start); k < citations.length && citations[k]!.start < block.end; k++)
    if (citations[k]!.end <= block.end) inside.push(citations[k]!);
  const source = a.lines.text.slice(block.start, block.end);
  return splitSentences(source, source, block.start, inside);
}

/** The spans that fold: front matter, sections by heading, runs of list items, fenced code, disabled regions, long footnotes. */
export function foldingSpans(a: Analysis): FoldSpan[] {
  const out: FoldSpan[] = [];
  if (a.frontMatter) out.push({ kind: 'front-matter', start: a.frontMatter.start, end: a.frontMatter.end });
  const ends = sectionEnds(a);
  a.headings.forEach((h, i) => out.push({ kind: 'section', start: h.start, end: ends[i]! }));
  // Consecutive list items (blank lines between them allowed) are one list.
  let list: { start: number; end: number } | undefined;
  const flush = () => {
    if (list) out.push({ kind: 'list', ...list });
    list = undefined;
  };
  for (const b of a.blocks) {
    if (b.kind === 'list-item') {
      if (list) list.end = b.end;
      else list = { start: b.start, end: b.end };
    } else flush();
    if (b.kind === 'footnote') out.push({ kind: 'footnote', start: b.start, end: b.end });
  }
  flush();
  for (const f of a.fences) out.push({ kind: 'code', start: f.start, end: f.end });
  for (const r of a.disabledRegions) out.push({ kind: 'region', start: r.start, end: r.end });
  // Only what spans two lines or more folds.
  return out.filter((f) => a.lines.lineOf(f.end) > a.lines.lineOf(f.start)).sort((x, y) => x.start - y.start || y.end - x.end);
}

/** What Shift+Alt+Right grows through at `offset`, innermost first: word, sentence, block, then each enclosing section. */
export function selectionSpans(a: Analysis, offset: number): Span[] {
  const text = a.lines.text;
  const out: Span[] = [];
  const push = (s: Span) => {
    const last = out[out.length - 1];
    if (s.end > s.start && s.start <= offset && offset <= s.end && (!last || s.start < last.start || s.end > last.end)) out.push(s);
  };
  let ws = offset;
  let we = offset;
  while (ws > 0 && isWordCode(text, ws - 1)) ws--;
  while (we < text.length && isWordCode(text, we)) we++;
  push({ start: ws, end: we });
  const block = a.blocks.find((b) => b.start <= offset && offset <= b.end);
  if (block) {
    const sentence = blockSentences(a, block).find((s) => s.start <= offset && offset <= s.end);
    if (sentence) push(sentence);
    push(block);
  }
  const ends = sectionEnds(a);
  const sections = a.headings.map((h, i) => ({ start: h.start, end: ends[i]! })).filter((s) => s.start <= offset && offset <= s.end);
  for (const s of sections.reverse()) push(s);
  if (a.frontMatter && offset <= a.frontMatter.end) push(a.frontMatter);
  return out;
}

export interface DocumentLink extends Span {
  /** A URL (http, https, mailto), or a path relative to the document. */
  readonly target: string;
}

/** The links of a document: URLs and links (to the web or to other files) in the body, bibliography paths in the front matter. */
export function documentLinks(a: Analysis): DocumentLink[] {
  const out: DocumentLink[] = [];
  for (const p of a.bibliographyPaths) out.push({ start: p.start, end: p.end, target: p.path });
  for (const c of a.citations)
    if ((c.kind === 'url' || c.kind === 'link') && c.url) out.push({ start: c.start, end: c.end, target: c.url });
  for (const l of a.links) out.push({ start: l.start, end: l.end, target: l.url });
  return out.sort((x, y) => x.start - y.start);
}
