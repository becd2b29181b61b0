// CSL items (inline `references:`, CSL-JSON and CSL-YAML files) reduced to what hovers,
// completion and checks need, read from the YAML AST so every item keeps its position.
import type { Document } from 'yaml';
import { loadBibtex } from './bibtexLoader';
import { LineIndex } from './lineIndex';
import { optional } from './optional';
import type { Origin, Reference } from './types';
import {
  deref,
  describe,
  isMap,
  isSeq,
  mapEntries,
  parseYaml,
  scalarText,
  span,
  textSpan,
  yamlErrors,
  type RawDiagnostic,
  type YNode,
} from './yamlNodes';

export interface ReferencesRead {
  readonly references: Reference[];
  readonly diagnostics: RawDiagnostic[];
}

/** Reads a YAML/JSON sequence of CSL items. */
export function readCslItems(node: YNode, doc: Document.Parsed, base: number, origin: Omit<Origin, 'span'>, what: string): ReferencesRead {
  const references: Reference[] = [];
  const diagnostics: RawDiagnostic[] = [];
  const at = (n: YNode) => span(n, base, { start: base, end: base + 1 });
  if (!isSeq(node)) {
    diagnostics.push({ code: 'front-matter', ...at(node), message: `${what} must be a list of CSL items, not ${describe(node)}` });
    return { references, diagnostics };
  }
  for (const raw of node.items as YNode[]) {
    const item = deref(raw, doc);
    if (!isMap(item)) {
      diagnostics.push({
        code: 'front-matter',
        ...at(item),
        message: `Each item of ${what} must be a mapping with an \`id\`, not ${describe(item)}`,
      });
      continue;
    }
    const fields = new Map(mapEntries(item, doc).map((e) => [e.key, e]));
    const idField = fields.get('id');
    const id = scalarText(idField?.value);
    if (!id) {
      diagnostics.push({ code: 'front-matter', ...at(item), message: `An item of ${what} has no \`id\`` });
      continue;
    }
    const text = (name: string) => scalarText(fields.get(name)?.value)?.trim() || undefined;
    const names = (name: string): string[] => {
      const v = fields.get(name)?.value;
      if (!isSeq(v)) return [];
      return (v.items as YNode[]).flatMap((n) => {
        const person = deref(n, doc);
        if (!isMap(person)) return scalarText(person) ? [scalarText(person)!] : [];
        const p = new Map(mapEntries(person, doc).map((e) => [e.key, scalarText(e.value)]));
        const family = p.get('family');
        const given = p.get('given');
        const literal = p.get('literal');
        return family ? [given ? `${family}, ${given}` : family] : literal ? [literal] : [];
      });
    };
    const authors = names('author');
    const reference: Reference = {
      id,
      authors: authors.length ? authors : names('editor'),
      origin: { ...origin, span: textSpan(idField!.value, base, { start: base, end: base + 1 }) },
      ...optional('type', text('type')),
      ...optional('title', text('title')),
      ...optional('year', issuedYear(fields.get('issued')?.value, doc)),
      ...optional('container', text('container-title')),
      ...optional('url', text('URL') ?? text('url')),
      ...optional('doi', text('DOI') ?? text('doi')),
    };
    references.push(reference);
  }
  return { references, diagnostics };
}

/** The year of a CSL date: `{date-parts: [[2022, 1, 12]]}`, `{raw: ...}`, or a plain `2022-01-12`. */
function issuedYear(node: YNode, doc: Document.Parsed): string | undefined {
  const plain = scalarText(node);
  if (plain) return /\d{4}/.exec(plain)?.[0];
  if (!isMap(node)) return undefined;
  for (const { key, value } of mapEntries(node, doc)) {
    if (key === 'date-parts' && isSeq(value)) {
      const first = deref(value.items[0] as YNode, doc);
      const year = isSeq(first) ? scalarText(first.items[0] as YNode) : scalarText(first);
      if (year) return year;
    }
    if ((key === 'raw' || key === 'literal') && scalarText(value)) return /\d{4}/.exec(scalarText(value)!)?.[0];
  }
  return undefined;
}

export interface BibliographyResult {
  readonly references: readonly Reference[];
  /** Why the file could not be used (not found, unreadable, does not parse): names the file. */
  readonly error?: string;
  /** Read, but some entries could not be: one message each (the rest are used). */
  readonly problems?: readonly string[];
  /** Keys defined twice in this one file. */
  readonly duplicates?: readonly string[];
  /** Still being read (the editor loads files asynchronously): keys are not checked yet, silently. */
  readonly pending?: boolean;
}

const BIBTEX = /\.(?:bib|bibtex)$/i;
const CSL = /\.(?:json|ya?ml)$/i;

/**
 * The error for a path that is no bibliography by its extension, or undefined. Front ends ask
 * before they open the file (`bibliography: /dev/stdin` is never opened).
 */
export function unsupportedBibliography(file: string): BibliographyResult | undefined {
  if (BIBTEX.test(file) || CSL.test(file)) return undefined;
  return { references: [], error: `${file}: unsupported bibliography format; use BibTeX (.bib), CSL-JSON (.json) or CSL-YAML (.yaml)` };
}

/** Parses a bibliography file's text by its extension: BibTeX/BibLaTeX `.bib`, CSL-JSON `.json`, CSL-YAML `.yaml`/`.yml`. */
export function parseBibliography(text: string, file: string): BibliographyResult {
  return unsupportedBibliography(file) ?? (BIBTEX.test(file) ? loadBibtex().parseBibtex(text, file) : parseCsl(text, file));
}

function parseCsl(text: string, file: string): BibliographyResult {
  const doc = parseYaml(text);
  const errors = yamlErrors(doc, text, 0, file);
  if (errors.length) return { references: [], error: `${file}: ${errors[0]!.message.replace(`${file}: `, '')}` };
  let items: YNode = doc.contents as YNode;
  if (isMap(items)) items = mapEntries(items, doc).find((e) => e.key === 'references' || e.key === 'items')?.value;
  const read = readCslItems(items, doc, 0, { layer: 'workspace', file }, file);
  if (!isSeq(items)) return { references: [], error: `${file}: expected a list of CSL items` };
  // Items that cannot be read (no `id`, not a mapping) are reported as a .bib file's broken entries are.
  const lines = read.diagnostics.length ? new LineIndex(text) : undefined;
  const problems = read.diagnostics.map((d) => `line ${lines!.lineOf(d.start) + 1}: ${d.message}`);
  return { references: read.references, ...(problems.length ? { problems } : {}) };
}

/** A DOI as an https link, whether it was written bare or as a (dx.)doi.org URL. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')}`;
}

/** "Umland, A. (2022). Title. Container. URL", for hovers and reports: plain text, not Markdown. */
export function formatReference(r: Reference): string {
  const authors = r.authors.length === 0 ? '' : r.authors.length > 3 ? `${r.authors[0]} et al.` : r.authors.join('; ');
  const parts = [
    authors && `${authors} (${r.year ?? 'n.d.'}).`,
    !authors && r.year ? `(${r.year}).` : '',
    r.title && `${r.title}.`,
    r.container && `${r.container}.`,
  ];
  const link = r.doi ? doiUrl(r.doi) : r.url;
  return [...parts, link].filter(Boolean).join(' ') || r.id;
}
