import { strict as assert } from 'node:assert';
import { r, run, textOf } from './helpers';

const kinds = (sentence: string) => run(sentence).claims.map((c) => c.kinds);

describe('claims', () => {
  it('flags a quotation attributed to a person, with both kinds and an exact range', () => {
    const text = 'Intro line.\nAfterwards Putin said the crisis concerned “all of us,” and troops came.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => [c.kinds, c.range, c.cited]),
      [[['quotation', 'attribution'], r(1, 0, 1, 72), false]],
    );
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]),
      [
        [
          'uncited-claim',
          'warning',
          r(1, 0, 1, 72),
          'Uncited claim (quotation: “all of us,”, attribution: “said”): cite a source, e.g. [@key], or mark it [...]{.opinion}',
        ],
      ],
    );
    assert.deepEqual(a.diagnostics[0]!.data?.kinds, ['quotation', 'attribution']);
    assert.deepEqual(
      a.diagnostics[0]!.data?.evidence?.map((e) => [e.kind, e.rule, e.text, e.start, e.end]),
      [
        ['quotation', 'quotation marks', '“all of us,”', 55, 67],
        ['attribution', 'reporting verb', 'said', 29, 33],
      ],
    );
  });

  it('flags long quotations without attribution, in every quote style, but not scare quotes', () => {
    assert.deepEqual(kinds('The slogan was “order first, then freedom for all”.'), [['quotation']]);
    assert.deepEqual(kinds('Le slogan était «l’ordre avant toute autre chose».'), [['quotation']]);
    assert.deepEqual(kinds('The motto: "we protect our allies always".'), [['quotation']]);
    assert.deepEqual(kinds('The so-called “pacifying” of the region.'), []);
    assert.deepEqual(kinds('A vision of “limited sovereignty” emerges.'), []);
  });

  it('flags reporting verbs and phrases as attribution', () => {
    assert.deepEqual(kinds('According to officials, the border is closed.'), [['attribution']]);
    assert.deepEqual(kinds('The ministry announced new drills.'), [['attribution']]);
    assert.deepEqual(kinds('Putin described it as a crisis that concerned “us all”.'), [['quotation', 'attribution']]);
    assert.deepEqual(kinds('The neighbouring states disagree.'), []);
  });

  it('flags numbers, percentages, money and quantifiers as statistics, but not a bare year or a date', () => {
    assert.deepEqual(kinds('Russia contributed most of the forces.'), [['statistic']]);
    assert.deepEqual(kinds('More than 100,000 people protested.'), [['statistic']]);
    assert.deepEqual(kinds('Turnout was 64%.'), [['statistic']]);
    assert.deepEqual(kinds('The loan was worth $1.5 billion.'), [['statistic']]);
    assert.deepEqual(kinds('Thousands of troops arrived.'), [['statistic']]);
    // A year or a date is no statistic; a dated action is a checkable fact.
    assert.deepEqual(kinds('It tried to balance its ties before 2020.'), [['fact']]);
    // A dated event is a checkable fact, not a statistic.
    assert.deepEqual(kinds('Troops left on 19 January 2022.'), [['fact']]);
    assert.deepEqual(kinds('Article 4 of the treaty applies.'), []);
    assert.deepEqual(kinds('The COVID-19 years and the G7 summit.'), []);
  });

  it('flags unsourced appeals to authority as weasel claims', () => {
    assert.deepEqual(kinds('This fits a pattern scholars have been arguing about for years.'), [['weasel']]);
    assert.deepEqual(kinds('Experts say the alliance is hollow.'), [['weasel']]);
    assert.deepEqual(kinds('It is widely believed that the deal failed.'), [['weasel']]);
  });

  it('does not flag sentences that are pure opinion', () => {
    for (const s of [
      'Moscow is essentially exporting its own model of rule abroad.',
      'In many ways, the Kremlin always wanted to imitate the West.',
      'The neighbourhood now faces a hierarchical order with Russia at the top.',
      'Failure to comply will bring a concerted response.',
    ]) {
      assert.deepEqual(run(s).claims, [], s);
    }
  });

  it('treats {.claim} spans as claims and never checks {.opinion} spans', () => {
    const text = 'Note that [the alliance is hollow]{.claim}. Yet [officials said 9 things]{.opinion}.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => [textOf(text, c), c.kinds]),
      [['Note that [the alliance is hollow]{.claim}.', ['explicit']]],
    );
  });

  it('counts a claim as cited when a citation stands in its sentence', () => {
    const text = '---\nreferences: [{id: k}]\n---\nPutin said “we are all in this together” [@k]. Analysts say 2 things.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => [c.cited, c.citations]),
      [
        [true, [0]],
        [false, []],
      ],
    );
  });

  it('takes the severity of the most severe configured kind, and none when all are off', () => {
    const text = 'The minister said 40 people were hurt.';
    assert.equal(run(text, { claimSeverity: { statistic: 'error' } }).diagnostics[0]!.severity, 'error');
    assert.equal(run(text, { claimSeverity: { statistic: 'hint', attribution: 'info' } }).diagnostics[0]!.severity, 'info');
    assert.deepEqual(run(text, { claimSeverity: { statistic: 'off', attribution: 'off' } }).diagnostics, []);
    assert.equal(run(text, { claimSeverity: { statistic: 'off', attribution: 'off' } }).claims.length, 1);
  });

  it('lets a code severity override turn a diagnostic off', () => {
    assert.deepEqual(run('Officials said so.', { severity: { 'uncited-claim': 'off' } }).diagnostics, []);
  });
});
