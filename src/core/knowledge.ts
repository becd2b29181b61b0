// The merged knowledge a document is analysed against: built-in < workspace files < front matter.
import { MentionMatcher } from './mentionMatcher';
import type { Actor, Concept, Entry, EntryKind, EventEntry, MentionForm, Origin } from './types';

export interface KnowledgeSource {
  readonly layer: Origin['layer'];
  readonly file?: string;
  readonly entries: readonly Entry[];
}

/** Two entries of the same layer that claim the same name or alias. */
export interface AliasConflict {
  readonly alias: string;
  readonly winner: Entry;
  readonly other: Entry;
}

/** The same kind and id defined in two workspace files. */
export interface DuplicateDefinition {
  readonly entry: Entry;
  readonly previous: Entry;
}

/** Compiled matchers with the forms they match, oldest first (a small, bounded cache). */
const SHARED_MATCHERS: Array<{ readonly forms: readonly MatchForm[]; readonly matcher: MentionMatcher }> = [];
const MAX_SHARED_MATCHERS = 32;

/** Whether two lists of forms make the same matcher: the same forms of the same entries' types and ids, in order. */
function sameForms(a: readonly MatchForm[], b: readonly MatchForm[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.form !== y.form || x.as !== y.as || x.entry.id !== y.entry.id || x.entry.type !== y.entry.type) return false;
  }
  return true;
}

const LAYER_RANK: Record<Origin['layer'], number> = { world: 0, builtin: 1, workspace: 2, document: 3 };

/** A surface form the matcher looks for, and how it names its entry (absent: by a name). */
export interface MatchForm {
  readonly form: string;
  readonly entry: Entry;
  readonly as?: MentionForm;
}

export function entryName(e: Entry): string {
  return e.type === 'actor' ? e.name : e.type === 'event' ? e.title : e.term;
}

/** Every name of an entry: its name/title/term, its official name and its aliases. */
export function surfaceForms(e: Entry): string[] {
  return e.type === 'actor' && e.official ? [e.name, e.official, ...e.aliases] : [entryName(e), ...e.aliases];
}

/**
 * Offers every form the matcher looks for to `offer`: the names, then an actor's demonyms (with
 * their plural) and capital. Offered one by one: the CLI does this for 1,800 forms at each start.
 */
function matchForms(e: Entry, offer: (f: MatchForm) => void): void {
  if (e.type !== 'actor') {
    offer({ form: entryName(e), entry: e });
    for (const form of e.aliases) offer({ form, entry: e });
    return;
  }
  // A capital listed among the aliases is still a capital: it names the government only where it acts.
  const capital = e.capital;
  // Whether some form already spells the capital (then it is not offered again at the end).
  let capitalOffered = false;
  const give = (f: MatchForm) => {
    if (f.form === capital) capitalOffered = true;
    offer(f);
  };
  const name = (form: string) => give(form === capital ? { form, entry: e, as: 'capital' } : { form, entry: e });
  name(e.name);
  if (e.official) name(e.official);
  for (const form of e.aliases) name(form);
  for (const d of e.demonyms ?? []) {
    give({ form: d, entry: e, as: 'demonym' });
    // "Turks", "Syrians"; "Chinese", "British", "Swiss" have no plural.
    if (!/(?:s|sh|ch|ese|x|z)$/.test(d)) give({ form: `${d}s`, entry: e, as: 'demonym' });
  }
  if (capital && !capitalOffered) offer({ form: capital, entry: e, as: 'capital' });
}

/**
 * A world entry's data under an entry of a higher layer that denotes the same actor (same id or
 * Wikidata id): the higher entry's fields win, the world adds its names, capital and demonyms.
 */
function underlay(entry: Actor, world: Actor): Actor {
  const names = new Set([entry.name, ...(entry.official ? [entry.official] : [])]);
  const aliases = [...new Set([...entry.aliases, world.name, ...(world.official ? [world.official] : []), ...world.aliases])].filter(
    (a) => !names.has(a),
  );
  return {
    ...world,
    ...entry,
    aliases,
    ...((entry.wikidata ?? world.wikidata) ? { wikidata: entry.wikidata ?? world.wikidata } : {}),
    ...((entry.capital ?? world.capital) ? { capital: entry.capital ?? world.capital } : {}),
    ...((entry.demonyms ?? world.demonyms) ? { demonyms: entry.demonyms ?? world.demonyms } : {}),
    ...((entry.iso ?? world.iso) ? { iso: entry.iso ?? world.iso } : {}),
  };
}

/** Concept terms match case-insensitively; names of actors and events are proper nouns (formKey agrees). */
export function isCaseInsensitive(e: Entry): boolean {
  return e.type === 'concept';
}

function aliasKey(e: Entry, alias: string): string {
  return formKey(e.type, alias);
}

/** A form without white space around it, and one space for each run of it inside. */
const foldSpaces = (form: string): string => form.trim().replace(/\s+/g, ' ');

/** A surface form as entries of `kind` compare it among themselves: spaces folded, case too for concepts. */
function foldForm(kind: EntryKind, form: string): string {
  const folded = foldSpaces(form);
  return kind === 'concept' ? folded.toLowerCase() : folded;
}

/** foldForm's key, with the kinds' two ways of comparing kept apart in one map. */
function formKey(kind: EntryKind, form: string): string {
  return (kind === 'concept' ? 'i:' : 's:') + foldForm(kind, form);
}

export class KnowledgeBase {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly events: ReadonlyMap<string, EventEntry>;
  readonly concepts: ReadonlyMap<string, Concept>;
  private conflictsCache: readonly AliasConflict[] | undefined;
  readonly duplicates: readonly DuplicateDefinition[];
  private matcherCache: MentionMatcher | undefined;
  private readonly formTables = new Map<EntryKind, Map<string, Entry>>();

  /**
   * `layer`: when this base is `under` with a front matter's entries on top that replace none of
   * its own (the usual case), the entries' maps start as copies of `under`'s, and the matcher is
   * a layer over `under`'s (with()): a workspace of 1,000 files with front matters would otherwise
   * merge and compile all the knowledge's names once per file.
   */
  private constructor(
    readonly sources: readonly KnowledgeSource[],
    private readonly layer?: { readonly under: KnowledgeBase; readonly top: KnowledgeBase },
  ) {
    if (layer) {
      const { under, top } = layer;
      const merged = <T extends Entry>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>) => new Map([...a, ...b]);
      this.actors = merged(under.actors, top.actors);
      this.events = merged(under.events, top.events);
      this.concepts = merged(under.concepts, top.concepts);
      this.duplicates = under.duplicates;
      return;
    }
    const maps = { actor: new Map<string, Entry>(), event: new Map<string, Entry>(), concept: new Map<string, Entry>() };
    const duplicates: DuplicateDefinition[] = [];
    const ordered = [...sources].sort((a, b) => LAYER_RANK[a.layer] - LAYER_RANK[b.layer]);
    const worldByWikidata = new Map<string, Actor>();
    for (const source of ordered) {
      for (let entry of source.entries) {
        const map = maps[entry.type];
        if (entry.type === 'actor') {
          if (entry.origin.layer === 'world') {
            if (entry.wikidata) worldByWikidata.set(entry.wikidata, entry);
          } else {
            const same = map.get(entry.id);
            const world =
              same?.origin.layer === 'world' ? (same as Actor) : entry.wikidata ? worldByWikidata.get(entry.wikidata) : undefined;
            if (world) {
              map.delete(world.id);
              if (world.wikidata) worldByWikidata.delete(world.wikidata);
              entry = underlay(entry, world);
            }
          }
        }
        const previous = map.get(entry.id);
        // A higher layer overriding a lower one is the point of layering; two files of one layer are a mistake.
        if (previous && previous.origin.layer === entry.origin.layer && previous.origin.file !== entry.origin.file) {
          duplicates.push({ entry, previous });
        }
        map.set(entry.id, entry);
      }
    }
    this.actors = maps.actor as Map<string, Actor>;
    this.events = maps.event as Map<string, EventEntry>;
    this.concepts = maps.concept as Map<string, Concept>;
    this.duplicates = duplicates;
  }

  /** Names or aliases claimed by two entries of one layer (computed when first asked). */
  get conflicts(): readonly AliasConflict[] {
    this.conflictsCache ??= this.findConflicts();
    return this.conflictsCache;
  }

  static build(sources: readonly KnowledgeSource[]): KnowledgeBase {
    return new KnowledgeBase(sources);
  }

  static readonly empty = new KnowledgeBase([]);

  /** This base with one more layer (the document's own front matter) on top. */
  with(source: KnowledgeSource): KnowledgeBase {
    if (source.entries.length === 0) return this;
    const sources = [...this.sources, source];
    if (source.layer !== 'document' || this.sources.some((s) => s.layer === 'document')) return new KnowledgeBase(sources);
    const top = new KnowledgeBase([source]);
    // A front-matter entry that replaces one below (same id, or a world state by its Wikidata id)
    // changes what the names below denote: the whole knowledge is merged again.
    for (const e of top.entries()) {
      if (this.get(e.type, e.id) || (e.type === 'actor' && e.wikidata && this.worldWikidata().has(e.wikidata))) {
        return new KnowledgeBase(sources);
      }
    }
    return new KnowledgeBase(sources, { under: this, top });
  }

  /** Whether with() made this a layer over the base below it (see the constructor). */
  get isLayer(): boolean {
    return this.layer !== undefined;
  }

  private worldIds: Set<string> | undefined;
  /** The Wikidata ids of the world's states here (a higher entry with one takes the state's names). */
  private worldWikidata(): Set<string> {
    if (!this.worldIds) {
      this.worldIds = new Set();
      for (const a of this.actors.values()) if (a.origin.layer === 'world' && a.wikidata) this.worldIds.add(a.wikidata);
    }
    return this.worldIds;
  }

  get(kind: EntryKind, id: string): Entry | undefined {
    return kind === 'actor' ? this.actors.get(id) : kind === 'event' ? this.events.get(id) : this.concepts.get(id);
  }

  *entries(): Iterable<Entry> {
    yield* this.actors.values();
    yield* this.events.values();
    yield* this.concepts.values();
  }

  /** Resolves a name or alias to the entry it denotes (what a `{.actor}` span without `ref` means). */
  lookup(kind: EntryKind, text: string): Entry | undefined {
    // A table of every form, made on first use: a file of thousands of such spans against
    // thousands of names would otherwise compare each span with every name.
    let byForm = this.formTables.get(kind);
    if (!byForm) {
      byForm = new Map();
      for (const e of kind === 'actor' ? this.actors.values() : kind === 'event' ? this.events.values() : this.concepts.values()) {
        for (const form of surfaceForms(e)) {
          const key = aliasKey(e, form);
          if (!byForm.has(key)) byForm.set(key, e);
        }
      }
      this.formTables.set(kind, byForm);
    }
    return byForm.get(formKey(kind, text));
  }

  /**
   * The compiled matcher. Compiling is the costly part of a knowledge base, and files whose front
   * matter adds the same names would each compile an identical one: they share it instead
   * (mentions carry only an entry's type and id, which the names determine). A layer's matcher
   * is its own names over the matcher below.
   */
  get matcher(): MentionMatcher {
    if (this.layer) return (this.matcherCache ??= new MentionMatcher(this.layer.top.winningForms(), this.layer.under.matcher));
    if (!this.matcherCache) {
      // Found by comparing the forms in place: a key string of them all was 500 KB to make.
      const forms = this.winningForms();
      let matcher = SHARED_MATCHERS.find((m) => sameForms(m.forms, forms))?.matcher;
      if (!matcher) {
        matcher = new MentionMatcher(forms);
        SHARED_MATCHERS.push({ forms, matcher });
        if (SHARED_MATCHERS.length > MAX_SHARED_MATCHERS) SHARED_MATCHERS.shift();
      }
      this.matcherCache = matcher;
    }
    return this.matcherCache;
  }

  /**
   * For each distinct surface form, the entry that owns it: the highest layer, then a name over
   * a demonym or capital, then the first defined.
   */
  private winningForms(): MatchForm[] {
    // formKey's two kinds of key in two maps: actors' and events' forms as written, concept terms
    // in lower case (keys made with a prefix were new strings to hash, 1,800 at each CLI start).
    const names = new Map<string, MatchForm>();
    const terms = new Map<string, MatchForm>();
    const offer = (f: MatchForm): void => {
      const key = foldForm(f.entry.type, f.form);
      if (!key) return;
      const owner = isCaseInsensitive(f.entry) ? terms : names;
      const held = owner.get(key);
      const rank = held ? LAYER_RANK[f.entry.origin.layer] - LAYER_RANK[held.entry.origin.layer] : 0;
      if (!held || rank > 0 || (rank === 0 && held.as && !f.as)) owner.set(key, f);
    };
    for (const entry of this.entries()) matchForms(entry, offer);
    return [...names.values(), ...terms.values()];
  }

  /**
   * Conflicts among the entries of one layer only. A conflict is always within a layer, so for
   * the front matter this looks at its few entries, not the whole knowledge.
   */
  conflictsIn(layer: Origin['layer']): AliasConflict[] {
    if (this.layer && layer === 'document') return this.layer.top.conflictsIn(layer);
    return this.findConflicts([...this.entries()].filter((e) => e.origin.layer === layer));
  }

  private findConflicts(entries: Iterable<Entry> = this.entries()): AliasConflict[] {
    const first = new Map<string, Entry>();
    const conflicts: AliasConflict[] = [];
    for (const entry of entries) {
      for (const form of new Set(surfaceForms(entry))) {
        const key = aliasKey(entry, form);
        const held = first.get(key);
        if (!held) first.set(key, entry);
        else if (held !== entry && held.origin.layer === entry.origin.layer) conflicts.push({ alias: form, winner: held, other: entry });
        else if (LAYER_RANK[entry.origin.layer] > LAYER_RANK[held.origin.layer]) first.set(key, entry);
      }
    }
    return conflicts;
  }
}
