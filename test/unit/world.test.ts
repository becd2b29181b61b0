// The world as built-in knowledge: the gazetteer, how it layers under the domain and the user's
// own entries, and the rules that decide when a state's name, capital or demonym mentions it.
import { strict as assert } from 'node:assert';
import { KnowledgeBase, mentionAt, parseKnowledgeFile, type Actor } from '../../src/core';
import { builtinKnowledge } from '../../src/knowledge';
import { builtin, r, run, textOf } from './helpers';

/** Actor mentions as [id, text, form], nested ones included, in order. */
function actors(text: string, options: Parameters<typeof run>[1] = {}): Array<[string, string, string]> {
  const a = run(text, options);
  return [...a.mentions, ...a.innerMentions]
    .filter((m) => m.type === 'actor')
    .sort((x, y) => x.start - y.start)
    .map((m) => [m.id, textOf(text, m), m.form ?? 'name']);
}

describe('world knowledge', () => {
  it('holds every state and territory, each with its codes and Wikidata id', () => {
    const world = [...builtin.actors.values()].filter((a) => a.iso);
    assert.equal(world.length, 250);
    assert.ok(world.filter((a) => a.kind === 'state').length >= 195);
    for (const a of world) {
      assert.match(a.wikidata ?? '', /^Q\d+$/, a.id);
      assert.equal(a.iso!.length, 2, a.id);
    }
    const kz = builtin.actors.get('kazakhstan')!;
    // The domain's entry, with the world's data under it.
    assert.equal(kz.origin.layer, 'builtin');
    assert.equal(kz.capital, 'Astana');
    assert.deepEqual(kz.iso, ['KZ', 'KAZ']);
    assert.ok(kz.demonyms!.includes('Kazakh'));
    const bt = builtin.actors.get('bhutan')!;
    assert.deepEqual(
      [bt.origin.layer, bt.kind, bt.capital, bt.wikidata, bt.demonyms],
      ['world', 'state', 'Thimphu', 'Q917', ['Bhutanese']],
    );
    // One entry per state: the world's Türkiye is the domain's Turkey.
    assert.equal(builtin.actors.get('turkiye'), undefined);
    assert.deepEqual(actors('Türkiye and Turkey.'), [
      ['turkey', 'Türkiye', 'name'],
      ['turkey', 'Turkey', 'name'],
    ]);
  });

  it('knows the main international organisations by name and acronym', () => {
    assert.deepEqual(actors('The IMF, the World Bank, ASEAN, the African Union and the G20 met; OPEC+ did not.'), [
      ['imf', 'IMF', 'name'],
      ['world-bank', 'World Bank', 'name'],
      ['asean', 'ASEAN', 'name'],
      ['african-union', 'African Union', 'name'],
      ['g20', 'G20', 'name'],
      ['opec', 'OPEC+', 'name'],
    ]);
  });

  it('is optional: without it only the domain is known', () => {
    const domainOnly = KnowledgeBase.build(builtinKnowledge({ world: false }));
    assert.deepEqual(actors('Bhutan and Russia; Russian troops.', { knowledge: domainOnly }), [['russia', 'Russia', 'name']]);
  });

  it('joins a user entry with the same Wikidata id, whose own fields win', () => {
    const mine = parseKnowledgeFile(
      'actors:\n  druk:\n    name: Druk Yul\n    kind: state\n    wikidata: Q917\n    description: Mine.\n',
      'mine.policy.yaml',
    );
    const kb = KnowledgeBase.build([...builtinKnowledge(), mine.source]);
    assert.equal(kb.actors.get('bhutan'), undefined);
    const druk = kb.actors.get('druk') as Actor;
    assert.deepEqual(
      [druk.name, druk.description, druk.origin.layer, druk.capital, druk.aliases.includes('Bhutan')],
      ['Druk Yul', 'Mine.', 'workspace', 'Thimphu', true],
    );
    assert.deepEqual(actors('Bhutan and the Bhutanese; Druk Yul.', { knowledge: kb }), [
      ['druk', 'Bhutan', 'name'],
      ['druk', 'Bhutanese', 'demonym'],
      ['druk', 'Druk Yul', 'name'],
    ]);
  });
});

describe('demonyms, capitals and names inside names', () => {
  it('counts a demonym as its own form of mention, plural included, but not inside a longer name', () => {
    const text = 'Turkish troops crossed; the Syrians fled. The Free Syrian Army stayed.';
    assert.deepEqual(actors(text), [
      ['turkey', 'Turkish', 'demonym'],
      ['syria', 'Syrians', 'demonym'],
    ]);
    assert.deepEqual(run(text).mentions[0]!.range, r(0, 0, 0, 7));
  });

  it('takes a capital for its government only where it acts, is owned or dealt with', () => {
    assert.deepEqual(actors('Ankara warned Baku. Ankara’s veto held. Talks between Ankara and Baku ended. Pressure from Ankara grew.'), [
      ['turkey', 'Ankara', 'capital'],
      ['azerbaijan', 'Baku', 'capital'],
      ['turkey', 'Ankara', 'capital'],
      ['turkey', 'Ankara', 'capital'],
      ['azerbaijan', 'Baku', 'capital'],
      ['turkey', 'Ankara', 'capital'],
    ]);
    // A place, not a government: not a mention, and not an unrecognised name either.
    const place = run('The delegates met in Ankara on Monday.');
    assert.deepEqual([place.mentions.length, place.unrecognized.length], [0, 0]);
  });

  it('tells the country Georgia from the US state, and Jordan and Chad from people', () => {
    assert.deepEqual(actors('Georgia applied to join the EU.'), [
      ['georgia', 'Georgia', 'name'],
      ['eu', 'EU', 'name'],
    ]);
    assert.deepEqual(actors('Voters in Georgia and Alabama lined up.'), []);
    assert.deepEqual(actors('The state of Georgia sued.'), []);
    assert.deepEqual(actors('Jordan closed its border. Michael Jordan played. Jordan Peterson spoke.'), [['jordan', 'Jordan', 'name']]);
    assert.deepEqual(actors('Troops left Chad. The reporter Chad Whitley wrote it.'), [['chad', 'Chad', 'name']]);
  });

  it('does not take a state for part of a longer place name', () => {
    assert.deepEqual(actors('Oil from the Niger Delta reached New Mexico and the Jordan River. Niger and Mexico objected.'), [
      ['niger', 'Niger', 'name'],
      ['mexico', 'Mexico', 'name'],
    ]);
    // Political qualifiers keep the state: "Soviet Russia" is still Russia.
    assert.deepEqual(actors('Soviet Russia fell.'), [
      ['soviet-union', 'Soviet', 'demonym'],
      ['russia', 'Russia', 'name'],
    ]);
  });

  it('tells Washington the government from the city, the state and the man', () => {
    assert.deepEqual(actors('Washington warned Tehran. George Washington crossed. Washington State voted. Officials in Washington met.'), [
      ['united-states', 'Washington', 'capital'],
      ['iran', 'Tehran', 'capital'],
    ]);
  });

  it('counts the actors named inside a longer name, while the longest name decides what stands there', () => {
    const text = 'The protests in Belarus and the Armenia-Azerbaijan conflict went on.';
    const a = run(text);
    assert.deepEqual(
      a.mentions.map((m) => [m.type, m.id, textOf(text, m)]),
      [
        ['event', 'belarus-protests-2020', 'protests in Belarus'],
        ['event', 'nagorno-karabakh-conflict', 'Armenia-Azerbaijan conflict'],
      ],
    );
    assert.deepEqual(
      a.innerMentions.map((m) => [m.id, textOf(text, m), m.range]),
      [
        ['belarus', 'Belarus', r(0, 16, 0, 23)],
        ['armenia', 'Armenia', r(0, 32, 0, 39)],
        ['azerbaijan', 'Azerbaijan', r(0, 40, 0, 50)],
      ],
    );
    assert.equal(mentionAt(a, 35)?.id, 'nagorno-karabakh-conflict');
  });
});
