// BibTeX/BibLaTeX bibliographies, read with @retorquere/bibtex-parser (the parser behind Better
// BibTeX for Zotero): TeX accents, `@string` macros, `crossref` inheritance. It is large (about
// 570 KB bundled), so the editor and the CLI load this module only when a `.bib` file is named:
// see bibtexLoader.ts.
import { parse, type Creator, type Entry, type Library, type Options } from '@retorquere/bibtex-parser';
import { guardBibtex, type BibtexChunk, type GuardedBibtex } from './bibtexGuard';
import { optional } from './optional';
import type { BibliographyResult } from './references';
import type { Reference } from './types';

const OPTIONS: Options = {
  applyCrossRef: true,
  // Keep titles as written: we show them, we do not typeset them.
  sentenceCase: false,
  english: false,
  // An unknown TeX command keeps its raw text instead of failing the entry.
  unsupported: 'ignore',
};

/** Reading a `.bib` file stops after this long (the watchdog), with a problem naming the file. */
export const BIBTEX_TIME_BUDGET_MS = 10_000;
/** Entries parsed in one go: between two batches the watchdog looks at the clock. */
const BATCH = 500;

/** Parses a `.bib` file (the CLI in its thread, the editor in its parsing worker). */
export function parseBibtex(text: string, file: string): BibliographyResult {
  const reading = new Reading(text, file);
  while (reading.step());
  return reading.result();
}

/**
 * One reading of a file, batch by batch: the guard's entries, the `@string` macros given to every
 * batch, and the entries of a file with crossrefs in one batch (a parent must be parsed with its child).
 */
class Reading {
  private readonly guarded: GuardedBibtex;
  private readonly options: Options;
  private readonly batches: BibtexChunk[][] = [];
  private readonly libraries: Library[] = [];
  private readonly started = performance.now();
  private stoppedAt: BibtexChunk | undefined;

  constructor(
    text: string,
    private readonly file: string,
  ) {
    this.guarded = guardBibtex(text);
    const strings = this.guarded.chunks
      .filter((c) => c.type === 'string')
      .map((c) => this.text.slice(c.start, c.end))
      .join('\n');
    this.options = { ...OPTIONS, ...(strings ? { strings } : {}), ...(this.guarded.crossrefProblem ? { applyCrossRef: false } : {}) };
    const entries = this.guarded.refused ? [] : this.guarded.chunks.filter((c) => c.type !== 'string');
    const size = this.guarded.hasCrossrefs ? Infinity : BATCH;
    for (let i = 0; i < entries.length; i += size) this.batches.push(entries.slice(i, i + size));
  }

  private get text(): string {
    return this.guarded.text;
  }

  /** Parses the next batch; false when there is none left or the time is up. */
  step(): boolean {
    const batch = this.batches[this.libraries.length];
    if (!batch) return false;
    if (this.libraries.length > 0 && performance.now() - this.started > BIBTEX_TIME_BUDGET_MS) {
      this.stoppedAt = batch[0];
      return false;
    }
    this.libraries.push(parse(batch.map((c) => this.text.slice(c.start, c.end)).join('\n'), this.options));
    return this.libraries.length < this.batches.length;
  }

  result(): BibliographyResult {
    const { file, guarded } = this;
    if (guarded.refused) return { references: [], error: `${file}: ${guarded.refused}` };
    const library: Pick<Library, 'entries' | 'errors'> = {
      entries: this.libraries.flatMap((l) => l.entries),
      errors: this.libraries.flatMap((l) => l.errors),
    };
    const result = toResult(library, this.text, file);
    const problems = [
      ...guarded.problems,
      ...(guarded.crossrefProblem ? [guarded.crossrefProblem] : []),
      ...(this.stoppedAt
        ? [
            `reading took over ${BIBTEX_TIME_BUDGET_MS / 1000} s and stopped at line ` +
              `${this.text.slice(0, this.stoppedAt.start).split('\n').length}: the entries from there on are ` +
              `not read`,
          ]
        : []),
      ...(result.problems ?? []),
    ];
    return { ...result, ...(problems.length ? { problems } : {}) };
  }
}

function toResult(library: Pick<Library, 'entries' | 'errors'>, text: string, file: string): BibliographyResult {
  const references: Reference[] = [];
  const seen = new Set<string>();
  const duplicates: string[] = [];
  // Entries come in file order, so each is found after the previous one: one pass over the text.
  let from = 0;
  for (const entry of library.entries) {
    // An entry the parser gave up on has no text; its error is reported below.
    if (!entry.input) continue;
    const at = text.indexOf(entry.input, from);
    let span: { start: number; end: number } | undefined;
    if (at >= 0) {
      from = at + entry.input.length;
      const keyAt = entry.input.indexOf(entry.key, entry.input.indexOf('{') + 1);
      if (keyAt >= 0) span = { start: at + keyAt, end: at + keyAt + entry.key.length };
    }
    if (seen.has(entry.key)) duplicates.push(entry.key);
    seen.add(entry.key);
    references.push(toReference(entry, file, span));
  }
  const problems = library.errors.map((e) => e.error.replace(/\s+/g, ' ').trim());
  return { references, ...(problems.length ? { problems } : {}), ...(duplicates.length ? { duplicates } : {}) };
}

function toReference(entry: Entry, file: string, span: { start: number; end: number } | undefined): Reference {
  const f = entry.fields;
  const text = (name: string) => {
    const v = f[name];
    return typeof v === 'string' && v.trim() ? plain(v) : undefined;
  };
  const authors = names(f.author);
  const year = text('year') ?? /\d{4}/.exec(text('date') ?? '')?.[0];
  return {
    id: entry.key,
    type: entry.type,
    authors: authors.length ? authors : names(f.editor),
    origin: { layer: 'workspace', file, ...(span ? { span } : {}) },
    ...optional('title', text('title')),
    ...optional('year', year),
    ...optional('container', text('journaltitle') ?? text('journal') ?? text('booktitle')),
    ...optional('url', text('url')),
    ...optional('doi', text('doi')),
  };
}

function names(creators: Creator[] | undefined): string[] {
  return (creators ?? []).flatMap((c) => {
    const family = [c.prefix, c.lastName].filter(Boolean).join(' ');
    if (family) return [plain(c.firstName ? `${family}, ${c.firstName}` : family)];
    return c.name ? [plain(c.name)] : [];
  });
}

/**
 * The parser marks up `\emph`, `\textbf` and case protection as HTML, and writes accents as
 * combining marks (`{\'e}` as e + U+0301): we want plain, composed text, as typed elsewhere.
 */
function plain(s: string): string {
  return s
    .replace(/<\/?(?:i|b|sup|sub|span|nc|sc|ncx)\b[^>]*>/g, '')
    .normalize('NFC')
    .trim();
}
