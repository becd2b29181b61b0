// Bad and hostile input: what the engine and the extension's pure helpers do with it.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeBase, knowledgeFileDiagnostics, parseBibliography, parseKnowledgeFile } from '../../src/core';
import { isInside, refuseRead, refuseRealPath } from '../../src/extension/access';
import { run } from './helpers';

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
].join('\n');

describe('hostile YAML', () => {
  it('rejects an alias bomb in front matter with a diagnostic, and still analyses the body', () => {
    const a = run(`---\n${BOMB}\n---\nRussia said 5 things.`);
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.range.start.line, d.message]),
      [
        [
          'front-matter',
          0,
          'The front matter\'s YAML aliases expand too far (over 100): it is not read, to protect the editor ("billion laughs")',
        ],
        ['uncited-claim', 7, 'Uncited claim (attribution: “said”, statistic: “5”): cite a source, e.g. [@key], or mark it [...]{.opinion}'],
      ],
    );
  });

  it('rejects an alias bomb in a knowledge file with a diagnostic', () => {
    const parsed = parseKnowledgeFile(`${BOMB}\nactors:\n  x: {name: X}`, 'bomb.policy.yaml');
    assert.deepEqual(
      knowledgeFileDiagnostics(parsed, KnowledgeBase.empty).map((d) => d.code),
      ['front-matter'],
    );
    assert.deepEqual(parsed.source.entries, []);
  });

  it('constructs nothing from custom tags', () => {
    const g = globalThis as Record<string, unknown>;
    const a = run('---\ntitle: !!js/function "function () { globalThis.pwned = 1 }"\nx: !!python/object:os.system "echo"\n---\nText.');
    assert.equal(g['pwned'], undefined);
    assert.equal(typeof a.frontMatter?.data?.['title'], 'string');
  });
});

describe('malformed bibliographies', () => {
  it('name the file and say what is wrong', () => {
    assert.equal(
      parseBibliography('[{"id": "a",', 'refs.json').error,
      'refs.json: Flow map in block collection must be sufficiently indented and end with a }',
    );
    assert.equal(parseBibliography('{"title": "not a list"}', 'refs.json').error, 'refs.json: expected a list of CSL items');
    assert.equal(
      parseBibliography('x', 'refs.docx').error,
      'refs.docx: unsupported bibliography format; use BibTeX (.bib), CSL-JSON (.json) or CSL-YAML (.yaml)',
    );
  });

  it('keep the good items and report an item without an id', () => {
    const r = parseBibliography('- id: ok\n  title: Fine\n- title: No id\n', 'refs.yaml');
    assert.deepEqual(
      r.references.map((x) => x.id),
      ['ok'],
    );
    assert.deepEqual(r.problems, ['line 3: An item of refs.yaml has no `id`']);
    // Reported in the document that names the file, as broken .bib entries are.
    const a = run('---\nbibliography: refs.yaml\n---\nText.\n', { readBibliography: () => r });
    assert.deepEqual(
      a.diagnostics.map((d) => [d.code, d.severity, d.message]),
      [['bibliography-not-found', 'warning', 'refs.yaml: one entry could not be read: line 3: An item of refs.yaml has no `id`']],
    );
  });
});

describe('file access in untrusted workspaces', () => {
  it('reads files inside the workspace folders only', () => {
    assert.ok(isInside('/ws/refs/a.json', ['/ws']));
    assert.ok(!isInside('/ws/../../etc/passwd', ['/ws']));
    assert.ok(!isInside('/wsx/a.json', ['/ws']));
    assert.ok(!isInside('/etc/passwd', ['/ws', '/other']));
  });

  it('refuses paths that leave the workspace, with a message naming the path, unless trusted', () => {
    assert.equal(
      refuseRead('../../../etc/passwd', '/ws/docs/../../../etc/passwd', false, ['/ws']),
      '../../../etc/passwd: not read, because the workspace is not trusted and the file is outside it',
    );
    assert.equal(
      refuseRead('/etc/passwd', '/etc/passwd', false, ['/ws']),
      '/etc/passwd: not read, because the workspace is not trusted and the file is outside it',
    );
    assert.equal(refuseRead('refs.json', '/ws/docs/refs.json', false, ['/ws']), undefined);
    assert.equal(refuseRead('/etc/passwd', '/etc/passwd', true, ['/ws']), undefined);
  });

  it('resolves symbolic links before the check: a link inside the workspace to a file outside it is refused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-lens-trust-'));
    const ws = join(root, 'ws');
    mkdirSync(join(ws, 'refs'), { recursive: true });
    writeFileSync(join(ws, 'refs', 'real.bib'), '');
    symlinkSync('/etc/passwd', join(ws, 'refs.bib'));
    symlinkSync('/dev/zero', join(ws, 'zero.bib'));
    symlinkSync(join(ws, 'refs', 'real.bib'), join(ws, 'inside.bib'));
    // The workspace folder itself reached through a link is still the workspace.
    symlinkSync(ws, join(root, 'alias'));
    assert.equal(
      await refuseRealPath(join(ws, 'refs.bib'), [ws], false),
      'not read, because the workspace is not trusted and the file links to /etc/passwd, outside it',
    );
    assert.equal(
      await refuseRealPath(join(ws, 'zero.bib'), [ws], false),
      'not read, because the workspace is not trusted and the file links to /dev/zero, outside it',
    );
    assert.equal(await refuseRealPath(join(ws, 'inside.bib'), [ws], false), undefined);
    assert.equal(await refuseRealPath(join(root, 'alias', 'refs', 'real.bib'), [ws], false), undefined);
    assert.equal(await refuseRealPath(join(ws, 'refs.bib'), [ws], true), undefined);
  });
});

describe('what the code never does', () => {
  const sources = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath ?? e.path, e.name));

  it('has no eval, new Function, network access or telemetry in src/', () => {
    for (const f of sources('src')) {
      const text = readFileSync(f, 'utf8');
      for (const bad of [/\beval\(/, /new Function\(/, /\bfetch\(/, /from ['"](node:)?https?['"]/, /telemetry/i])
        assert.doesNotMatch(text, bad, `${f}: ${bad}`);
    }
  });

  it('never writes a file from the extension: every change is an edit the user applies', () => {
    for (const f of sources('src/extension')) {
      const text = readFileSync(f, 'utf8');
      for (const bad of [/fs\.writeFile/, /fs\.delete/, /fs\.rename/, /\.save\(\)/, /saveAll/])
        assert.doesNotMatch(text, bad, `${f}: ${bad}`);
    }
  });
});
