// Reads `actors:`, `events:` and `concepts:` from a YAML mapping (front matter or *.policy.yaml),
// reporting every schema error at its exact position instead of throwing.
import type { Document, YAMLMap } from 'yaml';
import type { LineIndex } from './lineIndex';
import {
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  type Concept,
  type Entry,
  type EntryKind,
  type EventEntry,
  type Origin,
  type Span,
} from './types';
import {
  describe,
  isMap,
  isScalar,
  isSeq,
  mapEntries,
  scalarText,
  span,
  textSpan,
  type MapEntry,
  type RawDiagnostic,
  type YNode,
} from './yamlNodes';

export const ID_PATTERN = /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Checks a YYYY, YYYY-MM or YYYY-MM-DD date against the calendar. */
export function isValidDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day >= 1 && day <= days;
}

export interface KnowledgeRead {
  readonly entries: Entry[];
  /** Ids other entries point at (event actors, concept see), to check once all layers are merged. */
  readonly references: EntryReference[];
  readonly diagnostics: RawDiagnostic[];
}

export interface EntryReference extends Span {
  readonly kind: EntryKind;
  readonly id: string;
  readonly from: string;
}

const SECTIONS: ReadonlyArray<[string, EntryKind]> = [
  ['actors', 'actor'],
  ['events', 'event'],
  ['concepts', 'concept'],
];

export function readKnowledge(root: YAMLMap, doc: Document.Parsed, base: number, origin: Omit<Origin, 'span'>): KnowledgeRead {
  const r = new Reader(doc, base, origin);
  for (const { key, keyNode, value } of mapEntries(root, doc)) {
    const section = SECTIONS.find(([name]) => name === key);
    if (!section) continue;
    if (value === null || value === undefined || (scalarText(value) === undefined && !isMap(value) && !isSeq(value))) continue;
    if (!isMap(value)) {
      r.error(value ?? keyNode, `\`${key}\` must be a mapping from id to definition, not ${describe(value)}`);
      continue;
    }
    r.section(section[1], mapEntries(value, doc));
  }
  return { entries: r.entries, references: r.references, diagnostics: r.diagnostics };
}

class Reader {
  readonly entries: Entry[] = [];
  readonly references: EntryReference[] = [];
  readonly diagnostics: RawDiagnostic[] = [];

  constructor(
    private readonly doc: Document.Parsed,
    private readonly base: number,
    private readonly origin: Omit<Origin, 'span'>,
  ) {}

  private spanOf(node: YNode): Span {
    return span(node, this.base, { start: this.base, end: this.base + 1 });
  }

  error(node: YNode, message: string): void {
    this.diagnostics.push({ code: 'front-matter', ...this.spanOf(node), message });
  }

  section(kind: EntryKind, items: MapEntry[]): void {
    const seen = new Set<string>();
    for (const item of items) {
      if (!ID_PATTERN.test(item.key)) {
        this.error(item.keyNode, `Invalid ${kind} id "${item.key}": use letters, digits, "_", "-", "." or ":"`);
        continue;
      }
      if (seen.has(item.key)) {
        this.diagnostics.push({
          code: 'duplicate-id',
          ...this.spanOf(item.keyNode),
          message: `The ${kind} id "${item.key}" is defined twice in this file; the last definition wins`,
        });
      }
      seen.add(item.key);
      const entry = this.entry(kind, item);
      if (entry) this.entries.push(entry);
    }
  }

  private entry(kind: EntryKind, { key, keyNode, value }: MapEntry): Entry | undefined {
    const origin: Origin = { ...this.origin, span: this.spanOf(keyNode) };
    const primary = kind === 'actor' ? 'name' : kind === 'event' ? 'title' : 'term';
    // Shorthand: `russia: Russia` names the entry.
    const shorthand = scalarText(value);
    if (shorthand !== undefined && shorthand.trim()) {
      const base = { id: key, aliases: [], origin: { ...origin, nameSpan: textSpan(value, this.base, origin.span!) } };
      if (kind === 'actor') return { ...base, type: 'actor', name: shorthand, kind: 'other' };
      if (kind === 'event') return { ...base, type: 'event', title: shorthand, actors: [] };
      return { ...base, type: 'concept', term: shorthand, see: [] };
    }
    if (!isMap(value)) {
      this.error(value ?? keyNode, `The ${kind} "${key}" must be a mapping with at least \`${primary}\`, not ${describe(value)}`);
      return undefined;
    }
    const fields = new Map(mapEntries(value, this.doc).map((e) => [e.key, e]));
    const text = (name: string): string | undefined => {
      const f = fields.get(name);
      if (!f || f.value === null || f.value === undefined) return undefined;
      const s = scalarText(f.value);
      if (s === undefined) this.error(f.value, `\`${name}\` of ${kind} "${key}" must be text, not ${describe(f.value)}`);
      return s;
    };
    const list = (name: string): { values: string[]; spans: Span[] } => {
      const f = fields.get(name);
      const values: string[] = [];
      const spans: Span[] = [];
      if (!f || f.value === null || f.value === undefined) return { values, spans };
      const single = scalarText(f.value);
      if (single !== undefined) return { values: [single], spans: [this.spanOf(f.value)] };
      if (!isSeq(f.value)) {
        this.error(f.value, `\`${name}\` of ${kind} "${key}" must be a list, not ${describe(f.value)}`);
        return { values, spans };
      }
      for (const item of f.value.items as YNode[]) {
        const s = scalarText(item);
        if (s === undefined || !s.trim()) this.error(item, `Each item of \`${name}\` of ${kind} "${key}" must be non-empty text`);
        else {
          values.push(s);
          spans.push(this.spanOf(item));
        }
      }
      return { values, spans };
    };
    const date = (name: string): string | undefined => {
      const s = text(name);
      if (s !== undefined && !isValidDate(s)) {
        this.error(fields.get(name)!.value, `\`${name}\` of ${kind} "${key}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "${s}"`);
        return undefined;
      }
      return s;
    };
    const required = text(primary);
    if (required === undefined || !required.trim()) {
      this.error(keyNode, `The ${kind} "${key}" has no \`${primary}\``);
      return undefined;
    }
    const aliases = list('aliases').values;
    const description = text('description');
    const nameSpan = textSpan(fields.get(primary)!.value, this.base, origin.span!);
    const common = { id: key, aliases, origin: { ...origin, nameSpan }, ...(description !== undefined ? { description } : {}) };

    if (kind === 'actor') {
      let actorKind: ActorKind = 'other';
      const k = text('kind');
      if (k !== undefined) {
        if ((ACTOR_KINDS as readonly string[]).includes(k)) actorKind = k as ActorKind;
        else this.error(fields.get('kind')!.value, `Unknown actor kind "${k}": use one of ${ACTOR_KINDS.join(', ')}`);
      }
      const wikidata = text('wikidata');
      if (wikidata !== undefined && !/^Q\d+$/.test(wikidata))
        this.error(fields.get('wikidata')!.value, `\`wikidata\` must be an item id like Q159, not "${wikidata}"`);
      const official = text('official');
      const capital = text('capital');
      const demonyms = list('demonyms').values;
      const iso = list('iso').values;
      const actor: Actor = {
        ...common,
        type: 'actor',
        name: required,
        kind: actorKind,
        ...(wikidata && /^Q\d+$/.test(wikidata) ? { wikidata } : {}),
        ...(official?.trim() ? { official } : {}),
        ...(capital?.trim() ? { capital } : {}),
        ...(demonyms.length ? { demonyms } : {}),
        ...(iso.length ? { iso } : {}),
      };
      return actor;
    }
    if (kind === 'event') {
      const start = date('date');
      const end = date('end');
      if (start && end && end < start && !start.startsWith(end)) {
        this.error(fields.get('end')!.value, `\`end\` (${end}) of event "${key}" is before its \`date\` (${start})`);
      }
      const actors = list('actors');
      actors.values.forEach((id, i) => this.references.push({ kind: 'actor', id, from: key, ...actors.spans[i]! }));
      const event: EventEntry = {
        ...common,
        type: 'event',
        title: required,
        actors: actors.values,
        ...(start ? { date: start } : {}),
        ...(end ? { end } : {}),
      };
      return event;
    }
    const see = list('see');
    see.values.forEach((id, i) => this.references.push({ kind: 'concept', id, from: key, ...see.spans[i]! }));
    const definition = text('definition');
    const cite = text('cite')?.replace(/^@/, '');
    const concept: Concept = {
      ...common,
      type: 'concept',
      term: required,
      see: see.values,
      ...(definition !== undefined ? { definition } : {}),
      ...(cite ? { cite } : {}),
    };
    return concept;
  }
}

/** Where a mapping's `actors`, `events` and `concepts` keys are, and whether an entry can be added under them. */
export type KnowledgeSections = Readonly<
  Partial<Record<'actors' | 'events' | 'concepts', { readonly line: number; readonly block: boolean }>>
>;

/**
 * The knowledge keys of a mapping (front matter or knowledge file): the 0-based line of each key,
 * and whether a new entry can go on the line after it (its value is a block mapping or empty).
 */
export function knowledgeSections(fields: ReadonlyMap<string, MapEntry>, base: number, lines: LineIndex): KnowledgeSections | undefined {
  const out: { -readonly [K in keyof KnowledgeSections]?: { line: number; block: boolean } } = {};
  for (const key of ['actors', 'events', 'concepts'] as const) {
    const field = fields.get(key);
    const at = field?.keyNode?.range?.[0];
    if (!field || at === undefined) continue;
    const v = field.value;
    const block = v === undefined || v === null || (isScalar(v) && (v.value === null || v.value === '')) || (isMap(v) && !v.flow);
    out[key] = { line: lines.lineOf(base + at), block };
  }
  return Object.keys(out).length ? out : undefined;
}
