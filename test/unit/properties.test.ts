// Property-based tests of the engine over arbitrary and mutated analysis files (fast-check).
// Seeded; over 10,000 cases in all by default. More for a nightly run:
//   POLICY_LENS_FUZZ_RUNS=25 POLICY_LENS_FUZZ_SEED=random npm run test:unit -- --grep properties
// (RUNS multiplies the default counts; the seed in use is printed, so a failure can be replayed).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseBibliography, type Analysis } from '../../src/core';
import { claimKinds, claimKindsUnfiltered } from '../../src/core/claims';
import { run } from './helpers';

const multiplier = Number(process.env.POLICY_LENS_FUZZ_RUNS ?? 1);
const seedSetting = process.env.POLICY_LENS_FUZZ_SEED;
const seed = seedSetting === 'random' ? Date.now() : Number(seedSetting ?? 20261125);
const runs = (n: number) => Math.max(1, Math.round(n * multiplier));

const FRAGMENTS = [
  'Russia',
  'Moscow',
  'the Kremlin',
  'CSTO',
  'CSTO activation',
  'limited sovereignty',
  'colour revolutions',
  'US',
  'U.S.',
  'us',
  'said',
  'according to',
  'Scholars argue',
  'it is widely believed',
  '42%',
  '$5 million',
  '2022',
  'most of the forces',
  '1,000',
  '3.5',
  '[@key]',
  '[@a; @b, p. 4]',
  '[see @k]',
  '[-@k]',
  '@key',
  '@{weird key}',
  'me@example.org',
  '\\@esc',
  '[^1]',
  '[^1]: note',
  '^[inline]',
  '[x]{.claim}',
  '[y]{.opinion}',
  '[Minsk]{.actor ref=belarus}',
  '[z]{.actor ref=',
  '[w]{.concept}',
  ']{',
  '[link](https://example.org/a)',
  '[local](x.md)',
  '[ref][src]',
  '[src]: https://example.org/s',
  '<https://example.org/b>',
  'https://example.org/c).',
  '![img](i.png)',
  '<!-- policy-lens-disable-next-line -->',
  '<!-- policy-lens-disable uncited-claim -->',
  '<!-- policy-lens-enable -->',
  '<!-- policy-lens-disable-line -->',
  '<!--',
  '-->',
  '<b>',
  '</i>',
  '`',
  '``',
  '```',
  '~~~',
  '---',
  '...',
  '***',
  '===',
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '    ',
  '| a | b |',
  '|---|---|',
  '“',
  '”',
  '«',
  '»',
  '„',
  '"',
  '‘',
  '’',
  "'",
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  '\\',
  '*',
  '_',
  '.',
  '!',
  '?',
  '…',
  ';',
  ':',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  ' ',
  '\u00a0',
  '\uFEFF',
  '\u0000',
  'Россия',
  'Москва',
  'Кремль',
  'مرحبا بالعالم',
  'שלום',
  '\u200f',
  '\u202e',
  '😀',
  '👨‍👩‍👧',
  '🇰🇿',
  'e\u0301',
  'Ǆ',
  'ß',
  'İ',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  'title: x',
  'actors:\n  a: {name: A, aliases: [AA]}\n',
  'events:\n  e: {title: E, date: 2022-13-45, actors: [nobody]}\n',
  'concepts: [1, 2]',
  'references:\n  - id: k\n',
  'bibliography: refs.bib',
  '&a [*a, *a]',
  '!!js/function "x"',
  '__proto__: {p: 1}',
  'key: [unclosed',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const body = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
const documentText = fc.oneof(
  { weight: 3, arbitrary: body },
  { weight: 2, arbitrary: fc.tuple(body, body).map(([fm, b]) => `---\n${fm}\n---\n${b}`) },
  { weight: 1, arbitrary: fc.tuple(body, body).map(([fm, b]) => `---\n${fm}\n${b}`) },
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Every range inside the text, consistent with its offsets, and never between the halves of a surrogate pair. */
function checkRanges(text: string, a: Analysis): void {
  const spans = [
    ...a.mentions,
    ...a.claims,
    ...a.citations,
    ...a.diagnostics,
    ...a.headings,
    ...a.footnotes,
    ...a.citations.flatMap((c) => c.keys),
  ];
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} of ${text.length}`);
    assert.deepEqual(s.range, a.lines.range(s.start, s.end));
    for (const o of [s.start, s.end]) {
      assert.ok(
        !(o > 0 && o < text.length && isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))),
        `offset ${o} splits a surrogate pair`,
      );
    }
  }
  for (let i = 1; i < a.mentions.length; i++)
    assert.ok(a.mentions[i - 1]!.end <= a.mentions[i]!.start, 'mentions overlap or are out of order');
  for (let i = 1; i < a.claims.length; i++) assert.ok(a.claims[i - 1]!.end <= a.claims[i]!.start, 'claims overlap or are out of order');
}

/** What the analysis says, in positions (line/character), for comparing two texts. */
function shape(a: Analysis) {
  return {
    mentions: a.mentions.map((m) => [m.type, m.id, m.range, m.explicit]),
    claims: a.claims.map((c) => [c.kinds, c.range, c.cited]),
    citations: a.citations.map((c) => [c.kind, c.range, c.keys.map((k) => k.key)]),
    diagnostics: a.diagnostics.map((d) => [d.code, d.severity, d.range]),
    headings: a.headings.map((h) => [h.level, h.text]),
    blocks: a.blocks.map((b) => [b.kind, a.lines.positionAt(b.start), a.lines.positionAt(b.end), b.level]),
  };
}

/** Random edits of a real analysis file: insertions of fragments, deletions, replacements. */
const example = readFileSync('examples/limited-sovereignty.policy.md', 'utf8');
const mutated = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fragment), { minLength: 1, maxLength: 20 }).map((edits) =>
  edits.reduce((t, [at, del, ins]) => {
    const p = at % (t.length + 1);
    return t.slice(0, p) + ins + t.slice(Math.min(t.length, p + del));
  }, example),
);

describe('properties (fast-check)', function () {
  this.timeout(120_000);
  before(() => console.log(`      seed ${seed}, run multiplier ${multiplier}`));

  it('never throws, and keeps every range inside the text and on character boundaries', () => {
    fc.assert(
      fc.property(documentText, (text) => checkRanges(text, run(text))),
      { seed, numRuns: runs(3000) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(documentText, (text) => assert.deepEqual(shape(run(text)), shape(run(text)))),
      { seed: seed + 1, numRuns: runs(1000) },
    );
  });

  it('gives the same result for the LF and CRLF versions of a text', () => {
    fc.assert(
      fc.property(documentText, (raw) => {
        const lf = raw.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        assert.deepEqual(shape(run(crlf)), shape(run(lf)));
      }),
      { seed: seed + 2, numRuns: runs(3000) },
    );
  });

  it('gives the same result with and without the previous analysis (incremental = full)', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 30 }), fragment);
    fc.assert(
      fc.property(fc.oneof(documentText, mutated), fc.array(edit, { minLength: 1, maxLength: 4 }), (text, edits) => {
        let previous = run(text);
        let current = text;
        for (const [at, del, ins] of edits) {
          const p = at % (current.length + 1);
          current = current.slice(0, p) + ins + current.slice(Math.min(current.length, p + del));
          const incremental = run(current, { previous });
          assert.deepEqual(shape(incremental), shape(run(current)));
          assert.deepEqual(
            incremental.diagnostics.map((d) => d.message),
            run(current).diagnostics.map((d) => d.message),
          );
          previous = incremental;
        }
      }),
      { seed: seed + 4, numRuns: runs(1500) },
    );
  });

  it('survives random edits of a real analysis file', () => {
    fc.assert(
      fc.property(mutated, (text) => checkRanges(text, run(text))),
      { seed: seed + 3, numRuns: runs(3000) },
    );
  });

  it('reads any .bib text without throwing, with every key span on its key', () => {
    const bibPiece = fc.oneof(
      fc.constantFrom(
        '@article{',
        '@book{k,',
        '@string{s = {x}}',
        ' title = {',
        '}',
        '{',
        '"',
        ' # ',
        'author = {A and B},',
        "\\'e",
        '{\\"o}',
        '\\emph{',
        '@comment{',
        'crossref = {k}',
        '\n',
        ',',
        '=',
      ),
      fc.string({ maxLength: 8 }),
    );
    const bib = fc.array(bibPiece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(bib, (text) => {
        for (const r of parseBibliography(text, 'fuzz.bib').references) {
          if (r.origin.span) assert.equal(text.slice(r.origin.span.start, r.origin.span.end), r.id);
        }
      }),
      { seed: seed + 4, numRuns: runs(1500) },
    );
  });

  it('finds the same claim kinds with and without the trigger-word filter', () => {
    const vocabulary = [
      'said',
      'SAID',
      'Says',
      'according to',
      'in the words of',
      'as reported by',
      'is quoted',
      'quoted as',
      'in a statement',
      'spokeswoman',
      'emphasized',
      'scholars have long argued',
      'experts say',
      'it is widely believed',
      'it was said',
      'some people think',
      'many agree',
      'studies show',
      'widely regarded',
      'a few hundred',
      'one thousand',
      'several million',
      'hundreds of',
      'tens of thousands of',
      'most of the',
      'the vast majority of its',
      'one third of their',
      'two-thirds of those',
      'three quarters of all',
      'the lion’s share of these',
      'more than a dozen',
      'less than half',
      'doubled',
      'twice as many',
      'three times as',
      '70%',
      '12 per cent',
      '$5',
      '€ 40',
      '3 million',
      '1,200',
      '2022',
      '5 January',
      'Article 4',
      'the',
      'a',
      'it',
      'is',
      'Russia',
      'sent',
      'troops',
      '“',
      '”',
      '"',
      '«',
      '»',
      'é',
      'saidé',
      'xsaid',
      'said_',
      'ſaid',
      'Kelvin K',
      '٣',
      '½',
    ];
    const separators = [' ', ' ', ' ', '-', '', ',', '. ', '\n', '’', '_', 'é'];
    const sentence = fc
      .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 14 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ maxLength: 40 })), (text) =>
        assert.deepEqual(claimKinds(text), claimKindsUnfiltered(text), text),
      ),
      { seed: seed + 5, numRuns: runs(4000) },
    );
  });
});
