// The TextMate grammar, tokenized by VS Code's own engine (vscode-textmate + Oniguruma).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const files: Record<string, string> = {
  'text.html.markdown.policy': 'syntaxes/policy-analysis.tmLanguage.json',
  'markdown.policy.injection': 'syntaxes/policy-analysis.injection.tmLanguage.json',
  'text.html.markdown': 'test/fixtures/markdown-stub.tmLanguage.json',
};

let grammar: textmate.IGrammar;

/** [text, scopes added by our grammars] for each token of `line`, skipping tokens with none. */
function tokens(lines: string[]): Array<[string, string[]]> {
  let state = textmate.INITIAL;
  const out: Array<[string, string[]]> = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const ours = t.scopes
        .slice(1)
        .filter(
          (s) =>
            s.endsWith('.policy') ||
            s.endsWith('.policy-lens') ||
            s.startsWith('meta.embedded') ||
            s.startsWith('comment') ||
            s.startsWith('markup.inline'),
        );
      if (ours.length) out.push([line.slice(t.startIndex, t.endIndex), ours]);
    }
    state = r.ruleStack;
  }
  return out;
}

const scopeOf = (lines: string[], text: string) => tokens(lines).find(([t]) => t === text)?.[1];

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = readFileSync(createRequire(__filename).resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scope) => (files[scope] ? textmate.parseRawGrammar(readFileSync(files[scope]!, 'utf8'), files[scope]) : null),
      getInjections: (scope) => (scope === 'text.html.markdown.policy' ? ['markdown.policy.injection'] : undefined),
    });
    grammar = (await registry.loadGrammar('text.html.markdown.policy'))!;
  });

  it('scopes Pandoc citation groups, keys, separators and author suppression', () => {
    const line = ['Text [see @doe:2021, p. 4; -@smith] end.'];
    assert.deepEqual(scopeOf(line, 'doe:2021'), ['meta.citation.group.markdown.policy', 'variable.other.citation-key.markdown.policy']);
    assert.deepEqual(scopeOf(line, ';'), ['meta.citation.group.markdown.policy', 'punctuation.separator.citation.markdown.policy']);
    assert.deepEqual(scopeOf(line, '-'), ['meta.citation.group.markdown.policy', 'punctuation.definition.suppress-author.markdown.policy']);
    assert.deepEqual(scopeOf(line, '['), ['meta.citation.group.markdown.policy', 'punctuation.definition.citation.begin.markdown.policy']);
  });

  it('scopes in-text citations but not e-mail addresses', () => {
    assert.deepEqual(scopeOf(['As @smith2020 shows.'], 'smith2020'), [
      'meta.citation.in-text.markdown.policy',
      'variable.other.citation-key.markdown.policy',
    ]);
    assert.equal(scopeOf(['Mail me@example.org now.'], 'example.org'), undefined);
  });

  it('scopes footnote references, but not a footnote definition label', () => {
    assert.deepEqual(scopeOf(['A claim.[^12] More.'], '12'), [
      'meta.footnote.reference.markdown.policy',
      'entity.name.label.footnote.markdown.policy',
    ]);
    assert.equal(scopeOf(['[^12]: The source.'], '12'), undefined);
  });

  it('scopes bracketed spans by class, with their attributes', () => {
    const line = ['The [Kremlin]{.actor ref=russia} and [a view]{.opinion}.'];
    assert.deepEqual(scopeOf(line, 'Kremlin'), ['meta.span.actor.markdown.policy', 'entity.name.type.actor.markdown.policy']);
    assert.deepEqual(scopeOf(line, 'actor'), [
      'meta.span.actor.markdown.policy',
      'meta.attributes.markdown.policy',
      'entity.other.attribute-name.class.markdown.policy',
    ]);
    assert.deepEqual(scopeOf(line, 'russia'), [
      'meta.span.actor.markdown.policy',
      'meta.attributes.markdown.policy',
      'string.unquoted.attribute-value.markdown.policy',
    ]);
    assert.deepEqual(scopeOf(line, 'a view'), ['meta.span.opinion.markdown.policy', 'markup.italic.opinion.markdown.policy']);
    for (const cls of ['event', 'concept', 'claim'])
      assert.ok(scopeOf([`[x]{.${cls}}`], 'x')?.includes(`meta.span.${cls}.markdown.policy`), cls);
  });

  it('scopes suppression comments as comments with a directive keyword', () => {
    const line = ['<!-- policy-lens-disable-next-line uncited-claim -->'];
    assert.deepEqual(scopeOf(line, 'policy-lens-disable-next-line'), [
      'comment.block.html.markdown.policy',
      'keyword.control.directive.policy-lens',
    ]);
    assert.deepEqual(scopeOf(line, ' uncited-claim'), [
      'comment.block.html.markdown.policy',
      'constant.language.diagnostic-code.policy-lens',
    ]);
  });

  it('leaves code and front matter alone', () => {
    assert.deepEqual(
      tokens(['Use `[@key]` here.']).filter(([, s]) => s.some((x) => x.includes('citation'))),
      [],
    );
    assert.deepEqual(
      tokens(['```', 'See [@key] and @other.', '```']).filter(([, s]) => s.some((x) => x.includes('citation'))),
      [],
    );
    assert.deepEqual(
      tokens(['---', 'note: "[@key]"', '---']).filter(([, s]) => s.some((x) => x.includes('citation'))),
      [],
    );
  });
});
