// Names the engine finds but does not know: which capitalised words are names, how their variants
// are grouped, and what kind is guessed. Every sentence here is written for the test.
import { strict as assert } from 'node:assert';
import { unrecognizedAt } from '../../src/core';
import { r, run } from './helpers';

/** [name, mentions, kind, variants] of each unrecognised name. */
function names(text: string): Array<[string, number, string, string[]]> {
  return run(text).unrecognized.map((u) => [u.name, u.mentions.length, u.kind ?? '', [...u.variants]]);
}

describe('unrecognised names', () => {
  it('finds multi-word names and names after titles, and groups a person’s variants', () => {
    const text = 'Senator Maria Okafor of Ohio spoke first. Later, Okafor asked Governor Okafor’s aide to leave.\n\nMaria Okafor left.';
    assert.deepEqual(names(text), [
      ['Maria Okafor', 4, 'person', ['Maria Okafor', 'Okafor']],
      ['Ohio', 1, '', ['Ohio']],
    ]);
    const first = run(text).unrecognized[0]!.mentions[0]!;
    assert.deepEqual([first.text, first.range], ['Maria Okafor', r(0, 8, 0, 20)]);
  });

  it('groups an acronym with the name its initials spell, and guesses an organisation', () => {
    assert.deepEqual(names('The Dunmore Water Authority (DWA) raised prices. Critics say the DWA ignored them.'), [
      ['Dunmore Water Authority', 3, 'organization', ['Dunmore Water Authority', 'DWA']],
    ]);
  });

  it('keeps "of" inside an institution’s name, but not after a person’s', () => {
    assert.deepEqual(names('The Ministry of Coastal Affairs replied. Mayor Ines Calder of Brookvale did not.'), [
      ['Brookvale', 1, '', ['Brookvale']],
      ['Ines Calder', 1, 'person', ['Ines Calder']],
      ['Ministry of Coastal Affairs', 1, 'organization', ['Ministry of Coastal Affairs']],
    ]);
  });

  it('does not join two names over "and", but keeps "&" inside one', () => {
    assert.deepEqual(names('The Ministry of Coastal Affairs and Maria Okafor thanked Harlow & Finch.'), [
      ['Harlow & Finch', 1, '', ['Harlow & Finch']],
      ['Maria Okafor', 1, '', ['Maria Okafor']],
      ['Ministry of Coastal Affairs', 1, 'organization', ['Ministry of Coastal Affairs']],
    ]);
  });

  it('keeps a known name and an article after "for" inside an institution’s name, and reads "a Dorset Liberal" as a description', () => {
    const text =
      'The Alliance for Chilean Farming and the Council for a Fair Budget asked Jo Reyes, a Dorset Liberal, and the Senate Liberals.';
    assert.deepEqual(names(text), [
      ['Alliance for Chilean Farming', 1, 'organization', ['Alliance for Chilean Farming']],
      ['Council for a Fair Budget', 1, 'organization', ['Council for a Fair Budget']],
      ['Jo Reyes', 1, '', ['Jo Reyes']],
      ['Senate Liberals', 1, 'organization', ['Senate Liberals']],
    ]);
  });

  it('takes a place word after a name into it ("Halvik camp"), and the bare name joins it', () => {
    assert.deepEqual(names('Aid reached the Halvik camp in May. Halvik now holds 9,000 people.'), [
      ['Halvik camp', 2, 'region', ['Halvik camp', 'Halvik']],
    ]);
  });

  it('does not take a word capitalised by its sentence, a month, a weekday, a pronoun or a title alone for a name', () => {
    assert.deepEqual(
      names('Tariffs rose in March. On Monday the President spoke. I’m sure. However, Prime Minister is a title. Critics agreed.'),
      [],
    );
    // ... unless the text also writes it capitalised mid-sentence.
    assert.deepEqual(names('Velmora exports grain. Traders say Velmora will not.'), [['Velmora', 2, '', ['Velmora']]]);
  });

  it('drops a common noun capitalised for emphasis when the text also writes it in lower case', () => {
    assert.deepEqual(names('The Regime said no. The regime has said no before.'), []);
  });

  it('counts names in headings only when the text names them elsewhere, and never in footnotes', () => {
    const text = '# Rising Tensions Over Halvik\n\nThe talks on Halvik failed.[^1]\n\n[^1]: Reported by Tom Brandt of the Daily Ledger.\n';
    assert.deepEqual(names(text), [['Halvik', 2, '', ['Halvik']]]);
  });

  it('trims a possessive and a lower-case suffix, and stops at a possessive', () => {
    assert.deepEqual(names('The Harrow-based Lintel Group’s report, and Lintel Group staff.'), [
      ['Lintel Group', 2, 'organization', ['Lintel Group']],
      ['Harrow', 1, '', ['Harrow']],
    ]);
  });

  it('keeps a known state inside an unknown name after "of", as a mention of its own', () => {
    const text = 'The Islamic Front of Chad claimed it.';
    const a = run(text);
    assert.deepEqual(names(text), [['Islamic Front of Chad', 1, 'group', ['Islamic Front of Chad']]]);
    assert.deepEqual(
      a.mentions.map((m) => m.id),
      ['chad'],
    );
  });

  it('takes no run longer than any name for one, however long, and still finds a name after a long run of titles', () => {
    assert.deepEqual(names('Yesterday Orbin Tessaly Varn Dusk Meral Quon Falb Tirr Hosk Wend met us.'), []);
    assert.deepEqual(names('Yesterday Orbin Tessaly Varn Dusk Meral Quon Falb Tirr met us.'), [
      ['Orbin Tessaly Varn Dusk Meral Quon Falb Tirr', 1, '', ['Orbin Tessaly Varn Dusk Meral Quon Falb Tirr']],
    ]);
    // Eleven titles and modifiers before the name: only the words judged to be the name count.
    assert.deepEqual(
      names('Yesterday Former Deputy Foreign Minister Acting Chief Deputy Prime Minister Vice President Ines Calder resigned.'),
      [['Ines Calder', 1, 'person', ['Ines Calder']]],
    );
    // A run of 4,000 capitalised words (a title-cased line) ends, and the name after it is found.
    assert.deepEqual(names(`Yesterday ${'Orbin Tessaly '.repeat(2000)}met Ines Calder.`), [['Ines Calder', 1, '', ['Ines Calder']]]);
  });

  it('finds the name under the cursor, for the Add as actor action', () => {
    const text = 'Yesterday Maria Okafor resigned.';
    const a = run(text);
    assert.equal(unrecognizedAt(a, 12)?.name.name, 'Maria Okafor');
    assert.equal(unrecognizedAt(a, 3), undefined);
  });
});
