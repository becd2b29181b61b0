// Runs the built CLI (dist/cli.js) as a user would: exit codes, output formats, files untouched.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

function cli(args: string[], cwd: string) {
  const p = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('policy-lens CLI', function () {
  // Each test runs the CLI as processes (the BibTeX parser loads in one): slow on a busy machine.
  this.timeout(10_000);
  let dir: string;
  const doc = [
    '---',
    'title: T',
    'references:',
    '  - id: k',
    '    title: Source',
    '---',
    'Putin said the unrest concerned “all of us”.',
    '',
    'Moscow denied it [@k].',
    '',
  ].join('\n');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.policy.md'), doc);
    writeFileSync(join(dir, 'docs', 'extra.policy.yaml'), 'actors:\n  wagner: {name: Wagner Group, kind: group}\n');
    mkdirSync(join(dir, 'empty'));
  });

  it('prints compiler-style findings and a summary, exit 0 below --fail-on', () => {
    const r = cli(['check', 'docs'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      'docs/a.policy.md:7:1 warning uncited-claim Uncited claim (quotation: “all of us”, attribution: ' +
        '“said”): cite a source, e.g. [@key], or mark it [...]{.opinion}\n\n' +
        '1 file: 2 claims, 1 cited, 1 uncited, coverage 50% (0 errors, 1 warning, 0 info, 0 hints)\n',
    );
  });

  it('exits 1 when a finding reaches --fail-on', () => {
    assert.equal(cli(['check', '--fail-on', 'warning', 'docs'], dir).code, 1);
    assert.equal(cli(['check', '--fail-on=never', 'docs'], dir).code, 0);
  });

  it('prints the JSON report in the documented shape', () => {
    const r = cli(['check', '--format', 'json', 'docs/a.policy.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    const f = json.files[0];
    assert.deepEqual(Object.keys(f), ['path', 'diagnostics', 'claims', 'actors', 'events', 'concepts', 'unrecognized']);
    assert.equal(f.path, 'docs/a.policy.md');
    assert.deepEqual(f.diagnostics, [
      {
        code: 'uncited-claim',
        severity: 'warning',
        message: 'Uncited claim (quotation: “all of us”, attribution: “said”): cite a source, e.g. [@key], or mark it [...]{.opinion}',
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 44 } },
      },
    ]);
    assert.deepEqual(f.claims, [
      {
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 44 } },
        kinds: ['quotation', 'attribution'],
        evidence: [
          { kind: 'quotation', rule: 'quotation marks', text: '“all of us”' },
          { kind: 'attribution', rule: 'reporting verb', text: 'said' },
        ],
        cited: false,
      },
      {
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: 22 } },
        kinds: ['attribution'],
        evidence: [{ kind: 'attribution', rule: 'reporting verb', text: 'denied' }],
        cited: true,
      },
    ]);
    assert.deepEqual(f.actors, [
      { id: 'russia', name: 'Russia', kind: 'state', mentions: 1, forms: { capital: 1 } },
      { id: 'putin', name: 'Vladimir Putin', kind: 'person', mentions: 1 },
    ]);
    assert.deepEqual(f.events, []);
    assert.deepEqual(f.concepts, []);
    assert.deepEqual(f.unrecognized, []);
    // Laid out with one record per line, in an indented frame.
    const lines = r.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 6), [
      '{',
      '  "version": 1,',
      '  "files": [',
      '    {',
      '      "path": "docs/a.policy.md",',
      '      "diagnostics": [',
    ]);
    assert.equal(lines[6], `        ${JSON.stringify(f.diagnostics[0])}`);
    assert.deepEqual(lines.slice(7, 9), ['      ],', '      "claims": [']);
    assert.equal(lines[9], `        ${JSON.stringify(f.claims[0])},`);
    assert.deepEqual(lines.slice(-6), ['      "concepts": [],', '      "unrecognized": []', '    }', '  ]', '}', '']);
  });

  it('reports unrecognised names, mentions by demonym, and leaves the world out with --no-world (a first word of a sentence is no name)', () => {
    const text = [
      'Senator Maria Okafor visited the Dunmore camp twice.',
      '',
      'Okafor met Chilean officials and the mayor of Dunmore. Chile said nothing.',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'world.policy.md'), text);
    const report = (args: string[]) => JSON.parse(cli(['check', '--format', 'json', ...args, 'world.policy.md'], dir).stdout).files[0];
    const f = report([]);
    assert.deepEqual(f.actors, [{ id: 'chile', name: 'Chile', kind: 'state', mentions: 2, forms: { demonym: 1, name: 1 } }]);
    assert.deepEqual(f.unrecognized, [
      { name: 'Dunmore camp', mentions: 2, kind: 'region', variants: ['Dunmore camp', 'Dunmore'] },
      { name: 'Maria Okafor', mentions: 2, kind: 'person', variants: ['Maria Okafor', 'Okafor'] },
    ]);
    const without = report(['--no-world']);
    assert.deepEqual(without.actors, []);
    assert.deepEqual(
      without.unrecognized.map((u: { name: string }) => u.name),
      ['Dunmore camp', 'Maria Okafor'],
    );
  });

  it('prints SARIF 2.1.0 with 1-based regions', () => {
    const r = cli(['check', '--format', 'sarif', 'docs'], dir);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'policy-lens');
    assert.ok(run.tool.driver.rules.some((x: { id: string }) => x.id === 'uncited-claim'));
    assert.deepEqual(
      run.results.map(
        (x: {
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: unknown } }>;
        }) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region],
      ),
      [['uncited-claim', 'warning', 'docs/a.policy.md', { startLine: 7, startColumn: 1, endLine: 7, endColumn: 45 }]],
    );
  });

  it('shows control characters from files escaped in text output, keeps JSON valid, and percent-encodes SARIF URIs', () => {
    mkdirSync(join(dir, 'hostile'));
    // An escape sequence that would reset the terminal in a citation key, a newline in an actor id.
    writeFileSync(join(dir, 'hostile', 'a#1?.policy.md'), '---\nactors:\n  "x\\ny": {name: Xy, kind: group}\n---\nSee @{k\u001bc}.\n');
    const text = cli(['check', 'a#1?.policy.md'], join(dir, 'hostile'));
    assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(text.stdout), JSON.stringify(text.stdout));
    assert.equal(
      text.stdout.split('\n').filter((l) => l.startsWith('a#1?.policy.md:')).length,
      text.stdout.split('\n').filter((l) => l.includes(' error ') || l.includes(' warning ') || l.includes(' hint ')).length,
    );
    assert.ok(text.stdout.includes('Unknown citation key "@k\\x1bc"'), text.stdout);
    const json = cli(['check', '--format', 'json', 'a#1?.policy.md'], join(dir, 'hostile'));
    assert.equal(JSON.parse(json.stdout).files[0].path, 'a#1?.policy.md');
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', 'a#1?.policy.md'], join(dir, 'hostile')).stdout);
    assert.deepEqual(
      [
        ...new Set(
          sarif.runs[0].results.map(
            (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
              x.locations[0]!.physicalLocation.artifactLocation.uri,
          ),
        ),
      ],
      ['a%231%3F.policy.md'],
    );
  });

  it('exits 2 with a clear message on bad flags, missing paths and folders without analysis files', () => {
    for (const [args, message] of [
      [['check', '--format', 'xml', 'docs'], 'policy-lens: --format must be one of text, json, sarif, not "xml"'],
      [['check', '--bogus', 'docs'], 'policy-lens: unknown option "--bogus"'],
      [['check', 'nowhere'], 'policy-lens: cannot read nowhere: no such file or folder'],
      [['check', 'empty'], 'policy-lens: no *.policy.md files under empty'],
      [['check'], 'policy-lens: no PATH given: name files or folders to check'],
      [['lint', 'docs'], 'policy-lens: unknown command "lint" (the commands are "check", "report" and "init")'],
    ] as const) {
      const r = cli([...args], dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.split('\n')[0], message);
      assert.equal(r.stdout, '');
    }
  });

  it('sets the severity of one claim kind with --claim-severity, and rejects a bad kind or level', () => {
    writeFileSync(join(dir, 'fact.policy.md'), 'Meridian Gas cut deliveries to its neighbour.\n');
    const line = (r: { stdout: string }) => r.stdout.split('\n')[0];
    assert.equal(
      line(cli(['check', 'fact.policy.md'], dir)),
      'fact.policy.md:1:1 warning uncited-claim Uncited claim (checkable fact: “Meridian Gas cut”): ' +
        'cite a source, e.g. [@key], or mark it [...]{.opinion}',
    );
    const error = cli(['check', '--claim-severity', 'fact=error', 'fact.policy.md'], dir);
    assert.equal(error.code, 1);
    assert.match(line(error), /^fact\.policy\.md:1:1 error uncited-claim /);
    const off = cli(['check', '--claim-severity=fact=off', '--fail-on', 'info', 'fact.policy.md'], dir);
    assert.equal(off.code, 0);
    // The claim is still counted; it is no finding.
    assert.equal(line(off), '1 file: 1 claims, 0 cited, 1 uncited, coverage 0% (0 errors, 0 warnings, 0 info, 0 hints)');
    for (const [flag, message] of [
      [
        'fiction=off',
        'policy-lens: --claim-severity KIND must be one of quotation, attribution, statistic, weasel, fact, explicit, not "fiction"',
      ],
      ['fact=loud', 'policy-lens: --claim-severity fact=LEVEL must be one of error, warning, info, hint, off, not "loud"'],
      ['fact', 'policy-lens: --claim-severity fact=LEVEL needs a value: error, warning, info, hint, off'],
    ] as const) {
      const r = cli(['check', '--claim-severity', flag, 'fact.policy.md'], dir);
      assert.equal(r.code, 2, flag);
      assert.equal(r.stderr.split('\n')[0], message);
    }
  });

  it('skips binary and oversized files with a notice of their own instead of failing', () => {
    writeFileSync(join(dir, 'bin.policy.md'), Buffer.from([0x52, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'big.policy.md'), 'Russia. '.repeat(200));
    const r = cli(['check', '--format', 'json', '--max-size', '1000', 'bin.policy.md', 'big.policy.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const files = JSON.parse(r.stdout).files as Array<{
      path: string;
      diagnostics: Array<{ code: string; severity: string; message: string }>;
    }>;
    assert.deepEqual(
      files.map((f) => [f.path, f.diagnostics.map((d) => [d.code, d.severity, d.message])]),
      [
        ['bin.policy.md', [['binary-file', 'warning', 'File not read: binary data (a NUL byte in the first 8 KB)']]],
        ['big.policy.md', [['file-too-large', 'info', 'File not read: 1,600 bytes is over the limit of 1,000 (--max-size)']]],
      ],
    );
  });

  describe('files that are not files', () => {
    let odd: string;
    before(() => {
      odd = mkdtempSync(join(tmpdir(), 'policy-lens-odd-'));
      spawnSync('mkfifo', [join(odd, 'pipe.bib'), join(odd, 'pipe.policy.md')]);
      symlinkSync('/dev/zero', join(odd, 'zero.bib'));
      writeFileSync(join(odd, 'doc.policy.md'), '---\nbibliography: [pipe.bib, zero.bib, /dev/stdin]\n---\nText [@k].\n');
    });

    it('reports FIFOs, devices and paths without a bibliography extension, and never opens or waits on them', () => {
      const r = cli(['check', '--format', 'json', 'doc.policy.md'], odd);
      assert.equal(r.code, 1, r.stderr);
      const [file] = JSON.parse(r.stdout).files as Array<{ diagnostics: Array<{ code: string; message: string }> }>;
      assert.deepEqual(file!.diagnostics.map((d) => [d.code, d.message]).slice(0, 3), [
        ['bibliography-not-found', 'pipe.bib: not a regular file (a FIFO, device or socket)'],
        ['bibliography-not-found', 'zero.bib: not a regular file (a FIFO, device or socket)'],
        ['bibliography-not-found', '/dev/stdin: unsupported bibliography format; use BibTeX (.bib), CSL-JSON (.json) or CSL-YAML (.yaml)'],
      ]);
    });

    it('exits 2 for a file named on the command line that cannot be read, with its own code', () => {
      const r = cli(['check', '--format', 'json', 'pipe.policy.md'], odd);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'policy-lens: cannot read pipe.policy.md\n');
      assert.deepEqual(
        JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string; severity: string; message: string }) => [
          d.code,
          d.severity,
          d.message,
        ]),
        [['unreadable-file', 'error', 'File not read: not a regular file (a FIFO, device or socket)']],
      );
    });

    it('reports a knowledge file that is a FIFO beside a named file, and reads the file', () => {
      spawnSync('mkfifo', [join(odd, 'pipe.policy.yaml')]);
      writeFileSync(join(odd, 'plain.policy.md'), 'Plain text.\n');
      const r = cli(['check', '--format', 'json', 'plain.policy.md'], odd);
      assert.deepEqual(
        (JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ code: string; message: string }> }>).map((f) => [
          f.path,
          f.diagnostics.map((d) => [d.code, d.message]),
        ]),
        [
          ['pipe.policy.yaml', [['unreadable-file', 'Knowledge file not read: not a regular file (a FIFO, device or socket)']]],
          ['plain.policy.md', []],
        ],
      );
    });

    it('never makes a string of a file over 256 MB, whatever --max-size says', () => {
      mkdirSync(join(odd, 'sparse'));
      const sparse = join(odd, 'sparse', 'sparse.policy.md');
      writeFileSync(sparse, '');
      truncateSync(sparse, 300 * 1024 * 1024);
      const r = cli(['check', '--format', 'json', '--max-size', '1000000000', 'sparse.policy.md'], join(odd, 'sparse'));
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string; message: string }) => [d.code, d.message]),
        [['file-too-large', 'File not read: 314,572,800 bytes is over the limit of 268,435,456 (--max-size)']],
      );
    });
  });

  it('uses knowledge files found beside the documents, and never writes to the files it checks', () => {
    writeFileSync(join(dir, 'docs', 'b.policy.md'), 'The Wagner Group moved.\n');
    const before = statSync(join(dir, 'docs', 'b.policy.md')).mtimeMs;
    const json = JSON.parse(cli(['check', '--format', 'json', 'docs'], dir).stdout);
    const b = json.files.find((f: { path: string }) => f.path === 'docs/b.policy.md');
    assert.deepEqual(b.actors, [{ id: 'wagner', name: 'Wagner Group', kind: 'group', mentions: 1 }]);
    assert.equal(statSync(join(dir, 'docs', 'b.policy.md')).mtimeMs, before);
    assert.equal(readFileSync(join(dir, 'docs', 'a.policy.md'), 'utf8'), doc);
  });

  it('reads .bib bibliographies from front matter and --bibliography, and turns on locators on request', () => {
    mkdirSync(join(dir, 'cite'));
    writeFileSync(join(dir, 'cite', 'refs.bib'), '@book{near, author = {M{\\"u}ller, J{\\"o}rg}, title = {Near}, year = 2020}\n');
    writeFileSync(join(dir, 'shared.bib'), '@misc{far, title = {Far}}\n');
    writeFileSync(
      join(dir, 'cite', 'c.policy.md'),
      '---\nbibliography: refs.bib\n---\nHe said “we stay” [@near]. Also [@far]. And [@nera].\n',
    );
    const plain = cli(['check', 'cite'], dir);
    assert.deepEqual(
      plain.stdout.split('\n').filter((l) => l.startsWith('cite/')),
      [
        'cite/c.policy.md:4:35 error unknown-citation Unknown citation key "@far": it is in no bibliography of this file',
        'cite/c.policy.md:4:47 error unknown-citation Unknown citation key "@nera": it is in no bibliography of this file',
      ],
    );
    const withShared = cli(['check', '--bibliography', 'shared.bib', '--require-locators', 'cite'], dir);
    assert.deepEqual(
      withShared.stdout.split('\n').filter((l) => l.startsWith('cite/')),
      [
        'cite/c.policy.md:4:19 warning missing-locator Quotation cited without a locator: say where it is, e.g. [@key, p. 12]',
        'cite/c.policy.md:4:47 error unknown-citation Unknown citation key "@nera": it is in no bibliography of this file',
      ],
    );
  });

  describe('configuration file', () => {
    let project: string;
    before(() => {
      project = join(dir, 'project');
      mkdirSync(join(project, 'analyses', 'drafts'), { recursive: true });
      mkdirSync(join(project, 'kb'));
      const text = 'Officials say the Wagner Group has 40 bases.\n';
      writeFileSync(join(project, 'analyses', 'one.policy.md'), text);
      writeFileSync(join(project, 'analyses', 'drafts', 'two.policy.md'), text);
      writeFileSync(join(project, 'kb', 'groups.policy.yaml'), 'actors:\n  wagner: {name: Wagner Group, kind: group}\n');
      writeFileSync(
        join(project, '.policy-lens.yaml'),
        [
          'ignore: [analyses/drafts/**]',
          'knowledge: [kb/*.policy.yaml]',
          'severity: { uncited-claim: error }',
          'claimSeverity: { statistic: info }',
          '',
        ].join('\n'),
      );
    });

    it('is found above each file; its severities, knowledge and ignore apply; flags override it', () => {
      const r = cli(['check', '--format', 'json', '.'], join(project, 'analyses'));
      assert.equal(r.code, 1, r.stderr);
      const files = JSON.parse(r.stdout).files as Array<{
        path: string;
        actors: Array<{ id: string }>;
        diagnostics: Array<{ code: string; severity: string }>;
      }>;
      assert.deepEqual(
        files.map((f) => f.path),
        ['one.policy.md'],
      );
      assert.deepEqual(
        files[0]!.actors.map((a) => a.id),
        ['wagner'],
      );
      assert.deepEqual(
        files[0]!.diagnostics.map((d) => [d.code, d.severity]),
        [['uncited-claim', 'error']],
      );
      const flagged = cli(['check', '--severity', 'uncited-claim=hint', '--claim-severity', 'weasel=hint', 'analyses'], project);
      assert.equal(flagged.code, 0, flagged.stderr);
      assert.match(flagged.stdout, /^analyses\/one\.policy\.md:1:1 info uncited-claim /m);
      const without = cli(['check', '--no-config', '--format', 'json', 'analyses'], project);
      assert.deepEqual(
        (JSON.parse(without.stdout).files as Array<{ path: string }>).map((f) => f.path),
        ['analyses/drafts/two.policy.md', 'analyses/one.policy.md'],
      );
    });

    it('reports for the shared fixture what the editor reports (test/integration/config.test.ts)', () => {
      const fixture = resolve('test/fixtures/config-parity');
      const expected = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8'))['parity.policy.md'];
      const r = cli(['check', '--format', 'json', '--fail-on', 'never', '.'], fixture);
      assert.equal(r.code, 0, r.stderr);
      type Reported = {
        path: string;
        diagnostics: Array<{
          code: string;
          severity: string;
          range: { start: { line: number; character: number }; end: { line: number; character: number } };
        }>;
      };
      const files = JSON.parse(r.stdout).files as Reported[];
      assert.deepEqual(
        files.map((f) => f.path),
        ['parity.policy.md'],
        'the ignored file is not checked; the knowledge file has no findings',
      );
      assert.deepEqual(
        files[0]!.diagnostics.map((d) => [
          d.range.start.line,
          d.range.start.character,
          d.range.end.line,
          d.range.end.character,
          d.severity,
          d.code,
        ]),
        expected,
      );
    });

    it('exits 2 on a broken configuration, naming each problem at its line', () => {
      const broken = join(dir, 'broken');
      mkdirSync(broken);
      writeFileSync(join(broken, 'a.policy.md'), 'Text.\n');
      writeFileSync(join(broken, '.policy-lens.yaml'), 'citationScope: page\nseverty: {}\n');
      const r = cli(['check', 'a.policy.md'], broken);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.deepEqual(r.stderr.split('\n').slice(0, 3), [
        'policy-lens: the configuration has errors:',
        '.policy-lens.yaml:1:16: "citationScope" must be one of sentence, paragraph, not "page"',
        '.policy-lens.yaml:2:1: Unknown setting "severty": did you mean "severity"? (settings: files, ignore, knowledge, bibliographies, ' +
          'builtinKnowledge, worldKnowledge, citationScope, severity, claimSeverity, maxFileSize)',
      ]);
    });

    it('init writes a commented starting file that check reads, and never overwrites one', () => {
      const fresh = join(dir, 'fresh');
      mkdirSync(fresh);
      writeFileSync(join(fresh, 'a.policy.md'), 'Text.\n');
      const r = cli(['init'], fresh);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'wrote .policy-lens.yaml\n');
      const written = readFileSync(join(fresh, '.policy-lens.yaml'), 'utf8');
      assert.match(written, /^# Policy Lens configuration/);
      assert.equal(cli(['check', '.'], fresh).code, 0);
      const again = cli(['init', '.'], fresh);
      assert.equal(again.code, 2);
      assert.equal(again.stderr.split('\n')[0], 'policy-lens: .policy-lens.yaml exists already: it is left as it is');
      assert.equal(readFileSync(join(fresh, '.policy-lens.yaml'), 'utf8'), written);
    });
  });

  it('writes the HTML report: one file, the data of the check, text from the files escaped, never over a checked file', () => {
    const folder = join(dir, 'report');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'r.policy.md'),
      '---\nevents:\n  talks: {title: "Talks <b>in</b> Geneva", date: 2023-05-02, actors: [russia, georgia]}\n---\n' +
        'Russia said <script>x</script> 40% of it.\n',
    );
    const r = cli(['report', '--html', '-o', 'out.html', 'r.policy.md'], folder);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'policy-lens: wrote out.html\n');
    const html = readFileSync(join(folder, 'out.html'), 'utf8');
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'; img-src data:">/,
    );
    assert.ok(html.includes('<td>2023-05-02</td><td>Talks &lt;b&gt;in&lt;/b&gt; Geneva</td><td>Russia, Georgia</td>'), 'the events table');
    assert.ok(html.includes('Russia said &lt;script&gt;x&lt;/script&gt; 40% of it.'), 'the claims table');
    assert.doesNotMatch(html, /<script>x/);
    assert.doesNotMatch(html, /(src|href)="https?:/, 'nothing loaded from the network');
    const data = /<script type="application\/json" id="policy-lens-story">(.*?)<\/script>/s.exec(html)![1]!;
    assert.deepEqual(
      JSON.parse(data).events.map((e: { id: string; actors: string[] }) => [e.id, e.actors]),
      [['talks', ['russia', 'georgia']]],
    );
    const refused = cli(['report', '--html', '-o', 'r.policy.md', 'r.policy.md'], folder);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr.split('\n')[0], 'policy-lens: -o r.policy.md is one of the files checked: it is left as it is');
    assert.equal(
      cli(['report', '--html', 'r.policy.md'], folder).stderr.split('\n')[0],
      'policy-lens: report needs -o FILE: where to write the HTML report',
    );
  });

  it('checks the shipped example: its one uncited quoted statement, and no errors', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'error', 'examples'], resolve('.'));
    assert.equal(r.code, 0, r.stderr);
    const [f] = JSON.parse(r.stdout).files;
    assert.deepEqual(
      f.diagnostics.map((d: { code: string; range: unknown }) => [d.code, d.range]),
      [['uncited-claim', { start: { line: 45, character: 0 }, end: { line: 46, character: 45 } }]],
    );
    // The second uncited claim is silenced by its disable-next-line comment.
    assert.deepEqual(
      f.claims.filter((c: { cited: boolean }) => !c.cited).map((c: { kinds: string[] }) => c.kinds),
      [['quotation', 'attribution'], ['weasel']],
    );
    const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);
    for (const id of ['russia', 'kazakhstan', 'belarus', 'csto', 'tokayev']) assert.ok(ids(f.actors).includes(id), id);
    for (const id of ['limited-sovereignty', 'multilateralism', 'conservative-regime-support']) assert.ok(ids(f.concepts).includes(id), id);
  });

  it('prints its version and help', () => {
    assert.match(cli(['--version'], dir).stdout, /^\d+\.\d+\.\d+\n$/);
    assert.match(cli(['--help'], dir).stdout, /^Usage: policy-lens check/);
  });
});
