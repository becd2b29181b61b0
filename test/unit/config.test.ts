// The configuration file: what it reads, what it reports at which line, how layers merge, and
// that its JSON Schema and starting file come from the same table as the reader.
import { strict as assert } from 'node:assert';
import {
  CONFIG_FIELDS,
  configIgnores,
  configIncludes,
  configJsonSchema,
  configTemplate,
  mergeConfigs,
  parseConfig,
  type Diagnostic,
} from '../../src/core';

const at = (d: Diagnostic) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.message];

describe('configuration file', () => {
  it('reads every field', () => {
    const { config, diagnostics } = parseConfig(
      [
        'files: ["analyses/**/*.md"]',
        'ignore: [drafts/**]',
        'knowledge: [kb/*.policy.yaml]',
        'bibliographies: refs.bib',
        'builtinKnowledge: true',
        'worldKnowledge: false',
        'citationScope: paragraph',
        'maxFileSize: 200000',
        'severity: { uncited-claim: error, missing-locator: warning, unused-reference: off }',
        'claimSeverity: { weasel: info }',
      ].join('\n'),
    );
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(config, {
      files: ['analyses/**/*.md'],
      ignore: ['drafts/**'],
      knowledge: ['kb/*.policy.yaml'],
      bibliographies: ['refs.bib'],
      builtinKnowledge: true,
      worldKnowledge: false,
      citationScope: 'paragraph',
      maxFileSize: 200000,
      severity: { 'uncited-claim': 'error', 'missing-locator': 'warning', 'unused-reference': 'off' },
      claimSeverity: { weasel: 'info' },
    });
  });

  it('reports unknown settings, wrong values and unknown codes at their place, and keeps the rest', () => {
    const text = [
      'citationScop: paragraph',
      'worldKnowledge: no',
      'severity:',
      '  uncited-claims: error',
      '  unknown-citation: loud',
      'claimSeverity: { fact: off }',
      'maxFileSize: -3',
    ].join('\n');
    const { config, diagnostics } = parseConfig(text);
    assert.deepEqual(diagnostics.map(at), [
      [
        'config',
        0,
        0,
        0,
        12,
        'Unknown setting "citationScop": did you mean "citationScope"? (settings: files, ignore, knowledge, bibliographies, ' +
          'builtinKnowledge, worldKnowledge, citationScope, severity, claimSeverity, maxFileSize)',
      ],
      ['config', 1, 16, 1, 18, '"worldKnowledge" must be true or false, not "no"'],
      ['config', 3, 2, 3, 16, diagnostics[2]!.message],
      ['config', 4, 20, 4, 24, '"severity.unknown-citation" must be one of error, warning, info, hint, off, not "loud"'],
      ['config', 6, 13, 6, 15, '"maxFileSize" must be a positive whole number of bytes, not number'],
    ]);
    assert.match(diagnostics[2]!.message, /^"severity" has no "uncited-claims": did you mean "uncited-claim"\? \(known: uncited-claim, /);
    assert.deepEqual(config, { severity: {}, claimSeverity: { fact: 'off' } });
  });

  it('reports a syntax error at its line, and a file that is no mapping', () => {
    const broken = parseConfig('files: [a\nseverity: {');
    assert.equal(broken.diagnostics.length, 1);
    assert.equal(broken.diagnostics[0]!.code, 'config');
    assert.match(broken.diagnostics[0]!.message, /^Configuration: /);
    assert.deepEqual(parseConfig('- a\n- b\n').diagnostics.map(at), [
      ['config', 0, 0, 1, 3, 'The configuration must be a mapping of settings, not a list'],
    ]);
    assert.deepEqual(parseConfig('').diagnostics, []);
    assert.deepEqual(parseConfig('# only comments\n').config, {});
  });

  it('merges layers field by field, severities code by code', () => {
    const file = {
      citationScope: 'paragraph' as const,
      severity: { 'uncited-claim': 'error' as const, 'unused-reference': 'off' as const },
    };
    const user = { severity: { 'uncited-claim': 'info' as const }, maxFileSize: 10 };
    assert.deepEqual(mergeConfigs(file, undefined, user), {
      citationScope: 'paragraph',
      severity: { 'uncited-claim': 'info', 'unused-reference': 'off' },
      maxFileSize: 10,
    });
  });

  it('includes files by `files` and leaves out `ignore`; a glob without a slash matches at any depth', () => {
    const c = { files: ['**/*.policy.md', 'notes/*.md'], ignore: ['drafts/**', '*.old.policy.md'] };
    assert.equal(configIncludes(c, 'a.policy.md'), true);
    assert.equal(configIncludes(c, 'deep/er/a.policy.md'), true);
    assert.equal(configIncludes(c, 'notes/n.md'), true);
    assert.equal(configIncludes(c, 'notes/sub/n.md'), false);
    assert.equal(configIncludes(c, 'drafts/a.policy.md'), false);
    assert.equal(configIncludes(c, 'x/y/b.old.policy.md'), false);
    assert.equal(configIgnores(c, 'x/y/b.old.policy.md'), true);
    assert.equal(configIncludes({}, 'a.md'), false);
    assert.equal(configIncludes({}, 'a/b.policy.md'), true);
  });

  it('has a JSON Schema with exactly the reader’s fields, closed to unknown keys', () => {
    const schema = configJsonSchema() as {
      properties: Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
      additionalProperties: boolean;
    };
    assert.deepEqual(Object.keys(schema.properties), Object.keys(CONFIG_FIELDS));
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.properties.citationScope!.enum, ['sentence', 'paragraph']);
    assert.ok(schema.properties.severity!.properties!['uncited-claim']);
    assert.deepEqual(Object.keys(schema.properties.claimSeverity!.properties!), [
      'quotation',
      'attribution',
      'statistic',
      'weasel',
      'fact',
      'explicit',
    ]);
  });

  it('writes a starting file that reads without a diagnostic, and whose every example reads once uncommented', () => {
    const template = configTemplate();
    const read = parseConfig(template);
    assert.deepEqual(read.diagnostics, []);
    assert.deepEqual(read.config, { files: ['**/*.policy.md'], knowledge: ['**/*.policy.yaml'], citationScope: 'sentence' });
    const all = parseConfig(template.replace(/^# (\w+:)/gm, '$1'));
    assert.deepEqual(all.diagnostics, []);
    assert.deepEqual(Object.keys(all.config).sort(), Object.keys(CONFIG_FIELDS).sort());
  });
});
