import { strict as assert } from 'node:assert';
import { diagnosticsAt } from '../../src/core';
import { codes, r, run, textOf } from './helpers';

const refs = (...ids: string[]) => `---\nreferences:\n${ids.map((id) => `  - id: ${id}\n    title: T ${id}`).join('\n')}\n---\n`;

describe('citations', () => {
  it('reads Pandoc citation groups with prefixes, locators and suppressed authors', () => {
    const body = 'A [@a]. B [@a; @b, p. 4]. C [see @b]. D [-@a].';
    const a = run(refs('a', 'b') + body);
    const pandoc = a.citations.filter((c) => c.kind === 'pandoc');
    assert.deepEqual(
      pandoc.map((c) => c.keys.map((k) => k.key)),
      [['a'], ['a', 'b'], ['b'], ['a']],
    );
    // Key ranges exclude the @: line 7 is the body.
    assert.deepEqual(
      pandoc[1]!.keys.map((k) => k.range),
      [r(7, 12, 7, 13), r(7, 16, 7, 17)],
    );
    assert.deepEqual(pandoc[1]!.range, r(7, 10, 7, 24));
    assert.deepEqual(codes(a), []);
  });

  it('reads the keys of groups in and outside ASCII alike, and no group with an item that names none', () => {
    // The ASCII items are read by hand, the others by a regular expression: both give the same keys.
    const body = [
      'A [see @doe:2021.a, p. 4; -@müller2019; @{odd.key}; @b].',
      'B [see @çelik2020 ch. 2; @b].',
      'C [write to me@example.org; @b].',
      'D [@a @b; @c].',
    ].join(' ');
    const text = refs('a', 'b', 'c') + body;
    const found = run(text).citations.map((c) => [c.kind, textOf(text, c), c.keys.map((k) => [k.key, textOf(text, k), k.locator])]);
    assert.deepEqual(found, [
      [
        'pandoc',
        '[see @doe:2021.a, p. 4; -@müller2019; @{odd.key}; @b]',
        [
          ['doe:2021.a', 'doe:2021.a', true],
          ['müller2019', 'müller2019', false],
          ['odd.key', 'odd.key', false],
          ['b', 'b', false],
        ],
      ],
      [
        'pandoc',
        '[see @çelik2020 ch. 2; @b]',
        [
          ['çelik2020', 'çelik2020', true],
          ['b', 'b', false],
        ],
      ],
      // An e-mail address and an item with two keys make no group: the keys are read in the text.
      ['in-text', '@b', [['b', 'b', false]]],
      ['in-text', '@a', [['a', 'a', false]]],
      ['in-text', '@b', [['b', 'b', false]]],
      ['in-text', '@c', [['c', 'c', false]]],
    ]);
  });

  it('reads in-text citations, but not e-mail addresses or escaped @', () => {
    const text = refs('smith2020') + 'As @smith2020 shows, write to me@example.org or \\@nobody.';
    const a = run(text);
    assert.deepEqual(
      a.citations.map((c) => [c.kind, textOf(text, c)]),
      [['in-text', '@smith2020']],
    );
  });

  it('keeps internal punctuation in keys but not a trailing full stop', () => {
    const text = refs('doe:2021.a') + 'See @doe:2021.a.';
    assert.deepEqual(
      run(text).citations[0]!.keys.map((k) => k.key),
      ['doe:2021.a'],
    );
  });

  it('reports unknown keys at the key, as errors', () => {
    const text = refs('known') + 'Text [@known; @missing].';
    const a = run(text);
    const d = a.diagnostics.filter((x) => x.code === 'unknown-citation');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.severity, 'error');
    assert.deepEqual(d[0]!.range, r(5, 15, 5, 22));
    assert.equal(d[0]!.message, 'Unknown citation key "@missing": it is in no bibliography of this file');
  });

  it('reports 20,000 unknown keys in order after the front matter error, each at its key', () => {
    // Past 16,384 findings the diagnostics' list is made at its length: the same list either way.
    const head = '---\ntitle: [unclosed\n---\n';
    const text = head + '[@k] '.repeat(20_000);
    const a = run(text);
    assert.equal(a.diagnostics.length, 20_001);
    assert.equal(a.diagnostics[0]!.code, 'front-matter');
    const keys = a.diagnostics.slice(1);
    assert.ok(keys.every((d, i) => d.code === 'unknown-citation' && d.start === head.length + 5 * i + 2 && d.end === d.start + 1));
  });

  it('finds a diagnostic by its offsets, as a quick fix looks for it', () => {
    const text = refs('known') + '[Mystery Corp]{.actor} said 40% of the grain was lost. Costs rose [@known; @gone].';
    const a = run(text);
    const found = (start: number, end: number) => diagnosticsAt(a, start, end).map((d) => [d.code, textOf(text, d)]);
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, textOf(text, d)]),
      [
        ['uncited-claim', '[Mystery Corp]{.actor} said 40% of the grain was lost.'],
        ['unknown-ref', 'Mystery Corp'],
        ['unknown-citation', 'gone'],
      ],
    );
    for (const d of a.diagnostics) assert.deepEqual(found(d.start, d.end), [[d.code, textOf(text, d)]]);
    const [claim, ref] = a.diagnostics;
    assert.deepEqual(found(claim!.start, ref!.end), []);
    assert.deepEqual(found(ref!.start - 1, ref!.end), []);
  });

  it('reports inline references that are never cited as hints at their id', () => {
    const a = run(refs('used', 'unused') + 'Text [@used].');
    const d = a.diagnostics.filter((x) => x.code === 'unused-reference');
    assert.deepEqual(
      d.map((x) => [x.severity, x.range, x.message]),
      [['hint', r(4, 8, 4, 14), 'The reference "unused" is never cited']],
    );
  });

  it('does not report references listed in nocite', () => {
    const text = '---\nnocite: "@unused"\nreferences:\n  - id: unused\n---\nText.';
    assert.deepEqual(codes(run(text)), []);
  });

  it('checks footnote references against their definitions', () => {
    const text = 'One.[^1] Two.[^2]\n\n[^1]: A source.';
    const a = run(text);
    assert.deepEqual(
      a.citations.map((c) => [c.kind, c.label]),
      [
        ['footnote', '1'],
        ['footnote', '2'],
      ],
    );
    assert.deepEqual(
      a.footnotes.map((f) => [f.label, f.range]),
      [['1', r(2, 0, 2, 15)]],
    );
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.range]),
      [['undefined-footnote', r(0, 13, 0, 17)]],
    );
  });

  it('counts http(s) links, autolinks, reference links, bare URLs and inline notes, but not other links', () => {
    const text = [
      'A [report](https://example.org/r). B <https://example.org/x>. C [ref][src]. D https://example.org/y.',
      'E [local](notes.md). F ^[An inline note.]',
      '',
      '[src]: http://example.org/src',
    ].join('\n');
    const a = run(text);
    assert.deepEqual(
      a.citations.map((c) => [c.kind, c.url ?? null]),
      [
        ['link', 'https://example.org/r'],
        ['link', 'https://example.org/x'],
        ['link', 'http://example.org/src'],
        ['url', 'https://example.org/y'],
        ['inline-note', null],
      ],
    );
  });

  it('reads bibliographies through the host and reports the ones it cannot read', () => {
    const text = '---\nbibliography: [refs.json, missing.json]\n---\nText [@fromfile].';
    const a = run(text, {
      readBibliography: (path) =>
        path === 'refs.json'
          ? { references: [{ id: 'fromfile', authors: [], origin: { layer: 'workspace', file: 'refs.json' } }] }
          : { references: [], error: `${path}: not found` },
    });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]),
      [['bibliography-not-found', 'error', r(1, 26, 1, 38), 'missing.json: not found']],
    );
    assert.ok(a.references.has('fromfile'));
  });

  it('does not call keys unknown when a bibliography could not be checked', () => {
    const text = '---\nbibliography: [refs.bib, later.json]\n---\nText [@anything].';
    const a = run(text, {
      readBibliography: (p) => (p === 'refs.bib' ? { references: [], error: 'refs.bib: not found' } : { references: [], pending: true }),
    });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity]),
      [['bibliography-not-found', 'error']],
    );
    const loading = run(text, { readBibliography: () => ({ references: [], pending: true }) });
    assert.deepEqual(loading.diagnostics, []);
  });
});
