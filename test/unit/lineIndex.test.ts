import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/core';

describe('LineIndex', () => {
  it('treats \\n, \\r\\n and a lone \\r as line breaks, as VS Code does', () => {
    const idx = new LineIndex('ab\r\ncd\ref\ngh');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(10), { line: 3, character: 0 });
    assert.equal(idx.lineEnd(0), 2);
    assert.equal(idx.lineEnd(1), 6);
  });

  it('round-trips offsets and clamps positions past a line end', () => {
    const text = 'first\nsecond line\n';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) assert.equal(idx.offsetAt(idx.positionAt(o)), o);
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 5);
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), text.length);
  });

  it('gives the same line in any order of lookups (it starts from the line it found last)', () => {
    const text = 'one\ntwo\r\n\nthree\rfour\n\n\nfive';
    // Each offset's line, counted by hand: the lines that start at or before it.
    const starts = [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length);
    const lineAt = (o: number) => starts.filter((p) => p <= o).length;
    const offsets = Array.from({ length: text.length + 3 }, (_, o) => o - 1);
    const orders = [offsets, [...offsets].reverse(), offsets.map((_, k) => offsets[(k * 7) % offsets.length]!)];
    for (const order of orders) {
      const idx = new LineIndex(text);
      for (const o of order) {
        const clamped = Math.max(0, Math.min(o, text.length));
        assert.equal(idx.lineOf(clamped), lineAt(clamped), `offset ${o}`);
      }
    }
  });

  it('counts characters in UTF-16 code units (an emoji is two)', () => {
    const idx = new LineIndex('a😀b');
    assert.deepEqual(idx.positionAt(3), { line: 0, character: 3 });
  });
});
