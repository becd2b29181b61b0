import { strict as assert } from 'node:assert';
import { KnowledgeBase, knowledgeFileDiagnostics, parseKnowledgeFile, withoutPositions, type Concept } from '../../src/core';
import { builtinKnowledge } from '../../src/knowledge';
import { BUILTIN_FILES, WORLD_FILES } from '../../src/knowledge/files';
import { builtin, r, run } from './helpers';

describe('built-in knowledge', () => {
  it('parses without a single diagnostic, and no alias is claimed twice', () => {
    const files = [
      ...Object.entries(BUILTIN_FILES).map(([file, text]) => parseKnowledgeFile(text, file, 'builtin')),
      ...Object.entries(WORLD_FILES).map(([file, text]) => parseKnowledgeFile(text, file, 'world')),
    ];
    for (const f of files) assert.deepEqual(knowledgeFileDiagnostics(f, builtin), [], f.file);
    // What the bundles carry, compiled at build time, is what the YAML says.
    assert.deepEqual(
      builtinKnowledge(),
      files.map((f) => withoutPositions(f.source)),
    );
    assert.deepEqual(builtin.conflicts, []);
    assert.deepEqual(builtin.duplicates, []);
  });

  it('defines at least 20 concepts, each in one to three sentences', () => {
    const concepts = [...builtin.concepts.values()];
    assert.ok(concepts.length >= 20, `${concepts.length} concepts`);
    for (const c of concepts) {
      const sentences = (c.definition ?? '').split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
      assert.ok(sentences.length >= 1 && sentences.length <= 3, `${c.id}: ${sentences.length} sentences`);
    }
    for (const id of [
      'limited-sovereignty',
      'brezhnev-doctrine',
      'westphalian-sovereignty',
      'non-intervention',
      'collective-security',
      'multilateralism',
      'liberal-internationalism',
      'unipolar-moment',
      'regime-change',
      'multi-vector-foreign-policy',
      'colour-revolution',
      'separatism',
      'frozen-conflict',
      'sphere-of-influence',
      'near-abroad',
      'authoritarian-solidarity',
      'hierarchical-order',
      'regime-security',
      'legitimacy',
      'westward-aspiration',
      'post-soviet-space',
      'union-state',
      'humanitarian-intervention',
    ]) {
      assert.ok(builtin.concepts.has(id), id);
    }
    assert.match((builtin.concepts.get('limited-sovereignty') as Concept).definition!, /Brezhnev Doctrine/);
  });

  it('names the actors of the article with their aliases, and dated events with known participants', () => {
    assert.deepEqual(builtin.actors.get('russia')?.aliases, ['Russian Federation', 'Moscow', 'Kremlin']);
    assert.ok(builtin.actors.get('belarus')?.aliases.includes('Minsk'));
    assert.ok(builtin.actors.get('united-states')?.aliases.includes('America'));
    for (const id of [
      'putin',
      'csto',
      'kazakhstan',
      'lukashenko',
      'georgia',
      'ukraine',
      'moldova',
      'kyrgyzstan',
      'armenia',
      'azerbaijan',
      'china',
      'the-west',
    ])
      assert.ok(builtin.actors.has(id), id);
    const csto = builtin.events.get('csto-kazakhstan-2022')!;
    assert.deepEqual([csto.date, csto.end], ['2022-01-06', '2022-01-19']);
    for (const e of builtin.events.values()) {
      assert.ok(e.date, `${e.id} is dated`);
      for (const a of e.actors) assert.ok(builtin.actors.has(a), `${e.id}: ${a}`);
    }
    for (const id of [
      'kazakhstan-unrest-2022',
      'belarus-protests-2020',
      'rose-revolution',
      'orange-revolution',
      'tulip-revolution',
      'moldova-protests-2009',
      'russo-georgian-war',
      'crimea-annexation',
      'second-karabakh-war',
      'iraq-war',
    ]) {
      assert.ok(builtin.events.has(id), id);
    }
  });
});

describe('workspace knowledge files', () => {
  const file = [
    'actors:',
    '  wagner: {name: Wagner Group, kind: group, aliases: [Wagner]}',
    '  russia: {name: Russia, kind: state, description: Our own words.}',
    'events:',
    '  mutiny: {title: Wagner mutiny, date: 2023-06-23, actors: [wagner, nobody]}',
  ].join('\n');

  it('layers over the built-in knowledge: user definitions win', () => {
    const parsed = parseKnowledgeFile(file, '/ws/k.policy.yaml');
    const kb = KnowledgeBase.build([...builtinKnowledge(), parsed.source]);
    assert.equal(kb.actors.get('russia')?.description, 'Our own words.');
    assert.equal(kb.actors.get('russia')?.origin.file, '/ws/k.policy.yaml');
    assert.deepEqual(
      run('Wagner and Moscow.', { knowledge: kb }).mentions.map((m) => m.id),
      ['wagner'],
    );
    assert.deepEqual(
      knowledgeFileDiagnostics(parsed, kb).map((d) => [d.code, d.range]),
      [['unknown-ref', r(4, 68, 4, 74)]],
    );
  });

  it('shares one matcher between knowledge bases of the same names, and makes another when a name differs', () => {
    const file = (alias: string) =>
      parseKnowledgeFile(`actors:\n  ngo: {name: Steppe Watch Group, kind: group, aliases: [${alias}]}`, '/ws/k.policy.yaml');
    const a = KnowledgeBase.build([...builtinKnowledge(), file('Steppe Watch').source]);
    const b = KnowledgeBase.build([...builtinKnowledge(), file('Steppe Watch').source]);
    const c = KnowledgeBase.build([...builtinKnowledge(), file('the Watch').source]);
    assert.equal(a.matcher, b.matcher);
    assert.notEqual(a.matcher, c.matcher);
    // The tries under a first word grow when the text first has it: both matchers agree after.
    const text = 'Steppe Watch Group and Steppe Watch wrote to the Watch; Steppe Watch Group again.';
    const found = (kb: KnowledgeBase) =>
      run(text, { knowledge: kb }).mentions.map((m) => [m.id, m.range.start.character, m.range.end.character]);
    assert.deepEqual(found(a), [
      ['ngo', 0, 18],
      ['ngo', 23, 35],
      ['ngo', 56, 74],
    ]);
    assert.deepEqual(found(c), [
      ['ngo', 0, 18],
      ['ngo', 45, 54],
      ['ngo', 56, 74],
    ]);
  });

  it('warns when two files define the same id', () => {
    const a = parseKnowledgeFile('actors:\n  x: {name: X}', '/ws/a.policy.yaml');
    const b = parseKnowledgeFile('actors:\n  x: {name: Ex}', '/ws/b.policy.yaml');
    const kb = KnowledgeBase.build([a.source, b.source]);
    assert.deepEqual(knowledgeFileDiagnostics(a, kb), []);
    assert.deepEqual(
      knowledgeFileDiagnostics(b, kb).map((d) => [d.code, d.range, d.message]),
      [['duplicate-id', r(1, 2, 1, 3), 'The actor "x" is also defined in /ws/a.policy.yaml; this definition wins']],
    );
  });

  it('reports a knowledge file that is not a mapping, or does not parse', () => {
    assert.deepEqual(
      knowledgeFileDiagnostics(parseKnowledgeFile('- a\n- b', 'k.policy.yaml'), KnowledgeBase.empty).map((d) => d.message),
      ['A knowledge file must be a mapping with `actors`, `events` or `concepts`, not a list'],
    );
    const broken = knowledgeFileDiagnostics(parseKnowledgeFile('actors:\n  x: {name: [X', 'k.policy.yaml'), KnowledgeBase.empty);
    assert.equal(broken.length, 1);
    assert.equal(broken[0]!.code, 'front-matter');
  });
});
