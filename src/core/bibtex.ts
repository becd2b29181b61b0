// BibTeX/BibLaTeX bibliographies, read with @retorquere/bibtex-parser (the parser behind Better
// BibTeX for Zotero): TeX accents, `@string` macros, `crossref` inheritance. It is large (about
// 570 KB bundled), so the editor and the CLI load this module only when a `.bib` file is named:
// see bibtexLoader.ts.
import { parse, parseAsync, type Creator, type Entry, type Library, type Options } from '@retorquere/bibtex-parser';
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

/** Parses a `.bib` file in one go: for the CLI, where nothing else waits. */
export function parseBibtex(text: string, file: string): BibliographyResult {
  return toResult(parse(text, OPTIONS), text, file);
}

/** Parses a `.bib` file, yielding to the event loop every thousand entries: for the editor. */
export async function parseBibtexAsync(text: string, file: string): Promise<BibliographyResult> {
  return toResult(await parseAsync(text, OPTIONS), text, file);
}

function toResult(library: Library, text: string, file: string): BibliographyResult {
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
  return s.replace(/<\/?(?:i|b|sup|sub|span|nc|sc|ncx)\b[^>]*>/g, '').normalize('NFC').trim();
}
