// What the editor's own gestures read from an analysis: folding, smart select, links, and every
// place a symbol is written (references, rename, highlights); Quarto's cross-references.
import { strict as assert } from 'node:assert';
import { documentLinks, foldingSpans, occurrencesIn, selectionSpans, symbolAt } from '../../src/core';
import { run, textOf } from './helpers';

const TEXT = [
  '---', // 0
  'title: Border notes',
  'references:',
  '  - id: brief',
  '    title: A briefing',
  'bibliography: refs.bib', // 5
  'actors:',
  '  envoy: {name: The Special Envoy, kind: person, aliases: [Special Envoy]}',
  'events:',
  '  summit: {title: Border summit, date: 2023-05-02, actors: [envoy, russia]}',
  '---', // 10
  '# First section',
  '',
  'The Special Envoy met [Moscow]{.actor ref=russia} officials [@brief]. See https://example.org/notes and [the notes](notes.policy.md).',
  '',
  '- one item', // 15
  '- two items',
  '',
  '## Sub',
  '',
  'Russia said it twice. Then the Special Envoy left.', // 20
  '',
  '# Second',
  '',
  '```text',
  'code', // 25
  '```',
  '',
  '<!-- policy-lens-disable -->',
  'Quiet text here.',
  '<!-- policy-lens-enable -->', // 30
  '',
].join('\n');

describe('structure of a document', () => {
  const a = run(TEXT, { readBibliography: () => ({ references: [] }) });
  const lines = (s: { start: number; end: number }) => [a.lines.lineOf(s.start), a.lines.lineOf(s.end)];

  it('folds front matter, sections by heading level, lists, fenced code and disabled regions', () => {
    assert.deepEqual(
      foldingSpans(a).map((f) => [f.kind, ...lines(f)]),
      [
        ['front-matter', 0, 10],
        ['section', 11, 20],
        ['list', 15, 16],
        ['section', 18, 20],
        ['section', 22, 30],
        ['code', 24, 26],
        ['region', 28, 30],
      ],
    );
  });

  it('hands out its blocks with their kinds, offsets and heading levels, before and after an incremental edit', () => {
    const text = [
      '# Title',
      '',
      'A paragraph',
      'on two lines.',
      '',
      '- item',
      '> quoted',
      '',
      '| a | b |',
      '',
      '[^n]: A note.',
      '',
      'Setext',
      '---',
    ].join('\n');
    const at = (s: string) => text.indexOf(s);
    const expected = [
      { kind: 'heading', start: 0, end: 7, level: 1 },
      { kind: 'paragraph', start: at('A paragraph'), end: at('on two lines.') + 13 },
      { kind: 'list-item', start: at('- item'), end: at('- item') + 6 },
      // A quotation's block starts after its marker.
      { kind: 'paragraph', start: at('quoted'), end: at('quoted') + 6 },
      { kind: 'table-row', start: at('| a'), end: at('| a') + 9 },
      { kind: 'footnote', start: at('[^n]'), end: at('[^n]') + 13 },
      { kind: 'heading', start: at('Setext'), end: at('Setext') + 6, level: 2 },
    ];
    const before = run(text);
    assert.deepEqual(before.blocks, expected);
    // A paragraph written before them all: the others are found in the previous analysis and moved.
    const after = run(`Intro.\n\n${text}`, { previous: before });
    assert.deepEqual(after.blocks, [
      { kind: 'paragraph', start: 0, end: 6 },
      ...expected.map((b) => ({ ...b, start: b.start + 8, end: b.end + 8 })),
    ]);
    assert.deepEqual(
      after.headings.map((h) => [h.level, h.text, h.start]),
      [
        [1, 'Title', 8],
        [2, 'Setext', at('Setext') + 8],
      ],
    );
    assert.deepEqual(
      after.footnotes.map((f) => [f.label, f.start]),
      [['n', at('[^n]') + 8]],
    );
  });

  it('grows a selection from a word to its sentence, paragraph and sections', () => {
    const offset = TEXT.indexOf('twice');
    assert.deepEqual(
      selectionSpans(a, offset).map((s) => textOf(TEXT, s).split('\n')[0]),
      ['twice', 'Russia said it twice.', 'Russia said it twice. Then the Special Envoy left.', '## Sub', '# First section'],
    );
    assert.deepEqual(selectionSpans(a, offset).slice(3).map(lines), [
      [18, 20],
      [11, 20],
    ]);
  });

  it('links URLs and other files in the body, and bibliography paths in the front matter', () => {
    assert.deepEqual(
      documentLinks(a).map((l) => [l.target, textOf(TEXT, l)]),
      [
        ['refs.bib', 'refs.bib'],
        ['https://example.org/notes', 'https://example.org/notes'],
        ['notes.policy.md', '[the notes](notes.policy.md)'],
      ],
    );
  });

  it('finds every place an entry is written: its definition, id lists, ref= attributes and mentions by name', () => {
    const at = (needle: string, k = 0) => TEXT.indexOf(needle) + k;
    assert.deepEqual(symbolAt(a, at('Special Envoy met')), { kind: 'entry', type: 'actor', id: 'envoy' });
    assert.deepEqual(symbolAt(a, at('envoy: {name')), { kind: 'entry', type: 'actor', id: 'envoy' });
    assert.deepEqual(symbolAt(a, at('envoy, russia')), { kind: 'entry', type: 'actor', id: 'envoy' });
    const envoy = occurrencesIn(a, { kind: 'entry', type: 'actor', id: 'envoy' });
    assert.deepEqual(
      envoy.map((o) => [o.role, a.lines.lineOf(o.start), textOf(TEXT, o), o.id && textOf(TEXT, o.id)]),
      [
        ['definition', 7, 'envoy', 'envoy'],
        ['reference', 9, 'envoy', 'envoy'],
        ['mention', 13, 'The Special Envoy', undefined],
        ['mention', 20, 'Special Envoy', undefined],
      ],
    );
    const russia = occurrencesIn(a, { kind: 'entry', type: 'actor', id: 'russia' });
    assert.deepEqual(
      russia.map((o) => [o.role, textOf(TEXT, o), o.id && textOf(TEXT, o.id)]),
      [
        ['reference', 'russia', 'russia'],
        ['reference', 'Moscow', 'russia'],
        ['mention', 'Russia', undefined],
      ],
    );
  });

  it('finds a citation key where it is cited and where it is defined', () => {
    assert.deepEqual(symbolAt(a, TEXT.indexOf('@brief') + 2), { kind: 'key', key: 'brief' });
    assert.deepEqual(symbolAt(a, TEXT.indexOf('id: brief') + 5), { kind: 'key', key: 'brief' });
    assert.deepEqual(
      occurrencesIn(a, { kind: 'key', key: 'brief' }).map((o) => [o.role, a.lines.lineOf(o.start), textOf(TEXT, o.id!)]),
      [
        ['definition', 3, 'brief'],
        ['citation', 13, 'brief'],
      ],
    );
  });
});

describe('Quarto documents', () => {
  const text = 'Exports fell by 40% in 2023 [@fig-exports].\n\nExports fell by 40% in 2023 [@brief].\n';
  it('never takes a cross-reference for a citation: it cites nothing and is no unknown key', () => {
    const quarto = run(text, { quartoCrossrefs: true });
    assert.deepEqual(
      quarto.citations.flatMap((c) => c.keys.map((k) => k.key)),
      ['brief'],
    );
    assert.deepEqual(
      quarto.claims.map((c) => c.cited),
      [false, true],
    );
    assert.deepEqual(
      quarto.diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['uncited-claim', 0],
        ['unknown-citation', 2],
      ],
    );
    const plain = run(text);
    assert.deepEqual(
      plain.diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['unknown-citation', 0],
        ['unknown-citation', 2],
      ],
    );
  });
});
