// Splits the Markdown body into blocks of prose (paragraphs, headings, list items, table rows,
// footnote definitions), line by line. Code, comments, markers and definitions are not prose.
import { BlockTable } from './blockTable';
import type { LineIndex } from './lineIndex';
import { EMPTY } from './lists';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'footnote';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level, for headings. */
  level?: number;
  /** Footnote label, for footnote definitions. */
  label?: string;
  /**
   * Spans inside the block that are markup, not prose (quote markers, list markers, `#`s), flat:
   * [start0, end0, start1, end1, ...].
   */
  markup: readonly number[];
  /** Blockquote depth, so a quote does not run on into the paragraph after it. */
  readonly quote: number;
}

export interface HtmlComment {
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

export interface BlockScan {
  readonly blocks: BlockTable;
  readonly comments: HtmlComment[];
  /** Link reference definitions: lower-cased label -> destination. */
  readonly linkDefinitions: Map<string, string>;
  /** Fenced code blocks, from the opening fence to the end of the closing one (or of the text). */
  readonly fences: Array<{ start: number; end: number }>;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?/;
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?/;
const LINK_DEF = /^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?([^\s>]+)>?(?:[ \t].*)?$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$/;
const TABLE_ROW = /^ {0,3}\|/;
const QUOTE_MARKER = /^ {0,3}>[ \t]?/;
const INDENTED = /^(?: {4}|\t)/;

/** Lines scanned between two pauses of the scan (see analyzeSteps). */
const LINES_PER_STEP = 8192;

/** The blocks of the body, as steps: it pauses every few thousand lines. */
export function* scanBlocks(text: string, bodyStart: number, lines: LineIndex): Generator<void, BlockScan, void> {
  const blocks = new BlockTable();
  const comments: HtmlComment[] = [];
  const linkDefinitions = new Map<string, string>();
  let open: Block | undefined;
  let fence: string | undefined;
  let fenceStart = -1;
  const fences: Array<{ start: number; end: number }> = [];
  let commentStart = -1;
  let inList = false;
  let previousBlank = true;

  const close = () => {
    if (open) blocks.push(open);
    open = undefined;
  };

  for (let line = lines.lineOf(bodyStart); line < lines.lineCount; line++) {
    if (line % LINES_PER_STEP === 0) yield;
    const lineStart = Math.max(lines.lineStart(line), bodyStart);
    const lineEnd = lines.lineEnd(line);
    // Most lines of prose start with a letter: no block construct (quote, fence, heading, list,
    // table, definition) can start there, so the line opens or continues a paragraph.
    const first = text.charCodeAt(lineStart);
    if (
      commentStart < 0 &&
      fence === undefined &&
      ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) &&
      (!open || open.quote === 0)
    ) {
      if (inList && previousBlank) inList = false;
      previousBlank = false;
      if (open) open.end = lineEnd;
      else open = { kind: 'paragraph', start: lineStart, end: lineEnd, markup: EMPTY, quote: 0 };
      continue;
    }
    let raw = text.slice(lineStart, lineEnd);

    if (commentStart >= 0) {
      const close_ = raw.indexOf('-->');
      if (close_ >= 0) {
        const end = lineStart + close_ + 3;
        comments.push({ start: commentStart, end, body: text.slice(commentStart + 4, end - 3) });
        commentStart = -1;
      }
      continue;
    }
    if (fence !== undefined) {
      const m = FENCE.exec(raw);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && raw.slice(m[0].length).trim() === '') {
        fence = undefined;
        fences.push({ start: fenceStart, end: lineEnd });
      }
      continue;
    }

    // Blockquote markers are markup; what follows them is an ordinary line.
    const markup: number[] = [];
    let quote = 0;
    let offset = lineStart;
    for (let q = QUOTE_MARKER.exec(raw); q; q = QUOTE_MARKER.exec(raw)) {
      // Nested markers are one span of markup: `> > > …` a thousand deep is one range, not a thousand.
      if (markup.length && markup[markup.length - 1] === offset) markup[markup.length - 1]! += q[0].length;
      else markup.push(offset, offset + q[0].length);
      offset += q[0].length;
      raw = raw.slice(q[0].length);
      quote++;
    }
    if (open && open.quote !== quote && !(quote === 0 && raw.trim() !== '' && open.kind === 'paragraph' && !previousBlank)) close();

    const blank = raw.trim() === '';
    if (blank) {
      close();
      previousBlank = true;
      continue;
    }
    const wasBlank = previousBlank;
    previousBlank = false;
    if (inList && wasBlank && !INDENTED.test(raw) && !LIST_ITEM.test(raw)) inList = false;

    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen && !(fenceOpen[1]![0] === '`' && raw.slice(fenceOpen[0].length).includes('`'))) {
      close();
      fence = fenceOpen[1]!;
      fenceStart = lineStart;
      continue;
    }
    if (/^ {0,3}<!--/.test(raw)) {
      close();
      const start = offset + raw.indexOf('<!--');
      const end = raw.indexOf('-->', raw.indexOf('<!--') + 4);
      if (end >= 0) {
        comments.push({ start, end: offset + end + 3, body: text.slice(start + 4, offset + end) });
        // Text after a one-line comment is rare; it is treated as a paragraph of its own.
        const rest = raw.slice(end + 3);
        if (rest.trim()) open = { kind: 'paragraph', start: offset + end + 3, end: lineEnd, markup, quote };
      } else commentStart = start;
      continue;
    }
    if (INDENTED.test(raw) && wasBlank && !inList && !open) continue; // indented code block

    const atx = ATX.exec(raw);
    if (atx) {
      close();
      const closing = closingHashes(raw);
      const contentEnd = closing >= atx[0].length ? offset + closing : lineEnd;
      markup.push(offset, offset + atx[0].length);
      if (contentEnd < lineEnd) markup.push(contentEnd, lineEnd);
      blocks.push({ kind: 'heading', level: atx[1]!.length, start: offset, end: lineEnd, markup, quote });
      continue;
    }
    if (open?.kind === 'paragraph' && (SETEXT_1.test(raw) || SETEXT_2.test(raw))) {
      open.kind = 'heading';
      open.level = SETEXT_1.test(raw) ? 1 : 2;
      close();
      continue;
    }
    if (THEMATIC.test(raw)) {
      close();
      continue;
    }
    const footnote = FOOTNOTE_DEF.exec(raw);
    if (footnote) {
      close();
      markup.push(offset, offset + footnote[0].length);
      open = { kind: 'footnote', label: footnote[1]!, start: offset, end: lineEnd, markup, quote };
      continue;
    }
    const linkDef = !open ? LINK_DEF.exec(raw) : null;
    if (linkDef) {
      const label = linkDef[1]!.trim().toLowerCase().replace(/\s+/g, ' ');
      if (!linkDefinitions.has(label)) linkDefinitions.set(label, linkDef[2]!);
      continue;
    }
    if (TABLE_DELIMITER.test(raw) && raw.includes('-') && (raw.includes('|') || open?.kind === 'table-row')) {
      close();
      continue;
    }
    if (TABLE_ROW.test(raw)) {
      close();
      blocks.push({ kind: 'table-row', start: offset, end: lineEnd, markup, quote });
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    // An ordered item that does not start at 1 cannot interrupt a paragraph (CommonMark).
    if (item && !(open?.kind === 'paragraph' && /^\d/.test(item[2]!) && item[2] !== '1.' && item[2] !== '1)')) {
      close();
      inList = true;
      markup.push(offset, offset + item[0].length);
      open = { kind: 'list-item', start: offset, end: lineEnd, markup, quote };
      continue;
    }
    if (open) {
      open.end = lineEnd;
      // The first markup of a paragraph replaces the shared empty list; later lines add to it.
      if (markup.length) {
        if (open.markup === EMPTY) open.markup = markup;
        else (open.markup as number[]).push(...markup);
      }
      continue;
    }
    open = { kind: 'paragraph', start: offset, end: lineEnd, markup, quote };
  }
  close();
  if (commentStart >= 0) comments.push({ start: commentStart, end: text.length, body: text.slice(commentStart + 4) });
  if (fence !== undefined) fences.push({ start: fenceStart, end: text.length });
  blocks.fit();
  return { blocks, comments, linkDefinitions, fences };
}

/**
 * Where the optional closing sequence of an ATX heading (`## Title ##`) starts, with the spaces
 * before it, or -1. Read from the line's end: a regular expression would retry at every offset.
 */
function closingHashes(line: string): number {
  const blank = (c: number) => c === 32 || c === 9;
  let i = line.length;
  while (i > 0 && blank(line.charCodeAt(i - 1))) i--;
  const hashesEnd = i;
  while (i > 0 && line.charCodeAt(i - 1) === 35 /* # */) i--;
  if (i === hashesEnd || i === 0 || !blank(line.charCodeAt(i - 1))) return -1;
  while (i > 0 && blank(line.charCodeAt(i - 1))) i--;
  return i;
}
