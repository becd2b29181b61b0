import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze, KnowledgeBase, parseKnowledgeFile, type KnowledgeSource } from '../../src/core';
import { corpus } from '../../scripts/bench/corpus';
import { builtin } from './helpers';

// A front matter's entries are a layer over the knowledge below (KnowledgeBase.with): its own
// small trie walked beside the shared one. These tests hold it to what merging every entry into
// one knowledge base gives, on names that meet the ones below in every way they can.

const FRONT_MATTER = `
actors:
  meridian: {name: Meridian Gas, kind: organization, aliases: [Meridian]}
  steppe-council: {name: Steppe Council, kind: group, aliases: [the Council]}
  moscow-office: {name: Moscow, kind: organization}
  csto-staff: {name: Collective Security Treaty Organization Joint Staff, kind: organization}
  okafor: {name: Maria Okafor, kind: person, aliases: [Okafor]}
events:
  gas-standoff: {title: Kazakhstan gas standoff, date: 2023-02}
  kremlin-summit: {title: the Kremlin summit, date: 2022-10}
concepts:
  pipeline-politics: {term: pipeline politics}
  regime: {term: regime}
  sovereignty-talk: {term: limited sovereignty}
  buffer: {term: buffer state, aliases: [buffer zone]}
`;

const PROSE = [
  'Meridian Gas cut deliveries after the Kazakhstan gas standoff, and Meridian said so.',
  'The Steppe Council met in Moscow; the Council then wrote to the Kremlin and to Russia.',
  'The Collective Security Treaty Organization Joint Staff and the Collective Security Treaty Organization disagreed.',
  'Maria Okafor wrote that regimes and buffer zones shape pipeline politics; Okafor cited limited sovereignty.',
  'Pipeline Politics and Regimes, a heading, then the Kremlin summit in Minsk with Belarusians and Kazakhs.',
  'Russians in Astana spoke of the regimes, a buffer state, and the Brezhnev Doctrine.',
].join('\n\n');

function documentLayer(yaml: string): KnowledgeSource {
  return parseKnowledgeFile(yaml, 'front-matter.yaml', 'document').source;
}

/** Mentions as [start, end, type, id, form] rows: entries of the two bases are distinct objects. */
function rows(kb: KnowledgeBase, text: string): string[] {
  const found = kb.matcher.find(text, 0, text.length);
  const out = found.starts.map(
    (s, k) => `${s}-${found.ends[k]} ${found.entries[k]!.type}:${found.entries[k]!.id} ${found.forms?.[k] ?? ''}`,
  );
  const inner = found.inner;
  if (inner) out.push(...inner.starts.map((s, k) => `inner ${s}-${inner.ends[k]} ${inner.entries[k]!.id}`));
  return out;
}

describe('a front matter layered over the knowledge', () => {
  const layer = documentLayer(FRONT_MATTER);
  const layered = builtin.with(layer);
  const merged = KnowledgeBase.build([...builtin.sources, layer]);

  it('is a layer, whose entries are those of the merged knowledge, in the same order', () => {
    assert.equal(layered.isLayer, true);
    assert.equal(merged.isLayer, false);
    for (const kind of ['actors', 'events', 'concepts'] as const) assert.deepEqual([...layered[kind].keys()], [...merged[kind].keys()]);
    assert.deepEqual(layered.conflictsIn('document'), merged.conflictsIn('document'));
  });

  it('finds the mentions the merged knowledge finds, in prose written to meet the names below', () => {
    const text = PROSE;
    assert.deepEqual(rows(layered, text), rows(merged, text));
    // The layer's own names win a tie with a name below ("Moscow" is the office here, not Russia).
    const at = text.indexOf('in Moscow') + 3;
    const found = layered.matcher.find(text, 0, text.length);
    assert.equal(found.entries[found.starts.indexOf(at)]!.id, 'moscow-office');
  });

  it('finds the same mentions in the example analysis and in generated reports', () => {
    const texts = [readFileSync('examples/limited-sovereignty.policy.md', 'utf8'), corpus(60_000, 7, 3), corpus(60_000, 11, 3)];
    for (const text of texts) assert.deepEqual(rows(layered, text), rows(merged, text));
  });

  it('analyses a document the same as the merged knowledge would', () => {
    const text = `---\n${FRONT_MATTER.trim()}\n---\n\n${PROSE}\n`;
    const a = analyze(text, { knowledge: builtin });
    assert.equal(a.knowledge.isLayer, true);
    // A base that already has a (empty) document layer merges the front matter into one knowledge.
    const b = analyze(text, { knowledge: KnowledgeBase.build([...builtin.sources, { layer: 'document', entries: [] }]) });
    assert.equal(b.knowledge.isLayer, false);
    const view = (x: typeof a) => ({
      mentions: x.mentions.map((m) => [m.start, m.end, m.id]),
      inner: x.innerMentions.map((m) => [m.start, m.end, m.id]),
      unrecognized: x.unrecognized.map((u) => u.name),
      diagnostics: x.diagnostics.map((d) => [d.code, d.start, d.message]),
    });
    assert.deepEqual(view(a), view(b));
  });

  it('merges the whole knowledge again when a front-matter entry replaces one below', () => {
    // The same id as a built-in actor, and a state of the world by its Wikidata id (Rwanda's).
    for (const yaml of [
      'actors:\n  russia: {name: Russia, kind: state, aliases: [RF]}\n',
      'actors:\n  rw: {name: Rwandese Republic, kind: state, wikidata: Q1037}\n',
    ]) {
      const source = documentLayer(yaml);
      const kb = builtin.with(source);
      assert.equal(kb.isLayer, false);
      const text = 'The Rwandese Republic, RF and the Kremlin: Russia and Moscow, Russians, Rwandans and Kigali.';
      assert.deepEqual(rows(kb, text), rows(KnowledgeBase.build([...builtin.sources, source]), text));
    }
  });
});
