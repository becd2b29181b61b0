// text -> Analysis: front matter, knowledge, Markdown blocks, inline syntax, sentences, claims,
// mentions and diagnostics. Blocks that did not change since options.previous are not analysed again.
import { DEFAULT_MAX_SIZE, type Analysis, type AnalysisOptions } from './analysis';
import { AnalysisResult, buildCitations, buildSpans } from './analysisResult';
import { analyzeBlock } from './blockAnalysis';
import { scanBlocks } from './blocks';
import type { BlockTable } from './blockTable';
import { BlockStore } from './blockStore';
import { kindBit, kindsOf } from './claims';
import { severityOf, severityRank } from './codes';
import { FindingList, toDiagnostics } from './diagnostics';
import { oneKeyEnd, type RawCitation } from './inline';
import { findFrontMatter } from './frontMatter';
import { KnowledgeBase, entryName } from './knowledge';
import { unknownReferences } from './knowledgeFile';
import { knowledgeSections, readKnowledge, type EntryReference } from './knowledgeSchema';
import { LineIndex } from './lineIndex';
import { collectReferences } from './referenceSet';
import { readCslItems } from './references';
import { ClaimData, FootnoteSpan, HeadingSpan } from './spans';
import { BLOCKS_PER_STEP, pausesAt, runSteps } from './steps';
import { parseDirective, suppress, type Directive } from './suppression';
import type {
  DiagnosticData,
  ClaimKind,
  Entry,
  FootnoteDefinition,
  FrontMatter,
  Heading,
  Reference,
  Severity,
  Span,
  SeveritySetting,
} from './types';
import {
  describe,
  isMap,
  isSeq,
  mapEntries,
  MAX_ALIAS_COUNT,
  parseYaml,
  scalarText,
  span,
  toPlainData,
  yamlErrors,
  type RawDiagnostic,
  type YNode,
} from './yamlNodes';

/** What an analysis keeps for the next one (options.previous): parts that did not change are reused. */
interface Reusable {
  readonly baseKnowledge: KnowledgeBase;
  readonly frontMatterText: string;
  readonly fm: FrontMatterRead;
  readonly knowledge: KnowledgeBase;
  readonly knowledgeDiagnostics: readonly RawDiagnostic[];
  readonly linkDefinitions: string;
  readonly crossrefs: boolean;
  /** Each block's text (by its offsets in `text`), markup and results: the next analysis's cache, made when it asks. */
  readonly text: string;
  readonly store: BlockStore;
  /** The blocks, whose markup is compared when one's text is found in the cache. */
  readonly blocks: BlockTable;
  /** Block indexes by their text. */
  cache?: ReadonlyMap<string, number>;
}

/**
 * The previous analysis's blocks by their text. Made only when a next analysis asks: a file
 * that is opened and never edited (or indexed with the workspace) never needs it.
 */
function blockCache(r: Reusable): ReadonlyMap<string, number> {
  if (r.cache) return r.cache;
  const cache = new Map<string, number>();
  for (let k = 0; k < r.blocks.length; k++) {
    const blockText = r.text.slice(r.blocks.start(k), r.blocks.end(k));
    if (!cache.has(blockText)) cache.set(blockText, k);
  }
  return (r.cache = cache);
}

const reusable = new WeakMap<Analysis, Reusable>();

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  return runSteps(analyzeSteps(text, options))!;
}

/**
 * The analysis as steps: it pauses (yields) between parts of the work, so the editor can run it
 * in slices and keep its extension host responsive on a 5 MB file; `analyze` runs it straight through.
 */
export function* analyzeSteps(text: string, options: AnalysisOptions = {}): Generator<void, Analysis, void> {
  const lines = new LineIndex(text);
  const baseKnowledge = options.knowledge ?? KnowledgeBase.empty;
  if (text.length > (options.maxSize ?? DEFAULT_MAX_SIZE)) return tooLarge(text, lines, baseKnowledge, options);
  const previous = options.previous ? reusable.get(options.previous) : undefined;
  yield;

  // Front matter and the knowledge it adds: reused while its text and the base knowledge are the same.
  const fmBlock = findFrontMatter(text, lines);
  const frontMatterText = fmBlock ? text.slice(0, fmBlock.end) : '';
  const same = previous && previous.baseKnowledge === baseKnowledge && previous.frontMatterText === frontMatterText;
  const fm = same ? previous.fm : readFrontMatter(text, lines, fmBlock);
  yield;
  const knowledge = same ? previous.knowledge : baseKnowledge.with({ layer: 'document', entries: fm.entries });
  const knowledgeDiagnostics = same
    ? previous.knowledgeDiagnostics
    : fm.entries.length === 0
      ? []
      : [...unknownReferences(fm.entryReferences, knowledge), ...documentConflicts(knowledge)];
  const raw: RawDiagnostic[] = [...fm.diagnostics, ...knowledgeDiagnostics];

  const { references, checkKeys, diagnostics: referenceDiagnostics } = collectReferences(fm.bibliography, fm.references, options);
  raw.push(...referenceDiagnostics);

  // Body: each block analysed on its own, or its result reused from the previous analysis.
  // Where the body starts comes from this text, not from a reused front matter (what follows it may differ).
  const scan = yield* scanBlocks(text, fmBlock?.closed ? fmBlock.bodyStart : 0, lines);
  const linkDefinitions = JSON.stringify([...scan.linkDefinitions]);
  const crossrefs = options.quartoCrossrefs === true;
  const cache =
    previous && previous.knowledge === knowledge && previous.linkDefinitions === linkDefinitions && previous.crossrefs === crossrefs
      ? blockCache(previous)
      : undefined;
  const directives: Directive[] = [];
  for (const c of scan.comments) pushDirective(directives, c.body, c.start, c.end);
  const headings: Heading[] = [];
  const footnotes: FootnoteDefinition[] = [];
  const claimSeverity = options.claimSeverity ?? {};
  const claimDefault = severityOf('uncited-claim', options.severity);
  // An uncited claim's severity by its kinds (a mask of at most 64), worked out at the first
  // claim of those kinds; null: none (every kind off).
  const severityByKinds: Array<Severity | null | undefined> = [];
  const paragraphScope = options.citationScope === 'paragraph';
  /** Each block's results: mentions, citations and claims are built from these when read. */
  const store = new BlockStore();
  // Uncited claims, by their index in the store; their data (kinds, evidence) is made when read.
  const uncited = new FindingList('uncited-claim', (c, start) => new ClaimData(kindsOf(store.claimKinds(c)), store, c, start, text));

  const blocks = scan.blocks;
  for (let k = 0; k < blocks.length; k++) {
    if (pausesAt(k, BLOCKS_PER_STEP)) yield;
    const b = blocks.start(k);
    const end = blocks.end(k);
    const kind = blocks.kind(k);
    const blockText = text.slice(b, end);
    // Keyed by the text itself (hashing a slice copies nothing); the block's kind and markup beside it.
    const hit = cache?.get(blockText);
    if (hit !== undefined && blocks.sameMarkup(k, previous!.blocks, hit)) store.addFrom(previous!.store, hit, b);
    else store.add(b, analyzeBlock(blockText, blocks.get(k), knowledge, scan.linkDefinitions, crossrefs));
    const extras = store.extrasOf(k);
    if (extras) {
      for (const c of extras.comments) pushDirective(directives, c.body, b + c.start, b + c.end);
      for (const e of extras.refErrors) raw.push({ ...e, start: b + e.start, end: b + e.end });
    }
    if (kind === 'heading') headings.push(new HeadingSpan(b, end, lines, blocks.level(k) ?? 1, extras?.heading ?? ''));
    if (kind === 'footnote') footnotes.push(new FootnoteSpan(b, end, lines, blocks.label(k)!));
    const c0 = store.first(k, 'claims');
    const c1 = store.end(k, 'claims');
    // In paragraph scope a claim is cited by any citation of its block.
    const blockCited = paragraphScope && store.end(k, 'citations') > store.first(k, 'citations');
    for (let c = c0; c < c1; c++) {
      const cited = paragraphScope ? blockCited : store.claimCitationsTo(c) > store.claimCitationsFrom(c);
      if (cited) continue;
      const kinds = store.claimKinds(c);
      let severity = severityByKinds[kinds];
      if (severity === undefined) severityByKinds[kinds] = severity = claimSeverityOf(kindsOf(kinds), claimSeverity, claimDefault) ?? null;
      if (severity) uncited.push(b + store.claimStart(c), b + store.claimEnd(c), c, severity);
    }
  }
  store.fit();

  // One data object per unknown key, however often it is cited.
  const keyData: DiagnosticData[] = [];
  const unknownKeys = new FindingList('unknown-citation', (which) => keyData[which]!);
  yield;
  checkCitations(store, footnotes, references, fm, checkKeys, raw, unknownKeys, keyData);
  yield;
  if (severityOf('missing-locator', options.severity) !== 'off') checkLocators(store, raw);

  // Comments come block by block (one-line comments of the block scan apart): sorted once here.
  directives.sort((a, b) => a.start - b.start);
  const unsuppressed = toDiagnostics(raw, lines, options.severity ?? {}, [uncited, unknownKeys]);
  yield;
  const diagnostics = suppress(unsuppressed, directives, lines);
  // The editor builds the spans its views read within the steps; otherwise they wait to be read.
  const spans = options.spansInSteps ? yield* buildSpans(store, lines, paragraphScope, text) : undefined;
  // Apart: the views read mentions and claims after every edit, and citations seldom (the
  // editor's highlighting does: it builds them within the steps too).
  const citations = options.spansInSteps ? yield* buildCitations(store, lines) : undefined;
  const analysis = new AnalysisResult(
    {
      lines,
      frontMatter: fm.info,
      knowledge,
      references,
      footnotes: Object.freeze(footnotes),
      headings: Object.freeze(headings),
      diagnostics: Object.freeze(diagnostics),
      fences: scan.fences,
      disabledRegions: disabledRegions(directives, text.length),
      idReferences: fm.entryReferences,
      bibliographyPaths: fm.bibliography,
    },
    { store, text, paragraphScope, spans, citations, blocks: scan.blocks },
  );
  reusable.set(analysis, {
    baseKnowledge,
    frontMatterText,
    fm,
    knowledge,
    knowledgeDiagnostics,
    linkDefinitions,
    crossrefs,
    text,
    store,
    blocks: scan.blocks,
  });
  return analysis;
}

function tooLarge(text: string, lines: LineIndex, knowledge: KnowledgeBase, options: AnalysisOptions): Analysis {
  const limit = options.maxSize ?? DEFAULT_MAX_SIZE;
  const diagnostics = toDiagnostics(
    [
      {
        code: 'file-too-large',
        start: 0,
        end: 0,
        message:
          `Not analysed: ${text.length.toLocaleString('en')} characters is over the limit of ${limit.toLocaleString('en')} ` +
          '(setting policyLens.maxFileSize / --max-size)',
      },
    ],
    lines,
    options.severity ?? {},
  );
  return Object.freeze({
    lines,
    frontMatter: undefined,
    knowledge,
    references: new Map(),
    mentions: [],
    innerMentions: [],
    unrecognized: [],
    citations: [],
    claims: [],
    footnotes: [],
    headings: [],
    blocks: [],
    fences: [],
    disabledRegions: [],
    idReferences: [],
    links: [],
    bibliographyPaths: [],
    diagnostics,
    skipped: 'too-large' as const,
  });
}

function pushDirective(out: Directive[], body: string, start: number, end: number): void {
  const d = parseDirective(body, start, end);
  if (d) out.push(d);
}

/** Each `policy-lens-disable` to the next `policy-lens-enable`, whatever codes they name: what folds. */
function disabledRegions(directives: readonly Directive[], end: number): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (const d of directives) {
    if (d.kind === 'disable' && open < 0) open = d.start;
    else if (d.kind === 'enable' && open >= 0) {
      out.push({ start: open, end: d.end });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end });
  return out;
}

function claimSeverityOf(
  kinds: readonly ClaimKind[],
  config: AnalysisOptions['claimSeverity'] & object,
  byCode: SeveritySetting,
): Severity | undefined {
  let best: Severity | undefined;
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i]!; // indexed: kinds is a shared, frozen list (a for-of makes an object per item)
    // A kind without a setting takes the severity of uncited-claim (configured, or the registry's default).
    const s = config[k] ?? byCode;
    if (s !== 'off' && (!best || severityRank(s) > severityRank(best))) best = s;
  }
  return best;
}

function documentConflicts(knowledge: KnowledgeBase): RawDiagnostic[] {
  return knowledge
    .conflictsIn('document')
    .filter((c) => c.other.origin.span)
    .map((c) => ({
      code: 'ambiguous-alias' as const,
      ...c.other.origin.span!,
      message: `"${c.alias}" also names the ${c.winner.type} "${c.winner.id}" (${entryName(c.winner)}); mentions of it go to "${c.winner.id}"`,
    }));
}

interface FrontMatterRead {
  /** Syntax and schema problems of the front matter. */
  readonly diagnostics: RawDiagnostic[];
  readonly info: FrontMatter | undefined;
  readonly entries: Entry[];
  readonly entryReferences: EntryReference[];
  readonly references: Reference[];
  readonly bibliography: Array<{ path: string } & Span>;
  /** Keys in `nocite`; '*' for all. */
  readonly nocite: Set<string>;
}

/**
 * The front matter is parsed again whenever it changes, as the writer types in it; YAML is read at
 * a few hundred KB a second at worst, so past this size it would hold up every keystroke.
 */
const MAX_FRONT_MATTER = 64 * 1024;

function readFrontMatter(text: string, lines: LineIndex, block: ReturnType<typeof findFrontMatter>): FrontMatterRead {
  const raw: RawDiagnostic[] = [];
  const empty: FrontMatterRead = {
    diagnostics: raw,
    info: undefined,
    entries: [],
    entryReferences: [],
    references: [],
    bibliography: [],
    nocite: new Set(),
  };
  if (!block) return empty;
  const range = lines.range(block.start, block.end);
  if (!block.closed) {
    raw.push({
      code: 'front-matter',
      start: block.start,
      end: block.start + 3,
      message: 'The front matter is never closed: end it with a line `---`. The text below is analysed as Markdown.',
    });
    return empty;
  }
  const base = block.yamlStart;
  if (block.yamlEnd - base > MAX_FRONT_MATTER) {
    raw.push({
      code: 'front-matter',
      start: block.start,
      end: block.start + 3,
      message:
        `The front matter is ${(block.yamlEnd - base).toLocaleString('en')} characters, ` +
        `over the limit of ${MAX_FRONT_MATTER.toLocaleString('en')}: ` +
        'it is not read. Keep references in a bibliography file and definitions in a knowledge file (*.policy.yaml).',
    });
    return { ...empty, info: { start: block.start, end: block.end, range, data: undefined, bibliography: [] } };
  }
  const source = text.slice(base, block.yamlEnd);
  const doc = parseYaml(source);
  const syntax = yamlErrors(doc, source, base, 'YAML syntax error in front matter');
  raw.push(...syntax);
  const root = doc.contents as YNode;
  const info = (
    data: FrontMatter['data'],
    title?: string,
    bibliography: string[] = [],
    sections?: FrontMatter['sections'],
  ): FrontMatter => ({
    start: block.start,
    end: block.end,
    range,
    data,
    bibliography,
    ...(title !== undefined ? { title } : {}),
    ...(sections ? { sections } : {}),
  });
  if (!isMap(root)) {
    if (root && doc.errors.length === 0)
      raw.push({
        code: 'front-matter',
        ...span(root, base, { start: base, end: base + 1 }),
        message: `The front matter must be a YAML mapping, not ${describe(root)}`,
      });
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
    else
      raw.push({
        code: 'front-matter',
        ...span(node, base, { start: base, end: base + 1 }),
        message: `\`bibliography\` must be a path or a list of paths, not ${describe(node)}`,
      });
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
  const { data: plain, tooFar } = toPlainData(doc);
  const data = plain && typeof plain === 'object' && !Array.isArray(plain) ? (plain as Record<string, unknown>) : undefined;
  if (tooFar && syntax.length === 0) {
    raw.push({
      code: 'front-matter',
      start: block.start,
      end: block.start + 3,
      message: `The front matter's YAML aliases expand too far (over ${MAX_ALIAS_COUNT}): it is not read, to protect the editor ("billion laughs")`,
    });
  }
  return {
    diagnostics: raw,
    info: info(
      data,
      scalarText(fields.get('title')?.value),
      bibliography.map((b) => b.path),
      knowledgeSections(fields, base, lines),
    ),
    entries: knowledge.entries,
    entryReferences: knowledge.references,
    references,
    bibliography,
    nocite,
  };
}

/** Opt-in rule: a quotation cited only by keys, none of which says where (`[@key, p. 12]`). */
function checkLocators(store: BlockStore, raw: RawDiagnostic[]): void {
  const QUOTATION = kindBit('quotation');
  for (let k = 0; k < store.blockCount; k++) {
    const b = store.at(k);
    const q0 = store.first(k, 'citations');
    const c0 = store.first(k, 'claims');
    const c1 = store.end(k, 'claims');
    for (let c = c0; c < c1; c++) {
      const from = store.claimCitationsFrom(c);
      const to = store.claimCitationsTo(c);
      if (!(store.claimKinds(c) & QUOTATION) || to === from) continue;
      const cited: RawCitation[] = [];
      for (let q = from; q < to; q++) cited.push(store.citation(q0 + q));
      // A footnote or link may well give the page: only citations by key can be checked.
      if (!cited.every((x) => x.keys.length > 0) || cited.some((x) => x.keys.some((key) => key.locator))) continue;
      const first = cited[0]!;
      raw.push({
        code: 'missing-locator',
        start: b + first.start,
        end: b + first.end,
        message: 'Quotation cited without a locator: say where it is, e.g. [@key, p. 12]',
        data: { key: first.keys[0]!.key },
      });
    }
  }
}

function checkCitations(
  store: BlockStore,
  footnotes: readonly FootnoteDefinition[],
  references: ReadonlyMap<string, Reference>,
  fm: FrontMatterRead,
  checkKeys: boolean,
  raw: RawDiagnostic[],
  unknownKeys: FindingList,
  keyData: DiagnosticData[],
): void {
  const labels = new Set(footnotes.map((f) => f.label));
  const cited = new Set<string>();
  const unknown = new Map<string, number>();
  const citedKey = (key: string, start: number, end: number) => {
    cited.add(key);
    if (checkKeys && !references.has(key)) {
      let which = unknown.get(key);
      if (which === undefined) unknown.set(key, (which = keyData.push({ key }) - 1));
      // The message is made from the key when read.
      unknownKeys.push(start, end, which);
    }
  };
  for (let k = 0; k < store.blockCount; k++) {
    const b = store.at(k);
    const q0 = store.first(k, 'citations');
    const q1 = store.end(k, 'citations');
    for (let q = q0; q < q1; q++) {
      // A `[@key]` (most citations) read without making it an object.
      const one = store.citationKey(q);
      if (one !== undefined) {
        const end = b + oneKeyEnd(store.citationEnd(q));
        citedKey(one, end - one.length, end);
        continue;
      }
      const c = store.citation(q);
      if (c.kind === 'footnote' && c.label !== undefined && !labels.has(c.label)) {
        raw.push({
          code: 'undefined-footnote',
          start: b + c.start,
          end: b + c.end,
          message: `Footnote [^${c.label}] has no definition: add a line "[^${c.label}]: ..."`,
          data: { key: c.label },
        });
      }
      const keys = c.keys;
      for (let j = 0; j < keys.length; j++) citedKey(keys[j]!.key, b + keys[j]!.start, b + keys[j]!.end);
    }
  }
  if (fm.nocite.has('*')) return;
  for (const r of fm.references) {
    if (!cited.has(r.id) && !fm.nocite.has(r.id) && r.origin.span) {
      raw.push({ code: 'unused-reference', ...r.origin.span, message: `The reference "${r.id}" is never cited`, data: { key: r.id } });
    }
  }
}
