import { strict as assert } from 'node:assert';
import { escapeMarkdown } from '../../src/extension/escape';

describe('escaping untrusted text for hovers', () => {
  it('makes links, command links and HTML inert', () => {
    assert.equal(escapeMarkdown('[x](command:workbench.action.quit)'), '\\[x\\]\\(command:workbench.action.quit\\)');
    assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert\\(1\\)&gt;');
    assert.equal(escapeMarkdown('a & b'), 'a &amp; b');
  });

  it('escapes emphasis, code, headings and lists, and keeps spaces so text wraps', () => {
    assert.equal(escapeMarkdown('*bold* `code` _it_'), '\\*bold\\* \\`code\\` \\_it\\_');
    assert.equal(escapeMarkdown('# title'), '\\# title');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
    assert.equal(escapeMarkdown('two\nlines'), 'two lines');
  });
});
