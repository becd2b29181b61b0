import { strict as assert } from 'node:assert';
import { run } from './helpers';

const lines = (text: string) => run(text).diagnostics.map((d) => `${d.code}@${d.range.start.line}`);

describe('suppression comments', () => {
  it('disable-next-line silences the line after the comment, for the codes named or all', () => {
    const text = ['<!-- policy-lens-disable-next-line uncited-claim -->', 'Officials said 5.', '', 'Officials said 6.'].join('\n');
    assert.deepEqual(lines(text), ['uncited-claim@3']);
    const other = ['<!-- policy-lens-disable-next-line unknown-ref -->', 'Officials said 5.'].join('\n');
    assert.deepEqual(lines(other), ['uncited-claim@1']);
  });

  it('disable-line silences its own line', () => {
    assert.deepEqual(lines('Officials said 5. <!-- policy-lens-disable-line -->\n\nOfficials said 6.'), ['uncited-claim@2']);
  });

  it('disable ... enable silences a region', () => {
    const text = [
      'Officials said 1.',
      '',
      '<!-- policy-lens-disable uncited-claim -->',
      'Officials said 2.',
      '',
      '<!-- policy-lens-enable -->',
      'Officials said 3.',
    ].join('\n');
    assert.deepEqual(lines(text), ['uncited-claim@0', 'uncited-claim@6']);
  });

  it('ignores ordinary comments', () => {
    assert.deepEqual(lines('<!-- a note -->\nOfficials said 5.'), ['uncited-claim@1']);
  });
});
