import { strict as assert } from 'node:assert';
import { r, run, textOf } from './helpers';

const found = (text: string) => run(text).mentions.map((m) => [m.type, m.id, textOf(text, m)]);

describe('mentions', () => {
  it('finds names and aliases without markup, with exact ranges', () => {
    const text = 'The Kremlin sent troops.\nMoscow and Minsk agreed.';
    const a = run(text);
    assert.deepEqual(
      a.mentions.map((m) => [m.id, m.range]),
      [
        ['russia', r(0, 4, 0, 11)],
        ['russia', r(1, 0, 1, 6)],
        ['belarus', r(1, 11, 1, 16)],
      ],
    );
  });

  it('counts possessives, with straight and curly apostrophes', () => {
    assert.deepEqual(found("Russia's aims and Russia’s means."), [
      ['actor', 'russia', 'Russia'],
      ['actor', 'russia', 'Russia'],
    ]);
  });

  it('reads a word with letters outside ASCII whole: no name inside it, and names written with them', () => {
    const text = [
      '---',
      'actors:',
      '  cafe: {name: Café Noir, kind: group}',
      '---',
      'Russiaé is no name; Café Noir met Moscow officials, not Moscowé ones. Éire and Russia.',
    ].join('\n');
    assert.deepEqual(found(text), [
      ['actor', 'cafe', 'Café Noir'],
      ['actor', 'ireland', 'Éire'],
      ['actor', 'russia', 'Russia'],
    ]);
  });

  it('matches proper-noun aliases case-sensitively: "US" is the United States, "us" is not', () => {
    assert.deepEqual(found('The US told us nothing.'), [['actor', 'united-states', 'US']]);
    assert.deepEqual(found('The U.S. position.'), [['actor', 'united-states', 'U.S.']]);
  });

  it('matches concept terms case-insensitively, plurals included', () => {
    assert.deepEqual(found('Limited Sovereignty returns. So do colour revolutions.'), [
      ['concept', 'limited-sovereignty', 'Limited Sovereignty'],
      ['concept', 'colour-revolution', 'colour revolutions'],
    ]);
  });

  it('prefers the longest alias: an event over the actor its name starts with', () => {
    assert.deepEqual(found('After the CSTO activation, the CSTO left.'), [
      ['event', 'csto-kazakhstan-2022', 'CSTO activation'],
      ['actor', 'csto', 'CSTO'],
    ]);
    assert.deepEqual(found('The Brezhnev Doctrine, named after Brezhnev.'), [
      ['concept', 'brezhnev-doctrine', 'Brezhnev Doctrine'],
      ['actor', 'brezhnev', 'Brezhnev'],
    ]);
  });

  it('matches a multi-word alias across a line break', () => {
    assert.deepEqual(found('They spoke of limited\nsovereignty.'), [['concept', 'limited-sovereignty', 'limited\nsovereignty']]);
  });

  it('does not match inside longer words', () => {
    assert.deepEqual(found('Russias, Russiagate and Ukrainer.'), []);
  });

  it('ignores code spans, fenced code, front matter, URLs and HTML comments', () => {
    const text = [
      '---',
      'title: Russia in Kazakhstan',
      '---',
      'Use `Russia` here.',
      '```',
      'Russia',
      '```',
      'See https://example.org/Russia and <!-- Russia -->.',
      '',
      '    Russia (indented code)',
      '',
      'Belarus.',
    ].join('\n');
    assert.deepEqual(found(text), [['actor', 'belarus', 'Belarus']]);
  });

  it('reads explicit spans, which win over automatic mentions inside them', () => {
    const text = 'Then [the old empire]{.actor ref=soviet-union} and [Moscow]{.actor ref=russia} could meet.';
    const a = run(text);
    assert.deepEqual(
      a.mentions.map((m) => [m.id, m.explicit, textOf(text, m)]),
      [
        ['soviet-union', true, 'the old empire'],
        ['russia', true, 'Moscow'],
      ],
    );
    assert.deepEqual(a.diagnostics, []);
  });

  it('takes the outer span of nested entry spans, so mentions never overlap (found by fuzzing)', () => {
    const text = '[[Minsk]{.actor ref=belarus} and its ally]{.actor ref=russia} met.';
    assert.deepEqual(
      run(text).mentions.map((m) => [m.id, textOf(text, m)]),
      [['russia', '[Minsk]{.actor ref=belarus} and its ally']],
    );
  });

  it('resolves a span without ref by its text, and reports an unknown ref at the ref', () => {
    const text = '[Minsk]{.actor} and [them]{.actor ref=nobody}.';
    const a = run(text);
    assert.deepEqual(
      a.mentions.map((m) => m.id),
      ['belarus'],
    );
    assert.equal(a.diagnostics.length, 1);
    assert.equal(a.diagnostics[0]!.code, 'unknown-ref');
    assert.equal(a.diagnostics[0]!.severity, 'error');
    assert.deepEqual(a.diagnostics[0]!.range, r(0, 38, 0, 44));
    assert.equal(a.diagnostics[0]!.message, 'Unknown actor "nobody"');
  });

  it('finds mentions in headings, list items, quotes and footnote definitions', () => {
    const text = '# Georgia\n\n- Ukraine\n\n> Moldova\n\nText.[^1]\n\n[^1]: Armenia.';
    assert.deepEqual(
      found(text).map((m) => m[1]),
      ['georgia', 'ukraine', 'moldova', 'armenia'],
    );
  });
});
