// The story of a set of analysis files, for the timeline, the relations graph and the HTML report:
// dated events as periods (a year, a month, a day, or a range), actors with their mentions, and
// who appears with whom (in one sentence, or in one event). Built from the files' Analyses.
import type { Analysis } from './analysis';
import { collectEntities, type MentionRef } from './entities';
import { entryName } from './knowledge';
import { blockSentences } from './structure';
import type { ActorKind } from './types';

export interface StoryFile {
  readonly source: string;
  readonly analysis: Analysis;
}

/** A place in a file: what a click in the views reveals. */
export interface StoryPlace {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** 0-based. */
  readonly line: number;
  readonly text: string;
}

export interface StoryEvent {
  readonly id: string;
  readonly title: string;
  readonly date?: string;
  readonly end?: string;
  /** The period as milliseconds since 1970 (UTC): from its first day to the day after its last. */
  readonly from?: number;
  readonly to?: number;
  readonly precision?: 'year' | 'month' | 'day';
  readonly actors: readonly string[];
  /** The participants' names, as the knowledge of the file that defines the event gives them (else the id). */
  readonly actorNames: readonly string[];
  readonly description?: string;
  /** Where it is defined, else first mentioned. */
  readonly place?: StoryPlace;
  readonly mentions: number;
}

export interface StoryActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly mentions: number;
}

export interface StoryEdge {
  readonly source: string;
  readonly target: string;
  /** Sentences that mention both. */
  readonly sentences: readonly StoryPlace[];
  /** Events both take part in. */
  readonly events: readonly string[];
  readonly weight: number;
}

export interface StoryClaim {
  readonly place: StoryPlace;
  readonly kinds: readonly string[];
  readonly cited: boolean;
}

export interface Story {
  /** Dated events, in time order. */
  readonly events: readonly StoryEvent[];
  readonly undated: readonly StoryEvent[];
  readonly actors: readonly StoryActor[];
  readonly edges: readonly StoryEdge[];
  readonly claims: readonly StoryClaim[];
}

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) as the period it names: [from, to) in UTC milliseconds. */
export function period(date: string): { from: number; to: number; precision: 'year' | 'month' | 'day' } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3])
    return { from: Date.UTC(y, Number(m[2]) - 1, Number(m[3])), to: Date.UTC(y, Number(m[2]) - 1, Number(m[3]) + 1), precision: 'day' };
  if (m[2]) return { from: Date.UTC(y, Number(m[2]) - 1, 1), to: Date.UTC(y, Number(m[2]), 1), precision: 'month' };
  return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), precision: 'year' };
}

function place(f: StoryFile, start: number, end: number): StoryPlace {
  const text = f.analysis.lines.text.slice(start, end).replace(/\s+/g, ' ').trim();
  return { source: f.source, start, end, line: f.analysis.lines.lineOf(start), text: text.length > 200 ? `${text.slice(0, 199)}…` : text };
}

export function buildStory(files: readonly StoryFile[]): Story {
  const entities = collectEntities(files);
  const bySource = new Map(files.map((f) => [f.source, f]));
  const placeOf = (ref: MentionRef | undefined) => {
    const f = ref && bySource.get(ref.source);
    return f && ref ? place(f, ref.mention.start, ref.mention.end) : undefined;
  };
  const events: StoryEvent[] = entities.events.map(({ entry, mentions }) => {
    const definedIn = files.find((f) => f.analysis.knowledge.events.get(entry.id) === entry && entry.origin.layer === 'document');
    const at = definedIn && entry.origin.span ? place(definedIn, entry.origin.span.start, entry.origin.span.end) : placeOf(mentions[0]);
    const p = entry.date ? period(entry.date) : undefined;
    const e = entry.end ? period(entry.end) : undefined;
    return {
      id: entry.id,
      title: entryName(entry),
      ...(entry.date ? { date: entry.date } : {}),
      ...(entry.end ? { end: entry.end } : {}),
      ...(p ? { from: p.from, to: e && e.to > p.from ? e.to : p.to, precision: p.precision } : {}),
      actors: entry.actors,
      actorNames: entry.actors.map((id) => {
        const actor = (definedIn ?? files.find((f) => f.analysis.knowledge.actors.has(id)))?.analysis.knowledge.actors.get(id);
        return actor ? actor.name : id;
      }),
      ...(entry.description ? { description: entry.description } : {}),
      ...(at ? { place: at } : {}),
      mentions: mentions.length,
    };
  });
  const actors: StoryActor[] = entities.actors.map(({ entry, mentions }) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    mentions: mentions.length,
  }));
  return {
    events: events.filter((e) => e.from !== undefined).sort((a, b) => a.from! - b.from! || a.to! - b.to!),
    undated: events.filter((e) => e.from === undefined),
    actors,
    edges: edges(files, events, new Set(actors.map((a) => a.id))),
    claims: files.flatMap((f) => f.analysis.claims.map((c) => ({ place: place(f, c.start, c.end), kinds: c.kinds, cited: c.cited }))),
  };
}

/** Actors linked by the sentences that mention both and the events both take part in. */
function edges(files: readonly StoryFile[], events: readonly StoryEvent[], known: ReadonlySet<string>): StoryEdge[] {
  const links = new Map<string, { sentences: StoryPlace[]; events: string[] }>();
  const link = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let l = links.get(key);
    if (!l) links.set(key, (l = { sentences: [], events: [] }));
    return l;
  };
  for (const f of files) {
    const a = f.analysis;
    const actorMentions = [...a.mentions, ...a.innerMentions].filter((m) => m.type === 'actor').sort((x, y) => x.start - y.start);
    let m = 0;
    for (const block of a.blocks) {
      if (block.kind === 'heading') continue;
      while (m < actorMentions.length && actorMentions[m]!.start < block.start) m++;
      if (m >= actorMentions.length || actorMentions[m]!.start >= block.end) continue;
      for (const s of blockSentences(a, block)) {
        const ids = new Set<string>();
        for (let k = m; k < actorMentions.length && actorMentions[k]!.start < s.end; k++) {
          if (actorMentions[k]!.start >= s.start) ids.add(actorMentions[k]!.id);
        }
        const list = [...ids].sort();
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++) link(list[i]!, list[j]!).sentences.push(place(f, s.start, s.end));
      }
    }
  }
  for (const e of events) {
    const ids = [...new Set(e.actors)].filter((id) => known.has(id)).sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) link(ids[i]!, ids[j]!).events.push(e.id);
  }
  return [...links.entries()]
    .map(([key, l]) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, sentences: l.sentences, events: l.events, weight: l.sentences.length + l.events.length };
    })
    .sort((x, y) => y.weight - x.weight || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
}
