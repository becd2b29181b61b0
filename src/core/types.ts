// Public data types of the engine. Ranges are 0-based lines and UTF-16 characters, as in LSP/VS Code.

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A half-open [start, end) span of UTF-16 offsets into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type DiagnosticCode =
  | 'uncited-claim'
  | 'unknown-citation'
  | 'undefined-footnote'
  | 'unused-reference'
  | 'front-matter'
  | 'unknown-ref'
  | 'duplicate-id'
  | 'ambiguous-alias'
  | 'bibliography-not-found'
  | 'duplicate-key'
  | 'missing-locator'
  | 'file-too-large'
  | 'unreadable-file'
  | 'binary-file'
  | 'config';

export interface Diagnostic extends Span {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Machine-readable details for quick fixes (claim kinds, the unknown key...). */
  readonly data?: DiagnosticData;
}

export interface DiagnosticData {
  readonly kinds?: readonly ClaimKind[];
  /** For uncited claims: the words that made the sentence a claim. */
  readonly evidence?: readonly ClaimEvidence[];
  readonly key?: string;
  readonly refKind?: EntryKind;
  readonly ref?: string;
  /** The text of the span an unknown ref was written on. */
  readonly text?: string;
}

export type EntryKind = 'actor' | 'event' | 'concept';
export type ActorKind = 'state' | 'organization' | 'person' | 'group' | 'region' | 'other';
export const ACTOR_KINDS: readonly ActorKind[] = ['state', 'organization', 'person', 'group', 'region', 'other'];

export type ClaimKind = 'quotation' | 'attribution' | 'statistic' | 'weasel' | 'fact' | 'explicit';
export const CLAIM_KINDS: readonly ClaimKind[] = ['quotation', 'attribution', 'statistic', 'weasel', 'fact', 'explicit'];

/** Where a knowledge entry or reference was defined: for go-to-definition and for messages. */
export interface Origin {
  /** `world`: the states and organisations of the world (optional), under the domain's `builtin`. */
  readonly layer: 'world' | 'builtin' | 'workspace' | 'document';
  /** The file it came from (absent for the analysed document itself). */
  readonly file?: string;
  /** The span of its id (key) in that file's text, when known. */
  readonly span?: Span;
  /** The span of its display name (`name`, `title` or `term`) as written, without quotes: what renaming the name replaces. */
  readonly nameSpan?: Span;
}

interface EntryBase {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  readonly origin: Origin;
}

export interface Actor extends EntryBase {
  readonly type: 'actor';
  readonly name: string;
  readonly kind: ActorKind;
  readonly wikidata?: string;
  /** A state's official name (also a name it is mentioned by). */
  readonly official?: string;
  /** A state's capital: a mention of the state only where it acts ("Ankara warned", "Ankara's veto"). */
  readonly capital?: string;
  /** Adjectives and nouns of its people ("Turkish", "Turks"): mentions of the kind `demonym`. */
  readonly demonyms?: readonly string[];
  /** ISO 3166 codes, for reference (not matched: most two-letter codes are words). */
  readonly iso?: readonly string[];
}

export interface EventEntry extends EntryBase {
  readonly type: 'event';
  readonly title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  readonly end?: string;
  readonly actors: readonly string[];
}

export interface Concept extends EntryBase {
  readonly type: 'concept';
  readonly term: string;
  readonly definition?: string;
  readonly see: readonly string[];
  readonly cite?: string;
}

export type Entry = Actor | EventEntry | Concept;

/** A bibliographic item, reduced from CSL (inline `references:`, CSL-JSON or CSL-YAML files). */
export interface Reference {
  readonly id: string;
  readonly type?: string;
  readonly title?: string;
  /** "Family, Given" or a literal name, in order. */
  readonly authors: readonly string[];
  readonly year?: string;
  readonly container?: string;
  readonly url?: string;
  readonly doi?: string;
  readonly origin: Origin;
}

export interface Mention extends Span {
  readonly type: EntryKind;
  readonly id: string;
  readonly range: Range;
  /** True when written as a bracketed span `[...]{.actor ref=id}`. */
  readonly explicit: boolean;
  /** How an actor is named, when not by a name: its people's adjective, or its capital used for its government. */
  readonly form?: MentionForm;
}

export type MentionForm = 'demonym' | 'capital';

export type CitationKind = 'pandoc' | 'in-text' | 'footnote' | 'inline-note' | 'link' | 'url';

export interface Citation extends Span {
  readonly kind: CitationKind;
  readonly range: Range;
  /** Citation keys (pandoc, in-text), with the span of each key (without `@`). */
  readonly keys: readonly CitedKey[];
  /** Footnote label, for `[^n]`. */
  readonly label?: string;
  /** Target, for links and bare URLs. */
  readonly url?: string;
}

export interface CitedKey extends Span {
  readonly key: string;
  readonly range: Range;
  /** Whether a locator follows the key (`[@key, p. 12]`, `@key [ch. 3]`). */
  readonly locator: boolean;
}

/** Why a sentence is a claim of one kind: the rule that found it and the words it matched (absolute offsets). */
export interface ClaimEvidence extends Span {
  readonly kind: ClaimKind;
  readonly rule: string;
  readonly text: string;
}

export interface Claim extends Span {
  readonly range: Range;
  readonly kinds: readonly ClaimKind[];
  /** One piece of evidence per kind, in the order of `kinds`. */
  readonly evidence: readonly ClaimEvidence[];
  readonly cited: boolean;
  /** Indexes into `Analysis.citations` of the citations that cover it. */
  readonly citations: readonly number[];
}

export interface Heading extends Span {
  readonly level: number;
  readonly text: string;
  readonly range: Range;
}

export interface FootnoteDefinition extends Span {
  readonly label: string;
  readonly range: Range;
}

export interface FrontMatter extends Span {
  readonly range: Range;
  /** The parsed YAML as plain data, or undefined when it does not parse. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly title?: string;
  readonly bibliography: readonly string[];
  /**
   * Where the `actors`, `events` and `concepts` keys are (0-based line of the key), and whether
   * a new entry can go on the line after it: their value is a block mapping or empty (not flow style).
   */
  readonly sections?: Readonly<Partial<Record<'actors' | 'events' | 'concepts', { readonly line: number; readonly block: boolean }>>>;
}
