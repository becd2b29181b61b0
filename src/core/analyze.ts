// text -> Analysis: front matter, knowledge, Markdown blocks, inline syntax, sentences, claims,
// mentions and diagnostics, in one pass over the text.
import type { Document } from 'yaml';
import { DEFAULT_MAX_SIZE, type Analysis, type AnalysisOptions } from './analysis';
import { scanBlocks, type Block } from './blocks';
import { claimKinds } from './claims';
import { CLAIM_KIND_LABELS, severityRank } from './codes';
import { toDiagnostics } from './diagnostics';
import { findFrontMatter } from './frontMatter';
import { scanInline, type RawCitation, type RawSpan } from './inline';
import { KnowledgeBase, entryName } from './knowledge';
import { unknownReferences } from './knowledgeFile';
import { readKnowledge, type EntryReference } from './knowledgeSchema';
import { LineIndex } from './lineIndex';
import { maskSpans } from './mask';
import { readCslItems } from './references';
import { splitSentences } from './sentences';
import { parseDirective, suppress, type Directive } from './suppression';
import type { Citation, Claim, ClaimKind, Entry, EntryKind, FootnoteDefinition, FrontMatter, Heading, Mention, Reference, Severity, Span } from './types';
import { describe, expandsTooFar, isMap, isSeq, mapEntries, MAX_ALIAS_COUNT, parseYaml, scalarText, span, yamlErrors, type RawDiagnostic, type YNode } from './yamlNodes';

const ENTRY_CLASSES: readonly EntryKind[] = ['actor', 'event', 'concept'];

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const lines = new LineIndex(text);
  const baseKnowledge = options.knowledge ?? KnowledgeBase.empty;
  if (text.length > (options.maxSize ?? DEFAULT_MAX_SIZE)) return tooLarge(text, lines, baseKnowledge, options);

  const raw: RawDiagnostic[] = [];
  const fm = readFrontMatter(text, lines, raw);
  const knowledge = baseKnowledge.with({ layer: 'document', entries: fm.entries });
  raw.push(...unknownReferences(fm.entryReferences, knowledge), ...documentConflicts(knowledge));

  // References: workspace-wide, then bibliography files, then inline (inline wins, as in Pandoc).
  const references = new Map<string, Reference>();
  for (const r of options.references ?? []) references.set(r.id, r);
  let checkKeys = true;
  for (const b of fm.bibliography) {
    if (!options.readBibliography) {
      checkKeys = false;
      continue;
    }
    const result = options.readBibliography(b.path);
    if (result.error) raw.push({ code: 'bibliography-not-found', start: b.start, end: b.end, message: result.error });
    if (result.unsupported) raw.push({ code: 'bibliography-not-found', severity: 'info', start: b.start, end: b.end, message: result.unsupported });
    if (result.error || result.unsupported || result.pending) checkKeys = false;
    for (const r of result.references) references.set(r.id, r);
  }
  for (const r of fm.references) references.set(r.id, r);

  // Body.
  const bodyStart = fm.block?.bodyStart ?? 0;
  const scan = scanBlocks(text, bodyStart, lines);
  const directives: Directive[] = [];
  for (const c of scan.comments) pushDirective(directives, c.body, c.start, c.end);
  const citations: Citation[] = [];
  const mentions: Mention[] = [];
  const claims: Claim[] = [];
  const headings: Heading[] = [];
  const footnotes: FootnoteDefinition[] = [];
  const claimSeverity = options.claimSeverity ?? {};

  for (const block of scan.blocks) {
    const blockText = maskMarkup(text, block);
    const inline = scanInline(blockText, block.start, scan.linkDefinitions);
    for (const c of inline.comments) pushDirective(directives, c.body, c.start, c.end);
    const firstCitation = citations.length;
    for (const c of inline.citations) citations.push(toCitation(c, lines));

    const explicit = explicitMentions(inline.spans, text, knowledge, lines, raw);
    const auto = knowledge.matcher.find(inline.prose, 0, inline.prose.length, explicit.map((m) => ({ start: m.start - block.start, end: m.end - block.start })));
    const found: Mention[] = auto.map((m) => mention(m.entry, block.start + m.start, block.start + m.end, false, lines));
    mentions.push(...merge(explicit, found));

    if (block.kind === 'heading') {
      headings.push({ level: block.level ?? 1, text: inline.prose.trim().replace(/\s+/g, ' '), start: block.start, end: block.end, range: lines.range(block.start, block.end) });
      continue;
    }
    if (block.kind === 'footnote') {
      footnotes.push({ label: block.label!, start: block.start, end: block.end, range: lines.range(block.start, block.end) });
      continue; // a footnote is where sources go, not where claims are made
    }
    const blockCitations = citations.slice(firstCitation);
    const opinions = inline.spans.filter((s) => s.classes.includes('opinion'));
    const marked = inline.spans.filter((s) => s.classes.includes('claim'));
    let c = 0; // citations and sentences are both in order: one sweep
    for (const sentence of splitSentences(inline.prose, blockText, block.start, blockCitations)) {
      if (opinions.some((s) => overlaps(s, sentence))) continue;
      const kinds = claimKinds(inline.prose.slice(sentence.start - block.start, sentence.end - block.start));
      if (marked.some((s) => overlaps(s, sentence))) kinds.push('explicit');
      if (kinds.length === 0) continue;
      while (c < blockCitations.length && blockCitations[c]!.start < sentence.start) c++;
      const covering: number[] = [];
      if (options.citationScope === 'paragraph') blockCitations.forEach((_, k) => covering.push(firstCitation + k));
      else for (let k = c; k < blockCitations.length && blockCitations[k]!.start < sentence.end; k++) covering.push(firstCitation + k);
      const claim: Claim = { start: sentence.start, end: sentence.end, range: lines.range(sentence.start, sentence.end), kinds, cited: covering.length > 0, citations: covering };
      claims.push(claim);
      if (!claim.cited) {
        const severity = claimSeverityOf(kinds, claimSeverity);
        if (severity) {
          raw.push({
            code: 'uncited-claim',
            severity,
            start: claim.start,
            end: claim.end,
            message: `Uncited claim (${kinds.map((k) => CLAIM_KIND_LABELS[k]).join(', ')}): cite a source, e.g. [@key], or mark it [...]{.opinion}`,
            data: { kinds },
          });
        }
      }
    }
  }

  checkCitations(citations, footnotes, references, fm, checkKeys, raw);

  const diagnostics = suppress(toDiagnostics(raw, lines, options.severity ?? {}), directives, lines);
  return Object.freeze({
    lines,
    frontMatter: fm.info,
    knowledge,
    references,
    mentions: Object.freeze(mentions),
    citations: Object.freeze(citations),
    claims: Object.freeze(claims),
    footnotes: Object.freeze(footnotes),
    headings: Object.freeze(headings),
    diagnostics: Object.freeze(diagnostics),
  });
}

function tooLarge(text: string, lines: LineIndex, knowledge: KnowledgeBase, options: AnalysisOptions): Analysis {
  const limit = options.maxSize ?? DEFAULT_MAX_SIZE;
  const diagnostics = toDiagnostics(
    [{ code: 'file-too-large', start: 0, end: 0, message: `Not analysed: ${text.length.toLocaleString('en')} characters is over the limit of ${limit.toLocaleString('en')} (setting policyLens.maxFileSize / --max-size)` }],
    lines,
    options.severity ?? {},
  );
  return Object.freeze({ lines, frontMatter: undefined, knowledge, references: new Map(), mentions: [], citations: [], claims: [], footnotes: [], headings: [], diagnostics, skipped: 'too-large' as const });
}

function pushDirective(out: Directive[], body: string, start: number, end: number): void {
  const d = parseDirective(body, start, end);
  if (d) {
    out.push(d);
    out.sort((a, b) => a.start - b.start);
  }
}

/** The block's text with its line markup (quote and list markers, `#`s) replaced by spaces. */
function maskMarkup(text: string, block: Block): string {
  const spans = block.markup.map(([a, b]): [number, number] => [Math.max(a, block.start) - block.start, Math.min(b, block.end) - block.start]);
  return maskSpans(text.slice(block.start, block.end), spans);
}

function claimSeverityOf(kinds: readonly ClaimKind[], config: AnalysisOptions['claimSeverity'] & object): Severity | undefined {
  let best: Severity | undefined;
  for (const k of kinds) {
    const s = config[k] ?? 'warning';
    if (s !== 'off' && (!best || severityRank(s) > severityRank(best))) best = s;
  }
  return best;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function mention(entry: Entry, start: number, end: number, explicit: boolean, lines: LineIndex): Mention {
  return { type: entry.type, id: entry.id, start, end, range: lines.range(start, end), explicit };
}

function toCitation(c: RawCitation, lines: LineIndex): Citation {
  return {
    kind: c.kind,
    start: c.start,
    end: c.end,
    range: lines.range(c.start, c.end),
    keys: c.keys.map((k) => ({ ...k, range: lines.range(k.start, k.end) })),
    ...(c.label !== undefined ? { label: c.label } : {}),
    ...(c.url !== undefined ? { url: c.url } : {}),
  };
}

/** Mentions written as `[text]{.actor ref=id}`; unknown refs become diagnostics. */
function explicitMentions(spans: readonly RawSpan[], text: string, knowledge: KnowledgeBase, lines: LineIndex, raw: RawDiagnostic[]): Mention[] {
  const out: Mention[] = [];
  for (const s of spans) {
    const kind = ENTRY_CLASSES.find((k) => s.classes.includes(k));
    if (!kind) continue;
    const spanText = text.slice(s.textStart, s.textEnd);
    const entry = s.ref ? knowledge.get(kind, s.ref.id) : knowledge.lookup(kind, spanText);
    // Nested entry spans: the outer one is the mention; mentions never overlap.
    const last = out[out.length - 1];
    if (entry && last && s.textStart < last.end) continue;
    if (entry) out.push(mention(entry, s.textStart, s.textEnd, true, lines));
    else if (s.ref) raw.push({ code: 'unknown-ref', start: s.ref.start, end: Math.max(s.ref.end, s.ref.start + 1), message: `Unknown ${kind} "${s.ref.id}"`, data: { refKind: kind, ref: s.ref.id, text: spanText } });
    else raw.push({ code: 'unknown-ref', start: s.textStart, end: s.textEnd, message: `No ${kind} is named "${spanText}": add ref=id or define it`, data: { refKind: kind, ref: spanText, text: spanText } });
  }
  return out;
}

/** Explicit and automatic mentions of one block, in order (automatic ones never overlap explicit ones). */
function merge(a: Mention[], b: Mention[]): Mention[] {
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

function documentConflicts(knowledge: KnowledgeBase): RawDiagnostic[] {
  return knowledge.conflicts
    .filter((c) => c.other.origin.layer === 'document' && c.other.origin.span)
    .map((c) => ({
      code: 'ambiguous-alias' as const,
      ...c.other.origin.span!,
      message: `"${c.alias}" also names the ${c.winner.type} "${c.winner.id}" (${entryName(c.winner)}); mentions of it go to "${c.winner.id}"`,
    }));
}

interface FrontMatterRead {
  readonly block: ReturnType<typeof findFrontMatter>;
  readonly info: FrontMatter | undefined;
  readonly entries: Entry[];
  readonly entryReferences: EntryReference[];
  readonly references: Reference[];
  readonly bibliography: Array<{ path: string } & Span>;
  /** Keys in `nocite`; '*' for all. */
  readonly nocite: Set<string>;
}

function readFrontMatter(text: string, lines: LineIndex, raw: RawDiagnostic[]): FrontMatterRead {
  const block = findFrontMatter(text, lines);
  const empty: FrontMatterRead = { block, info: undefined, entries: [], entryReferences: [], references: [], bibliography: [], nocite: new Set() };
  if (!block) return empty;
  const range = lines.range(block.start, block.end);
  if (!block.closed) {
    raw.push({ code: 'front-matter', start: block.start, end: block.start + 3, message: 'The front matter is never closed: end it with a line `---`. The text below is analysed as Markdown.' });
    return { ...empty, block: undefined };
  }
  const base = block.yamlStart;
  const source = text.slice(base, block.yamlEnd);
  const doc = parseYaml(source);
  const syntax = yamlErrors(doc, source, base, 'YAML syntax error in front matter');
  raw.push(...syntax);
  const root = doc.contents as YNode;
  const info = (data: FrontMatter['data'], title?: string, bibliography: string[] = []): FrontMatter => ({ start: block.start, end: block.end, range, data, bibliography, ...(title !== undefined ? { title } : {}) });
  if (!isMap(root)) {
    if (root && doc.errors.length === 0) raw.push({ code: 'front-matter', ...span(root, base, { start: base, end: base + 1 }), message: `The front matter must be a YAML mapping, not ${describe(root)}` });
    return { ...empty, info: info(undefined) };
  }
  const knowledge = readKnowledge(root, doc, base, { layer: 'document' });
  // Schema errors in YAML that does not parse are echoes of the syntax error: report that one.
  if (syntax.length === 0) raw.push(...knowledge.diagnostics);
  const fields = new Map(mapEntries(root, doc).map((e) => [e.key, e]));

  const bibliography: Array<{ path: string } & Span> = [];
  const bib = fields.get('bibliography')?.value;
  for (const node of isSeq(bib) ? (bib.items as YNode[]) : bib ? [bib] : []) {
    const path = scalarText(node);
    if (path) bibliography.push({ path, ...span(node, base, { start: base, end: base + 1 }) });
    else raw.push({ code: 'front-matter', ...span(node, base, { start: base, end: base + 1 }), message: `\`bibliography\` must be a path or a list of paths, not ${describe(node)}` });
  }
  let references: Reference[] = [];
  const refs = fields.get('references');
  if (refs?.value) {
    const read = readCslItems(refs.value, doc, base, { layer: 'document' }, '`references`');
    references = read.references;
    raw.push(...read.diagnostics);
  }
  const nocite = new Set<string>();
  const nociteValue = fields.get('nocite')?.value;
  for (const node of isSeq(nociteValue) ? (nociteValue.items as YNode[]) : nociteValue ? [nociteValue] : []) {
    for (const m of (scalarText(node) ?? '').matchAll(/@([^\s,;\]]+)/g)) nocite.add(m[1]!);
  }
  const tooFar = syntax.length === 0 && expandsTooFar(doc);
  const data = tooFar ? undefined : toPlainData(doc);
  if (tooFar) {
    raw.push({ code: 'front-matter', start: block.start, end: block.start + 3, message: `The front matter's YAML aliases expand too far (over ${MAX_ALIAS_COUNT}): it is not read, to protect the editor ("billion laughs")` });
  }
  return {
    block,
    info: info(data, scalarText(fields.get('title')?.value), bibliography.map((b) => b.path)),
    entries: knowledge.entries,
    entryReferences: knowledge.references,
    references,
    bibliography,
    nocite,
  };
}

/** The front matter as plain data; alias bombs and other failures give undefined, not an exception. */
function toPlainData(doc: Document.Parsed): Record<string, unknown> | undefined {
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function checkCitations(citations: readonly Citation[], footnotes: readonly FootnoteDefinition[], references: ReadonlyMap<string, Reference>, fm: FrontMatterRead, checkKeys: boolean, raw: RawDiagnostic[]): void {
  const labels = new Set(footnotes.map((f) => f.label));
  const cited = new Set<string>();
  for (const c of citations) {
    if (c.kind === 'footnote' && c.label !== undefined && !labels.has(c.label)) {
      raw.push({ code: 'undefined-footnote', start: c.start, end: c.end, message: `Footnote [^${c.label}] has no definition: add a line "[^${c.label}]: ..."`, data: { key: c.label } });
    }
    for (const k of c.keys) {
      cited.add(k.key);
      if (checkKeys && !references.has(k.key)) {
        raw.push({ code: 'unknown-citation', start: k.start, end: k.end, message: `Unknown citation key "@${k.key}": it is in no bibliography of this file`, data: { key: k.key } });
      }
    }
  }
  if (fm.nocite.has('*')) return;
  for (const r of fm.references) {
    if (!cited.has(r.id) && !fm.nocite.has(r.id) && r.origin.span) {
      raw.push({ code: 'unused-reference', ...r.origin.span, message: `The reference "${r.id}" is never cited`, data: { key: r.id } });
    }
  }
}
