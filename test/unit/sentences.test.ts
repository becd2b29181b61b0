import { strict as assert } from 'node:assert';
import { run, textOf } from './helpers';

/** Every sentence is a claim when it is marked {.claim}: a way to see the sentence ranges. */
function sentences(body: string): string[] {
  const text = `[x]{.claim} ${body}`;
  const a = run(text, { claimSeverity: {} });
  // The first sentence holds the marker; the rest are found through statistic cues (digits).
  return a.claims.map((c) => textOf(text, c));
}

describe('sentence splitting', () => {
  it('does not break at abbreviations, initials or decimals', () => {
    const text = 'The U.S. sent 5 envoys. Dr. Smith met J. R. Jones on 3.5 days. Then 4 more came.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => textOf(text, c)),
      ['The U.S. sent 5 envoys.', 'Dr. Smith met J. R. Jones on 3.5 days.', 'Then 4 more came.'],
    );
  });

  it('does not break inside a quotation, and ends after its closing quote', () => {
    const text = 'He said, “We will stay. We will win.” Then 3 left. She wrote "One. Two." And 7 stayed.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => textOf(text, c)),
      ['He said, “We will stay. We will win.”', 'Then 3 left.', 'She wrote "One. Two."', 'And 7 stayed.'],
    );
  });

  it('keeps a citation or footnote right after the full stop with its sentence', () => {
    const text = 'Troops numbered 2,000.[^1] Russia sent 1,500. [@k] Others 500.\n\n[^1]: Source.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => [textOf(text, c), c.cited]),
      [
        ['Troops numbered 2,000.[^1]', true],
        ['Russia sent 1,500. [@k]', true],
        ['Others 500.', false],
      ],
    );
  });

  it('does not start a sentence in lower case ("approx. five")', () => {
    assert.deepEqual(sentences('It took approx. five days and 3 tries. Done 2.'), [
      '[x]{.claim} It took approx. five days and 3 tries.',
      'Done 2.',
    ]);
  });

  it('masks every ordered list marker, not only the first', () => {
    const text = '1. Tanks came.\n2. Then 6 planes.\n3) And 7 ships.';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => [textOf(text, c), c.range.start]),
      [
        ['Then 6 planes.', { line: 1, character: 3 }],
        ['And 7 ships.', { line: 2, character: 3 }],
      ],
    );
  });

  it('never runs a sentence across paragraphs, list items or headings', () => {
    const text = '- 5 tanks\n- 6 planes\n\n# 7 Days\n\n8 ships';
    const a = run(text);
    assert.deepEqual(
      a.claims.map((c) => textOf(text, c)),
      ['5 tanks', '6 planes', '8 ships'],
    );
  });
});
