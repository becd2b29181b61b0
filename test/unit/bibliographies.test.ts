import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closestKeys, editDistance, parseBibliography, type BibliographyResult } from '../../src/core';
import { r, run } from './helpers';

const FIXTURES = join(__dirname, '../../../test/fixtures/bibliographies');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const byId = (result: BibliographyResult) => new Map(result.references.map((x) => [x.id, x]));

describe('BibTeX bibliographies', () => {
  const text = fixture('tricky.bib');
  const result = parseBibliography(text, 'tricky.bib');
  const refs = byId(result);

  it('reads every entry, skipping comments and @string definitions', () => {
    assert.deepEqual([...refs.keys()], ['durand2022', 'novak2021', 'proc2021', 'tsygankov2019']);
    assert.equal(result.problems, undefined);
    assert.equal(result.duplicates, undefined);
  });

  it('turns TeX accents and braces into text, and keeps corporate authors whole', () => {
    const d = refs.get('durand2022')!;
    assert.deepEqual(d.authors, ['Durand, Émilie', 'Müller, Jörg', 'NATO Defense College']);
    assert.equal(d.title, 'The CSTO in Kazakhstan: limited sovereignty revisited');
    assert.equal(refs.get('novak2021')!.authors[0], 'Novák, Petr');
  });

  it('expands @string macros and concatenation', () => {
    assert.equal(refs.get('durand2022')!.container, 'Carnegie Endowment for International Peace Papers');
  });

  it('inherits fields through crossref', () => {
    const n = refs.get('novak2021')!;
    assert.equal(n.year, '2021');
    assert.equal(n.container, 'Proceedings of the Workshop on Post-Soviet Security');
  });

  it('takes the year from a BibLaTeX date, and keeps DOI and URL', () => {
    assert.equal(refs.get('tsygankov2019')!.year, '2019');
    assert.equal(refs.get('durand2022')!.doi, '10.1234/csto.2022.1');
    assert.equal(refs.get('durand2022')!.url, 'http://example.org/insecure');
  });

  it('knows where each key is, for go to definition', () => {
    for (const ref of refs.values()) {
      const span = ref.origin.span!;
      assert.equal(text.slice(span.start, span.end), ref.id);
      assert.equal(ref.origin.file, 'tricky.bib');
    }
  });

  it('reports entries it cannot read and keys defined twice, and keeps the rest', () => {
    const broken = parseBibliography('@book{ok, title={Fine}}\n@book{ok, title={Again}}\n@misc{bad,\n  title = {unclosed\n', 'broken.bib');
    assert.deepEqual(
      broken.references.map((x) => x.id),
      ['ok', 'ok'],
    );
    assert.deepEqual(broken.duplicates, ['ok']);
    assert.equal(broken.problems?.length, 1);
    assert.equal(broken.problems![0]!, 'line 3: `@misc{` is never closed: the entry is not read');
  });

  it('never throws on text that is not BibTeX', () => {
    for (const junk of [
      '',
      '@',
      '@book{',
      '@book{a,',
      '{{{{',
      '@string{x = y # }',
      '\u0000\uFFFF',
      'plain prose',
      '@book{a, title = {\\unknowncommand{x}}}',
    ]) {
      const out = parseBibliography(junk, 'junk.bib');
      assert.ok(Array.isArray(out.references), junk);
    }
  });
});

describe('CSL bibliographies from reference managers', () => {
  it('reads a Zotero CSL-JSON export, with string dates and uppercase DOI and URL', () => {
    const refs = byId(parseBibliography(fixture('zotero.json'), 'zotero.json'));
    assert.deepEqual([...refs.keys()], ['http://zotero.org/users/12345/items/ABCD2345', 'putin2022']);
    const p = refs.get('putin2022')!;
    assert.deepEqual([p.authors, p.year, p.doi], [['Putin, Vladimir'], '2022', '10.5555/example.putin']);
    assert.equal(refs.get('http://zotero.org/users/12345/items/ABCD2345')!.year, '2022');
  });

  it('reads CSL-YAML under `references:`', () => {
    const refs = byId(parseBibliography(fixture('refs.yaml'), 'refs.yaml'));
    assert.deepEqual([...refs.keys()], ['brezhnev1968', 'durand2022']);
    assert.equal(refs.get('brezhnev1968')!.year, '1968');
  });
});

describe('bibliographies in an analysis', () => {
  const files: Record<string, string> = {
    'tricky.bib': fixture('tricky.bib'),
    'zotero.json': fixture('zotero.json'),
    'refs.yaml': fixture('refs.yaml'),
  };
  const readBibliography = (path: string) => parseBibliography(files[path] ?? '', path);

  it('checks keys against .bib, CSL-JSON and settings bibliographies together', () => {
    const text = '---\nbibliography: [tricky.bib]\n---\nA [@durand2022]. B [@putin2022]. C [@durand2021].';
    const a = run(text, { readBibliography, bibliographies: ['zotero.json'] });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.range, d.message]),
      [['unknown-citation', r(3, 37, 3, 47), 'Unknown citation key "@durand2021": it is in no bibliography of this file']],
    );
  });

  it('warns at the later bibliography when two define the same key', () => {
    const text = '---\nbibliography:\n  - tricky.bib\n  - refs.yaml\n---\nA [@durand2022].';
    const a = run(text, { readBibliography });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]),
      [
        [
          'duplicate-key',
          'warning',
          r(3, 4, 3, 13),
          'refs.yaml and tricky.bib both define the key "durand2022": keep one entry, or rename the other',
        ],
      ],
    );
  });

  it('reports keys defined twice in one file, and entries that could not be read', () => {
    const text = '---\nbibliography: broken.bib\n---\nA [@ok].';
    const a = run(text, {
      readBibliography: (p) => parseBibliography('@book{ok, title={A}}\n@book{ok, title={B}}\n@misc{bad,\n title = {x\n', p),
    });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.range]),
      [
        ['bibliography-not-found', 'warning', r(1, 14, 1, 24)],
        ['duplicate-key', 'warning', r(1, 14, 1, 24)],
      ],
    );
    assert.equal(a.diagnostics[1]!.message, 'broken.bib defines the key "ok" more than once');
  });

  it('puts problems of settings bibliographies at the start of the file', () => {
    const a = run('Text [@x].', {
      readBibliography: (p) => ({ references: [], error: `${p}: not found` }),
      bibliographies: ['/ws/refs.bib'],
    });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.range, d.message]),
      [['bibliography-not-found', r(0, 0, 0, 0), 'policyLens.bibliographies: /ws/refs.bib: not found']],
    );
  });
});

describe('locators for quotations (opt-in)', () => {
  const refs = '---\nreferences:\n  - id: k\n---\n';
  const locator = { severity: { 'missing-locator': 'warning' as const } };

  it('is off by default', () => {
    assert.deepEqual(run(refs + 'He said “we will stay” [@k].').diagnostics, []);
  });

  it('reports a quotation cited without a locator, at its citation', () => {
    const a = run(refs + 'He said “we will stay” [@k].', locator);
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]),
      [['missing-locator', 'warning', r(4, 23, 4, 27), 'Quotation cited without a locator: say where it is, e.g. [@key, p. 12]']],
    );
  });

  it('accepts page, chapter, section and bare-number locators, in brackets or after an in-text key', () => {
    for (const cite of ['[@k, p. 12]', '[@k, pp. 3-4]', '[@k, ch. 2]', '[@k, § 4]', '[@k 33]', '[see @k, para. 3]', '@k [p. 7]']) {
      assert.deepEqual(run(`${refs}He said “we will stay” ${cite}.`, locator).diagnostics, [], cite);
    }
  });

  it('leaves quotations cited by a footnote, and claims that are not quotations, alone', () => {
    assert.deepEqual(run(`${refs}He said “we will stay”.[^1]\n\n[^1]: Interview, p. 3 [@k].`, locator).diagnostics, []);
    assert.deepEqual(run(`${refs}Russia sent 70% of the troops [@k].`, locator).diagnostics, []);
  });
});

describe('closest citation keys', () => {
  it('measures edits, case-insensitively, counting a swap as one', () => {
    assert.equal(editDistance('umland2022', 'umland2022'), 0);
    assert.equal(editDistance('Umland2022', 'umland2022'), 0);
    assert.equal(editDistance('umland2022', 'umland2021'), 1);
    assert.equal(editDistance('umlnad2022', 'umland2022'), 1);
    assert.equal(editDistance('abc', ''), 3);
  });

  it('suggests up to three keys within reach, closest first', () => {
    const keys = ['umland2022', 'umland2021', 'umland2012', 'putin2022', 'kremlin2022'];
    assert.deepEqual(closestKeys('umland2023', keys), ['umland2021', 'umland2022', 'umland2012']);
    assert.deepEqual(closestKeys('zzzz', keys), []);
  });
});
