// The cases of the no-hang issue, each from the project's own generators (scripts/bench/hostile.ts):
// the exact result on a hostile input, where the growth test (growth.fuzz.ts) checks the time.
import { strict as assert } from 'node:assert';
import { KnowledgeBase, parseBibliography, parseKnowledgeFile } from '../../src/core';
import { bibtexCrossrefChain, bibtexStringBomb, HOSTILE } from '../../scripts/bench/hostile';
import { run } from './helpers';

const family = (name: string) => HOSTILE.find((f) => f.name === name)!;

describe('hostile bibliographies', () => {
  it('refuses @string macros that double at each level, naming the first one too long', () => {
    const out = parseBibliography(bibtexStringBomb(40), 'bomb.bib');
    assert.deepEqual(out.references, []);
    // "lol" doubled 15 times is 98,304 characters.
    assert.equal(
      out.error,
      'bomb.bib: `@string{s15}` expands to over 65,536 characters (macros that double at each level): the file is not read',
    );
  });

  it('reads a file of stray @ signs as a file without entries', () => {
    const out = parseBibliography(family('bibtex: @ signs').make(20_000).text, 'at.bib');
    assert.deepEqual([out.references, out.problems, out.error], [[], undefined, undefined]);
  });

  it('reads the entries after a run of unclosed ones, and names the first unclosed line', () => {
    const out = parseBibliography('@misc{a{\n@misc{b{\n@misc{ok, title = {Fine}}\n', 'unclosed.bib');
    assert.deepEqual(
      out.references.map((r) => r.id),
      ['ok'],
    );
    assert.deepEqual(out.problems, [
      'line 1: `@misc{` is never closed: the entry is not read',
      'line 2: `@misc{` is never closed: the entry is not read',
    ]);
  });

  it('does not apply crossrefs deeper than 8 levels, and says so', () => {
    const out = parseBibliography(bibtexCrossrefChain(20), 'chain.bib');
    assert.equal(out.references.length, 21);
    assert.deepEqual(out.problems, ['the crossrefs from `c0` go 20 levels deep, over 8: crossrefs are not applied in this file']);
    // A chain within the limit is applied: c0 inherits the title of its parent.
    const short = parseBibliography(bibtexCrossrefChain(3), 'short.bib');
    assert.equal(short.problems, undefined);
    assert.equal(short.references.find((r) => r.id === 'c0')?.title, 'End');
  });

  it('does not apply circular crossrefs', () => {
    const out = parseBibliography('@misc{a, crossref = {b}}\n@misc{b, crossref = {a}, title = {B}}\n', 'circle.bib');
    assert.deepEqual(
      out.references.map((r) => r.id),
      ['a', 'b'],
    );
    assert.deepEqual(out.problems, ['the crossrefs of `a` go round in a circle: crossrefs are not applied in this file']);
  });

  it('reads a NUL inside a @string value after the first 8 KB as a space', () => {
    const text = `${'%'.repeat(9000)}\n@string{pub = {Carnegie\u0000Endowment}}\n@misc{k, publisher = pub, title = {T}}\n`;
    const out = parseBibliography(text, 'nul.bib');
    assert.deepEqual(
      out.references.map((r) => [r.id, r.title]),
      [['k', 'T']],
    );
  });
});

describe('hostile analysis files', () => {
  it('trims a URL followed by thousands of closing parens to the URL', () => {
    const a = run(family('URL then closing parens').make(5000).text);
    assert.deepEqual(
      a.citations.map((c) => [c.kind, c.url]),
      [['url', 'https://example.org/a']],
    );
  });

  it('reads a citation group with a long run of spaces as a citation without a locator', () => {
    const a = run(family('citation locator, spaces').make(5000).text);
    assert.deepEqual(
      a.citations.map((c) => [c.kind, c.keys.map((k) => [k.key, k.locator ?? false])]),
      [['pandoc', [['a', false]]]],
    );
  });

  it('keeps "#x" after spaces as part of a heading (it is no closing sequence)', () => {
    const text = family('heading, spaces then #x').make(5000).text;
    assert.equal(run(text).headings[0]!.text, 'a #x');
  });

  it('reads the attributes of a span whose braces hold one long word, and its classes and ref around it', () => {
    assert.deepEqual(
      run(family('span attributes, letters').make(5000).text).diagnostics.map((d) => d.code),
      [],
    );
    const a = run('[Minsk]{bbbbbbbb .actor x=1 ref="belarus" #id}\n');
    assert.deepEqual(
      a.mentions.map((m) => [m.id, m.explicit]),
      [['belarus', true]],
    );
  });

  it('finds no link in thousands of unclosed link destinations', () => {
    assert.deepEqual(run(family('unclosed link destinations').make(4000).text).citations, []);
  });

  it('applies thousands of suppression comments, each from where it stands', () => {
    const a = run(family('suppression comments').make(20_000).text);
    // Odd lines disable everything; even lines hold a claim, then enable claims again after it:
    // so only the claim of line 0, before the first disable, is reported.
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.range.start.line]),
      [['uncited-claim', 0]],
    );
  });

  it('resolves spans without ref against thousands of aliases, by name', () => {
    const file = parseKnowledgeFile(family('actor spans without ref, many aliases').make(300_000).knowledge!, 'many.policy.yaml');
    assert.equal(file.source.entries.length, 1000);
    const knowledge = KnowledgeBase.build([file.source]);
    const a = run('[Alias 7]{.actor} met [Actor Number 999]{.actor} and [nobody]{.actor}.\n', { knowledge });
    assert.deepEqual(
      a.mentions.map((m) => m.id),
      ['a7', 'a999'],
    );
    assert.deepEqual(
      a.diagnostics.filter((d) => d.code === 'unknown-ref').map((d) => d.message),
      ['No actor is named "nobody": add ref=id or define it'],
    );
  });

  it('finds the longest of thousands of aliases that share their first word', () => {
    const file = parseKnowledgeFile(family('aliases sharing a first word').make(300_000).knowledge!, 'the.policy.yaml');
    const a = run('The Group 12 and The Group 1999 met The Group.\n', { knowledge: KnowledgeBase.build([file.source]) });
    assert.deepEqual(
      a.mentions.map((m) => [m.id, m.start, m.end]),
      [
        ['a12', 0, 12],
        ['a1999', 17, 31],
      ],
    );
  });
});
