import { strict as assert } from 'node:assert';
import type { Analysis } from '../../src/core';
import { run } from './helpers';

const sample = [
  '---',
  'title: T',
  'references: [{id: k}]',
  '---',
  '# Kazakhstan',
  '',
  'Putin said the unrest concerned “all of us” [@k]. Scholars argue 3 things.',
  '',
  '- Minsk and Moscow[^1]',
  '',
  '[^1]: Note.',
].join('\n');

describe('bad and odd input', () => {
  it('gives the same result for CRLF and LF text', () => {
    const lf = run(sample);
    const crlf = run(sample.replace(/\n/g, '\r\n'));
    const shape = (a: ReturnType<typeof run>) => ({
      mentions: a.mentions.map((m) => [m.id, m.range]),
      claims: a.claims.map((c) => [c.kinds, c.range, c.cited]),
      diagnostics: a.diagnostics.map((d) => [d.code, d.range]),
    });
    assert.deepEqual(shape(crlf), shape(lf));
    assert.deepEqual(
      lf.mentions.map((m) => m.id),
      ['kazakhstan', 'putin', 'belarus', 'russia'],
    );
  });

  it('never throws on unterminated constructs, NUL bytes, lone surrogates or a BOM', () => {
    for (const text of [
      '\uFEFF---\ntitle: x\n---\nRussia.',
      '[[[[[[ [@ [^ `` ``` <!-- “ « " \\',
      'A\u0000B Russia\u0000.',
      '\uD800 Russia \uDC00 said 5.',
      '```\nnever closed',
      '[x]{.actor ref=',
      '@',
      '',
    ]) {
      assert.doesNotThrow(() => run(text), JSON.stringify(text));
    }
  });

  it('keeps every range inside the document', () => {
    const text = sample + '\n[tail]{.claim';
    const a = run(text);
    const last = a.lines.positionAt(text.length);
    for (const x of [...a.mentions, ...a.claims, ...a.citations, ...a.diagnostics]) {
      assert.ok(x.start >= 0 && x.end <= text.length && x.start <= x.end);
      assert.ok(x.range.end.line <= last.line);
    }
  });

  it('skips a text over the size limit with one clear diagnostic', () => {
    const a = run('Russia said 5. '.repeat(100), { maxSize: 1000 });
    assert.equal(a.skipped, 'too-large');
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.message]),
      [
        [
          'file-too-large',
          'info',
          'Not analysed: 1,500 characters is over the limit of 1,000 (setting policyLens.maxFileSize / --max-size)',
        ],
      ],
    );
    assert.deepEqual(a.mentions, []);
  });

  it('is deterministic', () => {
    assert.deepEqual(JSON.stringify(run(sample).diagnostics), JSON.stringify(run(sample).diagnostics));
  });

  it('hands out an analysis that cannot be changed, whose spans are built once, in steps or when read', () => {
    for (const spansInSteps of [false, true]) {
      const a = run(sample, { spansInSteps });
      assert.ok(Object.isFrozen(a));
      assert.throws(() => Object.assign(a, { diagnostics: [] }), TypeError);
      // The same lists on every read: views compare them, and nothing is built twice.
      for (const read of [
        (x: Analysis) => x.mentions,
        (x: Analysis) => x.claims,
        (x: Analysis) => x.citations,
        (x: Analysis) => x.unrecognized,
      ])
        assert.equal(read(a), read(a));
      assert.deepEqual(
        a.claims.map((c) => [c.start, c.end, c.kinds, c.cited]),
        run(sample, { spansInSteps: !spansInSteps }).claims.map((c) => [c.start, c.end, c.kinds, c.cited]),
      );
      assert.deepEqual(
        a.mentions.map((m) => [m.start, m.end, m.id]),
        [
          [41, 51, 'kazakhstan'],
          [53, 58, 'putin'],
          [131, 136, 'belarus'],
          [141, 147, 'russia'],
        ],
      );
    }
  });
});
