// What the sidebar shows: the entries a set of analysed files mention, with every mention.
import type { Analysis } from './analysis';
import type { Actor, ActorKind, Concept, Entry, EntryKind, EventEntry, Mention, Range, Span } from './types';
import type { NameMention } from './unrecognized';

export interface MentionRef {
  /** Which file (a URI or path, as the caller names it). */
  readonly source: string;
  readonly mention: Mention;
  /** The mention's line, trimmed, for a one-line preview (made when read: trees show few). */
  readonly preview: string;
}

class Ref<M extends Span & { readonly range: Range }> {
  constructor(
    readonly source: string,
    readonly mention: M,
    private readonly analysis: Analysis,
  ) {}
  get preview(): string {
    return preview(this.analysis, this.mention);
  }
}

export interface EntityMentions<E extends Entry = Entry> {
  readonly entry: E;
  readonly mentions: MentionRef[];
}

export interface Entities {
  readonly actors: EntityMentions<Actor>[];
  readonly events: EntityMentions<EventEntry>[];
  readonly concepts: EntityMentions<Concept>[];
  /** Names no entry matched, merged across the files by name, most mentioned first. */
  readonly unrecognized: UnrecognizedMentions[];
}

export interface NameRef {
  readonly source: string;
  readonly mention: NameMention;
  readonly preview: string;
}

export interface UnrecognizedMentions {
  readonly name: string;
  readonly kind?: ActorKind;
  readonly variants: readonly string[];
  readonly mentions: NameRef[];
}

const PREVIEW = 80;

function preview(a: Analysis, m: { readonly range: Range }): string {
  const line = a.lines.text.slice(a.lines.lineStart(m.range.start.line), a.lines.lineEnd(m.range.start.line));
  const trimmed = line.trim().replace(/\s+/g, ' ');
  return trimmed.length > PREVIEW ? `${trimmed.slice(0, PREVIEW - 1)}…` : trimmed;
}

/**
 * Entries mentioned in the given files, or defined in their front matter, each with its mentions
 * in file order. Actors and concepts by mentions (most first) then name; events by date, undated last.
 */
export function collectEntities(files: ReadonlyArray<{ source: string; analysis: Analysis }>): Entities {
  // By kind, then id: a key string made per mention cost more than the rest of the walk.
  const found: Record<EntryKind, Map<string, { entry: Entry; mentions: MentionRef[] }>> = {
    actor: new Map(),
    event: new Map(),
    concept: new Map(),
  };
  for (const { source, analysis } of files) {
    for (const e of analysis.knowledge.entries()) {
      if (e.origin.layer === 'document' && !found[e.type].has(e.id)) found[e.type].set(e.id, { entry: e, mentions: [] });
    }
    // Actors named inside longer names count too ("Armenia" in "the Armenia-Azerbaijan conflict").
    const mentions = inOrder(analysis.mentions, analysis.innerMentions);
    // Indexed: the analysis's lists are frozen, and in Node 20 a for-of over a frozen array makes
    // an object per item (0.75 MB at 1 MB, after every edit).
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      let item = found[m.type].get(m.id);
      if (!item) {
        const entry = analysis.knowledge.get(m.type, m.id);
        if (!entry) continue;
        item = { entry, mentions: [] };
        found[m.type].set(m.id, item);
      }
      item.mentions.push(new Ref(source, m, analysis));
    }
  }
  const items = [...found.actor.values(), ...found.event.values(), ...found.concept.values()];
  const names = new Map<string, { name: string; kind?: ActorKind; variants: string[]; mentions: NameRef[] }>();
  for (const { source, analysis } of files) {
    for (const u of analysis.unrecognized) {
      let item = names.get(u.name);
      if (!item) names.set(u.name, (item = { name: u.name, ...(u.kind ? { kind: u.kind } : {}), variants: [], mentions: [] }));
      for (const v of u.variants) if (!item.variants.includes(v)) item.variants.push(v);
      for (const m of u.mentions) item.mentions.push(new Ref(source, m, analysis));
    }
  }
  const byCount = (a: EntityMentions, b: EntityMentions, name: (e: Entry) => string) =>
    b.mentions.length - a.mentions.length || name(a.entry).localeCompare(name(b.entry));
  return {
    actors: (items.filter((i) => i.entry.type === 'actor') as EntityMentions<Actor>[]).sort((a, b) =>
      byCount(a, b, (e) => (e as Actor).name),
    ),
    events: (items.filter((i) => i.entry.type === 'event') as EntityMentions<EventEntry>[]).sort(
      (a, b) => (a.entry.date ?? '9999').localeCompare(b.entry.date ?? '9999') || a.entry.title.localeCompare(b.entry.title),
    ),
    concepts: (items.filter((i) => i.entry.type === 'concept') as EntityMentions<Concept>[]).sort((a, b) =>
      byCount(a, b, (e) => (e as Concept).term),
    ),
    unrecognized: [...names.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)),
  };
}

/** Two lists of mentions, each in order, merged in order (of starts; the first list's first on a tie). */
function inOrder(a: readonly Mention[], b: readonly Mention[]): readonly Mention[] {
  if (b.length === 0) return a;
  const out: Mention[] = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && b[j]!.start < m.start) out.push(b[j++]!);
    out.push(m);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}
