// The claim rules of issue 11, each with sentences written for these tests.
import { strict as assert } from 'node:assert';
import { r, run } from './helpers';

/** Each claim's kinds and, per kind, the words that made it one. */
const why = (text: string) => run(text).claims.map((c) => c.evidence.map((e) => `${e.kind}: ${e.text}`));
const kinds = (text: string) => run(text).claims.map((c) => c.kinds);

describe('claim rules: unnamed and inverted sources', () => {
  it('flags hearsay adverbs and passive hearsay with the words that made them claims', () => {
    assert.deepEqual(why('The envoy reportedly carried a second letter.'), [['weasel: reportedly']]);
    assert.deepEqual(why('The militia allegedly shelled the depot.'), [['weasel: allegedly']]);
    assert.deepEqual(why('The pipeline supposedly runs at half capacity.'), [['weasel: supposedly']]);
    assert.deepEqual(why('The general is said to favour a longer deployment.'), [['weasel: said to']]);
    assert.deepEqual(why('Several ministers are believed to oppose the plan.'), [['weasel: believed to']]);
    assert.deepEqual(why('Both parties have been accused of vote buying.'), [['weasel: accused of']]);
    assert.deepEqual(why('The central bank is expected to cut rates next week.'), [['weasel: expected to']]);
  });

  it('flags unnamed groups as sources, in either order, and unnamed studies and proverbs', () => {
    assert.deepEqual(why('Critics say the treaty was rushed.'), [['weasel: Critics say']]);
    assert.deepEqual(why('Backers of the levy say it protects local mills.'), [['weasel: Backers of the levy say']]);
    assert.deepEqual(why('The reform, say economists, will raise prices.'), [['weasel: say economists']]);
    assert.deepEqual(why('Most analysts, however, argue that the ceasefire is fragile.'), [['weasel: Most analysts, however, argue']]);
    assert.deepEqual(why('Officials told reporters the border would reopen.'), [['weasel: Officials told']]);
    assert.deepEqual(why('A recent poll puts the ruling party far ahead.'), [['weasel: recent poll']]);
    assert.deepEqual(why('Studies have shown that sanctions rarely change regimes.'), [['weasel: Studies have shown']]);
    assert.deepEqual(why('Cheaper grain will calm the cities, the thinking goes.'), [['weasel: thinking goes']]);
  });

  it('does not take a named group or a plain verb for an unnamed source', () => {
    assert.deepEqual(kinds('Those critics had no seat at the table.'), []);
    assert.deepEqual(kinds('Many voters agree to wait for the count.'), []);
  });
});

describe('claim rules: reporting verbs as a lexicon', () => {
  it('flags reporting verbs in every inflection, used as verbs', () => {
    assert.deepEqual(why('The ombudsman accused the police of negligence.'), [['attribution: accused']]);
    assert.deepEqual(why('The auditors assessed the damage at a fraction of the claim.'), [['attribution: assessed']]);
    assert.deepEqual(why('The senator called for an inquiry.'), [['attribution: called for']]);
    assert.deepEqual(why('The minister conceded the figures were wrong.'), [['attribution: conceded']]);
    assert.deepEqual(why('The governor summed up the mood in one line.'), [['attribution: summed up']]);
    assert.deepEqual(why('The opposition leader urged calm.'), [['attribution: urged']]);
    assert.deepEqual(why('The Latvian government considers the vote illegal.'), [['attribution: considers']]);
    assert.deepEqual(why('Tokayev maintains that the troops came by invitation.'), [['attribution: maintains']]);
    assert.deepEqual(why('Some advertisers claim to respect the choice of the user.'), [['weasel: Some advertisers claim']]);
  });

  it('does not flag the same words as nouns, adjectives or idioms', () => {
    assert.deepEqual(kinds('The gap between declared and actual policy is wide.'), []);
    assert.deepEqual(kinds('It cannot be denied that the plan is bold.'), []);
    assert.deepEqual(kinds('The most telling detail is the timing.'), []);
    assert.deepEqual(kinds('Its claims of neutrality ring hollow.'), []);
    assert.deepEqual(kinds('I argue that the alliance is a facade.'), []);
  });
});

describe('claim rules: block quotations', () => {
  it('reads a block quotation as one claim, marks or not, covered by a citation after its last sentence', () => {
    const text =
      'The decree reads:\n\n> The service shall defend the order. It shall answer to the council alone.\n\nAfter it came the purge.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => [c.kinds, c.range, c.cited]),
      [[['quotation'], r(2, 2, 2, 75), false]],
    );
    const cited = run('> The service shall defend the order. It shall answer to the council alone. [@decree]');
    assert.deepEqual(
      cited.claims.map((c) => [c.kinds, c.cited]),
      [[['quotation'], true]],
    );
    assert.deepEqual(
      cited.diagnostics.filter((d) => d.code === 'uncited-claim'),
      [],
    );
  });
});

describe('claim rules: fewer false alarms', () => {
  it('does not take "according to" a view or a plan for a source', () => {
    assert.deepEqual(kinds('According to this view, small states must pick a patron.'), []);
    assert.deepEqual(kinds('The rollout went according to plan.'), []);
    assert.deepEqual(kinds("Nothing went according to the ministry's plan."), []);
    assert.deepEqual(why('According to the ministry, the rollout is complete.'), [['attribution: According to']]);
  });

  it("does not count vague quantities in the author's own what-ifs", () => {
    assert.deepEqual(kinds('A second war could displace tens of thousands of people.'), []);
    assert.deepEqual(kinds('If the rouble fell, millions of savers would suffer.'), []);
    assert.deepEqual(why('Tens of thousands of people fled the valley.'), [['statistic: Tens of thousands of']]);
  });

  it('skips headings and bold one-line pseudo-headings', () => {
    assert.deepEqual(kinds('# Moscow said no\n\n**Critics say the treaty was rushed**\n\nNothing else.'), []);
  });
});

describe('claim rules: checkable facts', () => {
  it('flags dated actions, with the date as the evidence', () => {
    assert.deepEqual(why('In 2008 the alliance opened a transit route through the south.'), [['fact: 2008']]);
    assert.deepEqual(why('On 6 January the first units landed at the airport.'), [['fact: 6 January']]);
    assert.deepEqual(why('The committee approved the budget last month.'), [['fact: last month']]);
  });

  it('flags named actors doing things, known or not', () => {
    assert.deepEqual(why('Gazprom cut deliveries to its neighbour.'), [['fact: Gazprom cut']]);
    assert.deepEqual(why('After the vote, Lukashenko closed the border crossings.'), [['fact: Lukashenko closed']]);
    assert.deepEqual(why('The Acme Shipping Company has suspended its Black Sea routes.'), [['fact: Acme Shipping Company has suspended']]);
    assert.deepEqual(why('Unlike its rivals, it opened its archive to researchers.'), [['fact: it opened']]);
    assert.deepEqual(why('Meridian Bank regularly finances the port authority.'), [['fact: Meridian Bank regularly finances']]);
  });

  it('flags a mention of a known event in a plain statement', () => {
    assert.deepEqual(why('The Rose Revolution ended a long stalemate.'), [['fact: Rose Revolution']]);
  });

  it("leaves analysis, opinion, prediction, questions, advice and the author's experience unflagged", () => {
    for (const s of [
      'Russia would gain little from another war.',
      'Moscow will probably wait for the election.',
      'Did the Kremlin misread its ally?',
      'Consider how the treaty limits Minsk.',
      'I visited Almaty and found the mood calm.',
      'Kazakhstan seems content with the arrangement.',
      'The alliance remains a paper tiger.',
      'In many ways, the Kremlin always wanted to be feared.',
    ]) {
      assert.deepEqual(kinds(s), [], s);
    }
  });

  it('keeps a fact stated before the opinion that follows it', () => {
    assert.deepEqual(why('In May the three leaders signed a treaty that will enter into force next year.'), [['fact: May']]);
  });
});

describe('claim rules: severity, overruling and messages of the fact kind', () => {
  const text = 'Gazprom cut deliveries to its neighbour.';

  it('says which words made it a fact, in the message and the data', () => {
    const [d] = run(text).diagnostics;
    assert.equal(d!.message, 'Uncited claim (checkable fact: “Gazprom cut”): cite a source, e.g. [@key], or mark it [...]{.opinion}');
    assert.deepEqual(
      d!.data?.evidence?.map((e) => [e.kind, e.rule, e.start, e.end]),
      [['fact', 'actor and action', 0, 11]],
    );
  });

  it('has its own severity: shown by default, set or turned off alone', () => {
    assert.equal(run(text).diagnostics[0]!.severity, 'warning');
    assert.equal(run(text, { claimSeverity: { fact: 'info' } }).diagnostics[0]!.severity, 'info');
    assert.deepEqual(run(text, { claimSeverity: { fact: 'off' } }).diagnostics, []);
    assert.equal(run(text, { claimSeverity: { fact: 'off' } }).claims.length, 1);
  });

  it('is overruled by an opinion span or a suppression comment, as every kind is', () => {
    assert.deepEqual(run(`[${text}]{.opinion}`).claims, []);
    assert.deepEqual(run(`<!-- policy-lens-disable-next-line uncited-claim -->\n${text}`).diagnostics, []);
  });
});
