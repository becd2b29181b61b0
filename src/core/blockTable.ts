// The blocks of a scan as columns of numbers. An analysis keeps every block while its file is
// open: as objects (4,300 at 1 MB, with their markup lists) the collector copied them twice while
// the analysis was built; typed arrays are not copied. A block is made an object when read.
import type { BlockSpan } from './analysis';
import type { Block, BlockKind } from './blocks';
import { EMPTY, Ints } from './lists';

const KINDS: readonly BlockKind[] = ['paragraph', 'heading', 'list-item', 'table-row', 'footnote'];
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]));
// A block's kind, heading level and quote depth in one number: kind | level << 3 | quote << 6.
const KIND_MASK = 7;
const LEVEL_SHIFT = 3;
const LEVEL_MASK = 7;
const QUOTE_SHIFT = 6;

export class BlockTable {
  readonly #starts = new Ints();
  readonly #ends = new Ints();
  readonly #info = new Ints();
  /** Where each block's markup ends in #markup (it starts where the previous block's ends). */
  readonly #markupEnds = new Ints();
  readonly #markup = new Ints();
  /** Footnote labels, by block. */
  readonly #labels = new Map<number, string>();

  get length(): number {
    return this.#starts.length;
  }

  push(block: Block): void {
    const k = this.length;
    this.#starts.push(block.start);
    this.#ends.push(block.end);
    this.#info.push(KIND_INDEX.get(block.kind)! | ((block.level ?? 0) << LEVEL_SHIFT) | (block.quote << QUOTE_SHIFT));
    for (const offset of block.markup) this.#markup.push(offset);
    this.#markupEnds.push(this.#markup.length);
    if (block.label !== undefined) this.#labels.set(k, block.label);
  }

  kind(k: number): BlockKind {
    return KINDS[this.#info.data[k]! & KIND_MASK]!;
  }
  start(k: number): number {
    return this.#starts.data[k]!;
  }
  end(k: number): number {
    return this.#ends.data[k]!;
  }
  /** Heading level, for headings. */
  level(k: number): number | undefined {
    return (this.#info.data[k]! >> LEVEL_SHIFT) & LEVEL_MASK || undefined;
  }
  /** Footnote label, for footnote definitions. */
  label(k: number): string | undefined {
    return this.#labels.get(k);
  }
  quote(k: number): number {
    return this.#info.data[k]! >>> QUOTE_SHIFT;
  }
  #markupStart(k: number): number {
    return k === 0 ? 0 : this.#markupEnds.data[k - 1]!;
  }

  /** Block k as an object, made for its reader. */
  get(k: number): Block {
    const from = this.#markupStart(k);
    const to = this.#markupEnds.data[k]!;
    const markup = from === to ? EMPTY : Array.from(this.#markup.data.subarray(from, to));
    const block: Block = { kind: this.kind(k), start: this.start(k), end: this.end(k), markup, quote: this.quote(k) };
    const level = this.level(k);
    if (level !== undefined) block.level = level;
    const label = this.label(k);
    if (label !== undefined) block.label = label;
    return block;
  }

  /**
   * Whether block k has what block j of `other` (of the same text) has besides its text: the
   * kind, level, quote depth, label and markup (relative to its start), all a result depends on
   * with the same knowledge and link definitions.
   */
  sameMarkup(k: number, other: BlockTable, j: number): boolean {
    if (this.#info.data[k] !== other.#info.data[j] || this.label(k) !== other.label(j)) return false;
    const from = this.#markupStart(k);
    const otherFrom = other.#markupStart(j);
    const n = this.#markupEnds.data[k]! - from;
    if (other.#markupEnds.data[j]! - otherFrom !== n) return false;
    const shift = this.start(k) - other.start(j);
    for (let i = 0; i < n; i++) if (this.#markup.data[from + i]! !== other.#markup.data[otherFrom + i]! + shift) return false;
    return true;
  }

  /** The blocks as an analysis hands them out. */
  spans(): readonly BlockSpan[] {
    const out: BlockSpan[] = [];
    for (let k = 0; k < this.length; k++) {
      const span = { kind: this.kind(k), start: this.start(k), end: this.end(k) };
      const level = this.level(k);
      out.push(level === undefined ? span : { ...span, level });
    }
    return Object.freeze(out);
  }

  /** Each column without spare room, once the scan is done: what the analysis keeps. */
  fit(): void {
    for (const column of [this.#starts, this.#ends, this.#info, this.#markupEnds, this.#markup]) column.fit();
  }
}
