import type { BlockKind } from './blocks';
import type { KnowledgeBase } from './knowledge';
import type { EntryReference } from './knowledgeSchema';
import type { LineIndex } from './lineIndex';
import type { BibliographyResult } from './references';
import type { UnrecognizedName } from './unrecognized';
import type {
  Citation,
  Claim,
  ClaimKind,
  Diagnostic,
  DiagnosticCode,
  FootnoteDefinition,
  FrontMatter,
  Heading,
  Mention,
  Reference,
  SeveritySetting,
  Span,
} from './types';

export interface BlockSpan extends Span {
  readonly kind: BlockKind;
  /** Heading level, for headings. */
  readonly level?: number;
}

/** Everything the engine knows about one text: computed once, read by every feature. */
export interface Analysis {
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  /** The knowledge mentions resolve against: built-in < workspace < this file's front matter. */
  readonly knowledge: KnowledgeBase;
  /** Every reference the file can cite, by key. */
  readonly references: ReadonlyMap<string, Reference>;
  /** Sorted by offset, never overlapping: the longest name at each place. */
  readonly mentions: readonly Mention[];
  /** Actors named inside those mentions ("Armenia" in "the Armenia-Azerbaijan conflict"), sorted by offset. */
  readonly innerMentions: readonly Mention[];
  /** Proper names no entry matched, grouped by actor, most mentioned first. */
  readonly unrecognized: readonly UnrecognizedName[];
  /** Sorted by offset. */
  readonly citations: readonly Citation[];
  /** Sorted by offset. */
  readonly claims: readonly Claim[];
  readonly footnotes: readonly FootnoteDefinition[];
  readonly headings: readonly Heading[];
  /** The body's paragraphs, list items, headings, table rows and footnotes, in order. */
  readonly blocks: readonly BlockSpan[];
  /** Fenced code blocks, with their fences. */
  readonly fences: readonly Span[];
  /** From each `policy-lens-disable` comment to its `policy-lens-enable` (or the end). */
  readonly disabledRegions: readonly Span[];
  /** Ids the front matter refers to (event actors, `see`, `cite`), with their spans. */
  readonly idReferences: readonly EntryReference[];
  /** Links to other files in the body (`[see](notes.policy.md)`), with their targets as written. */
  readonly links: ReadonlyArray<{ readonly url: string } & Span>;
  /** The front matter's `bibliography` paths, with their spans. */
  readonly bibliographyPaths: ReadonlyArray<{ readonly path: string } & Span>;
  /** Sorted by offset, suppression comments applied. */
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the text was not analysed (over `maxSize`). */
  readonly skipped?: 'too-large';
}

export interface AnalysisOptions {
  /** Built-in and workspace knowledge; the front matter is layered on top. Default: none. */
  readonly knowledge?: KnowledgeBase;
  /**
   * Reads a bibliography named in the front matter (the path as written, relative to the
   * document). Without it, bibliography files are neither read nor checked.
   */
  readonly readBibliography?: (path: string) => BibliographyResult;
  /** Workspace-wide bibliographies (from settings), citable from every file: read with readBibliography. */
  readonly bibliographies?: readonly string[];
  /** Severity of `uncited-claim` per claim kind; a claim takes the highest of its kinds. */
  readonly claimSeverity?: Partial<Record<ClaimKind, SeveritySetting>>;
  /** Severity per diagnostic code, overriding the defaults. */
  readonly severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** A Quarto document: `@fig-…`, `@tbl-…`, `@sec-…`, `@eq-…` and Quarto's other cross-reference keys are not citations. */
  readonly quartoCrossrefs?: boolean;
  /** How far a citation reaches: its sentence (default, as Pandoc reads it) or its whole paragraph. */
  readonly citationScope?: 'sentence' | 'paragraph';
  /**
   * The previous analysis of the same document: blocks (paragraphs, headings...) whose text did
   * not change are not analysed again. Results are the same with or without it.
   */
  readonly previous?: Analysis;
  /** Texts longer than this many characters are not analysed. Default 5,000,000. */
  readonly maxSize?: number;
  /**
   * Build the mentions, citations and claims within analyzeSteps (the editor, whose views read
   * them after every edit, runs the steps in slices) instead of when they are first read.
   */
  readonly spansInSteps?: boolean;
}

export const DEFAULT_MAX_SIZE = 5_000_000;
