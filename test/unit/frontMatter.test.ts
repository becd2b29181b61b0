import { strict as assert } from 'node:assert';
import { KnowledgeBase } from '../../src/core';
import { r, run } from './helpers';

const diags = (text: string) => run(text).diagnostics.map((d) => [d.code, d.severity, d.range, d.message]);

describe('front matter', () => {
  it('reads title, bibliography and the document knowledge, which wins over built-in knowledge', () => {
    const text = [
      '---',
      'title: A reading',
      'bibliography: [a.json, b.yaml]',
      'actors:',
      '  russia: {name: Russian Federation, kind: state, aliases: [RF]}',
      '  wagner: {name: Wagner Group, kind: group, aliases: [Wagner]}',
      '---',
      'The RF and Wagner, not Russia.',
    ].join('\n');
    const a = run(text);
    assert.equal(a.frontMatter?.title, 'A reading');
    assert.deepEqual(a.frontMatter?.bibliography, ['a.json', 'b.yaml']);
    assert.deepEqual(a.frontMatter?.range, r(0, 0, 6, 3));
    assert.deepEqual(
      a.mentions.map((m) => [m.id, m.range]),
      [
        ['russia', r(7, 4, 7, 6)],
        ['wagner', r(7, 11, 7, 17)],
      ],
    );
    assert.equal(a.knowledge.actors.get('russia')?.origin.layer, 'document');
  });

  it('reports a YAML syntax error at its exact position and still analyses the body', () => {
    const text = '---\ntitle: ok\nactors: [unclosed\n---\nRussia said 5 things.';
    const a = run(text);
    const fm = a.diagnostics.filter((d) => d.code === 'front-matter');
    assert.equal(fm.length, 1);
    assert.equal(fm[0]!.severity, 'error');
    assert.deepEqual(fm[0]!.range, r(2, 16, 2, 17));
    assert.match(fm[0]!.message, /^YAML syntax error in front matter: /);
    assert.deepEqual(
      a.mentions.map((m) => m.id),
      ['russia'],
    );
    assert.deepEqual(
      a.claims.map((c) => c.kinds),
      [['attribution', 'statistic']],
    );
  });

  it('reports schema errors one by one, each at its value', () => {
    const text = [
      '---',
      'actors:',
      '  nameless: {kind: state}',
      '  oddkind: {name: Odd, kind: planet}',
      'events:',
      '  badday: {title: Bad, date: 2022-13-45}',
      '  backwards: {title: Back, date: 2022-01-10, end: 2021-01-01}',
      '  who: {title: Who, actors: [russia, atlantis]}',
      'concepts: [not, a, map]',
      '---',
    ].join('\n');
    assert.deepEqual(diags(text), [
      ['front-matter', 'error', r(2, 2, 2, 10), 'The actor "nameless" has no `name`'],
      [
        'front-matter',
        'error',
        r(3, 29, 3, 35),
        'Unknown actor kind "planet": use one of state, organization, person, group, region, other',
      ],
      ['front-matter', 'error', r(5, 29, 5, 39), '`date` of event "badday" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "2022-13-45"'],
      ['front-matter', 'error', r(6, 50, 6, 60), '`end` (2021-01-01) of event "backwards" is before its `date` (2022-01-10)'],
      ['unknown-ref', 'error', r(7, 37, 7, 45), 'Unknown actor "atlantis" (in "who")'],
      ['front-matter', 'error', r(8, 10, 8, 23), '`concepts` must be a mapping from id to definition, not a list'],
    ]);
  });

  it('accepts a year, a month or a day as a date, and an end given as a month', () => {
    const text = '---\nevents:\n  y: {title: Y, date: 2022}\n  m: {title: M, date: 2022-01-02, end: 2022-01}\n---\n';
    assert.deepEqual(diags(text), []);
  });

  it('warns about an id defined twice and an alias shared by two of its entries', () => {
    const text = [
      '---',
      'actors:',
      '  a: {name: Alpha, aliases: [AB]}',
      '  b: {name: Beta, aliases: [AB]}',
      '  c: {name: Gamma}',
      '  c: {name: Gamma again}',
      '---',
      'We compare AB with Gamma again.',
    ].join('\n');
    assert.deepEqual(diags(text), [
      ['ambiguous-alias', 'warning', r(3, 2, 3, 3), '"AB" also names the actor "a" (Alpha); mentions of it go to "a"'],
      ['duplicate-id', 'warning', r(5, 2, 5, 3), 'The actor id "c" is defined twice in this file; the last definition wins'],
    ]);
    assert.deepEqual(
      run(text).mentions.map((m) => m.id),
      ['a', 'c'],
    );
  });

  it('reports an unclosed front matter and analyses everything after the first line', () => {
    const text = '---\ntitle: never closed\nRussia said it.';
    const a = run(text);
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.range]),
      [
        ['front-matter', r(0, 0, 0, 3)],
        ['uncited-claim', r(1, 0, 2, 15)],
      ],
    );
    assert.equal(a.frontMatter, undefined);
  });

  it('reports a front matter that is not a mapping', () => {
    assert.deepEqual(diags('---\n- a\n- b\n---\nText.'), [
      ['front-matter', 'error', r(1, 0, 2, 3), 'The front matter must be a YAML mapping, not a list'],
    ]);
  });

  it('rejects an alias bomb quickly without throwing, and keeps __proto__ keys inert', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      '---',
      'Body.',
    ].join('\n');
    const t0 = Date.now();
    const a = run(bomb);
    assert.ok(Date.now() - t0 < 1000);
    assert.equal(a.frontMatter?.data, undefined);
    const proto = run('---\n__proto__: {polluted: true}\nactors:\n  __proto__: {name: Proto}\n---\nProto.');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(
      proto.mentions.map((m) => m.id),
      ['__proto__'],
    );
  });

  it('does not treat a leading thematic break as front matter', () => {
    const a = run('---\n\nRussia.');
    assert.equal(a.frontMatter, undefined);
    assert.deepEqual(
      a.mentions.map((m) => m.id),
      ['russia'],
    );
  });

  it('reuses an unchanged front matter but finds the body in the new text', () => {
    const before = run('---\ntitle: x\n---');
    const after = run('---\ntitle: x\n---\nRussia said 5 things.', { previous: before });
    assert.deepEqual(
      after.claims.map((c) => [c.kinds, c.range]),
      [[['attribution', 'statistic'], r(3, 0, 3, 21)]],
    );
    assert.deepEqual(
      after.mentions.map((m) => m.id),
      ['russia'],
    );
  });

  it('analyses with no knowledge at all when none is given', () => {
    const a = run('Russia.', { knowledge: KnowledgeBase.empty });
    assert.deepEqual(a.mentions, []);
  });
});

describe('front matter knowledge keys', () => {
  it('says where actors, events and concepts are, and whether an entry can go under them', () => {
    const a = run('---\ntitle: x\nactors: # ours\n  a: {name: A, kind: other}\nevents: {e: {title: E}}\nconcepts:\n---\nText.\n');
    assert.deepEqual(a.frontMatter?.sections, {
      actors: { line: 2, block: true },
      events: { line: 4, block: false },
      concepts: { line: 5, block: true },
    });
    assert.equal(run('---\ntitle: t\n---\nText.\n').frontMatter?.sections, undefined);
  });
});
