// Small helpers over the `yaml` package's AST: positions and typed reads that never throw.
import type * as Yaml from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { DiagnosticCode, DiagnosticData, Severity, Span } from './types';

let lib: typeof Yaml | undefined;

/**
 * The yaml package, loaded when first used: a file without front matter, and a CLI run without
 * YAML to read, never pay for its start (some 7 ms of the CLI's 100 above a bare Node). In the
 * shipped bundles './yamlLib.js' is a file beside them (yamlLib.ts); the test bundles inline it.
 */
function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('./yamlLib.js') as typeof Yaml);
}

// The yaml package's type guards, through the lazy load (a node exists only once it is loaded).
export const isMap = (node: unknown): node is YAMLMap => node != null && yaml().isMap(node);
export const isSeq = (node: unknown): node is YAMLSeq => node != null && yaml().isSeq(node);
export const isScalar = (node: unknown): node is Scalar => node != null && yaml().isScalar(node);
const isAlias = (node: unknown): node is Alias => node != null && yaml().isAlias(node);
const isPair = (node: unknown): node is Pair => node != null && yaml().isPair(node);

/** A diagnostic before it has line/character positions: offsets into the analysed text. */
export interface RawDiagnostic extends Span {
  readonly code: DiagnosticCode;
  /** '' for codes whose message is made from `data` when read (see diagnostics.ts). */
  readonly message: string;
  readonly severity?: Severity;
  readonly data?: DiagnosticData;
}

/** Aliases may expand at most this much: "billion laughs" files fail fast with a clear error. */
export const MAX_ALIAS_COUNT = 100;

export function parseYaml(source: string): Document.Parsed {
  // Core schema: no custom tags that construct objects, timestamps stay strings.
  return yaml().parseDocument(source, { uniqueKeys: false, prettyErrors: false, schema: 'core', strict: false, logLevel: 'error' });
}

/**
 * YAML syntax errors as front-matter diagnostics at their exact position. An error the parser
 * finds only at the end of the input (an unclosed bracket) is placed on the last YAML character,
 * not on the closing `---`. Only the first error is reported: later ones are mostly its echoes.
 * `source` is the YAML text.
 */
export function yamlErrors(doc: Document.Parsed, source: string, base: number, what: string): RawDiagnostic[] {
  const last = Math.max(0, source.trimEnd().length - 1);
  return doc.errors.slice(0, 1).map((e) => {
    const s = onBoundary(source, Math.min(e.pos[0], last), -1);
    const t = onBoundary(source, Math.min(Math.max(e.pos[1], s + 1), source.length), 1);
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { code: 'front-matter', start: base + s, end: base + Math.max(t, s + 1), message: `${what}: ${message}` };
  });
}

export type YNode = Node | null | undefined;

/**
 * The document as plain data, its aliases expanded at most MAX_ALIAS_COUNT times. `tooFar` when
 * they expand further (a "billion laughs" file); no data, never an exception, on any failure.
 */
export function toPlainData(doc: Document.Parsed): { data: unknown; tooFar: boolean } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, tooFar: false };
  } catch (e) {
    return { data: undefined, tooFar: /alias/i.test(String(e)) };
  }
}

/** Moves an offset off the middle of a surrogate pair (backwards for -1, forwards for 1). */
export function onBoundary(text: string, offset: number, direction: -1 | 1): number {
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? offset + (direction < 0 ? -1 : 1) : offset;
}

/** Follows one alias (`*name`) to its anchored node; never expands recursively. */
export function deref(node: YNode, doc: Document.Parsed): YNode {
  if (node && isAlias(node)) {
    try {
      return node.resolve(doc) as YNode;
    } catch {
      return undefined;
    }
  }
  return node;
}

export function span(node: YNode, base: number, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: base + r[0], end: base + Math.max(r[1], r[0] + 1) } : fallback;
}

/** The span of a scalar's text, without its quotes (`"key"` in JSON): where go to definition selects. */
export function textSpan(node: YNode, base: number, fallback: Span): Span {
  const outer = span(node, base, fallback);
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return quoted && outer.end - outer.start >= 2 ? { start: outer.start + 1, end: outer.end - 1 } : outer;
}

/** A scalar as text (numbers included: `date: 2022`), or undefined. */
export function scalarText(node: YNode): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function describe(node: YNode): string {
  if (!node) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return node.value === null ? 'null' : `${typeof node.value === 'string' ? 'text' : typeof node.value}`;
  return 'an alias';
}

export interface MapEntry {
  readonly key: string;
  readonly keyNode: YNode;
  readonly value: YNode;
}

/** The entries of a mapping with scalar keys, in order (duplicates kept so callers can report them). */
export function mapEntries(map: YAMLMap, doc: Document.Parsed): MapEntry[] {
  const out: MapEntry[] = [];
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const keyNode = item.key as YNode;
    const key = scalarText(keyNode);
    if (key === undefined) continue;
    out.push({ key, keyNode, value: deref(item.value as YNode, doc) });
  }
  return out;
}
