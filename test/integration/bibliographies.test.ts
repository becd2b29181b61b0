// Citing from a .bib file and a Zotero CSL-JSON export, in the real editor: diagnostics,
// completion, hover, go to definition, quick fixes, the citations report, watching the files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, diagnosticsWhere, fixtureUri, hoverText, open, restore, summary } from './helpers';

const FILE = 'citing.policy.md';
const codesOf = (d: readonly vscode.Diagnostic[]) => d.map(summary);

describe('bibliographies in VS Code', () => {
  before(api);
  afterEach(() => restore(FILE));

  it('checks citations against a .bib file and a CSL-JSON file', async () => {
    const editor = await open(FILE);
    const d = await diagnosticsWhere(editor.document.uri, (x) => x.length === 3);
    assert.deepEqual(codesOf(d), [
      ['unknown-citation', 'Error', [11, 40, 11, 50]],
      ['uncited-claim', 'Warning', [12, 0, 12, 34]],
      ['unknown-citation', 'Error', [13, 36, 13, 48]],
    ]);
  });

  it('completes keys from both files, searchable by author and year, inserting the key only', async () => {
    const editor = await open(FILE);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(14, 0), '\nSee [@putin 2022');
    await vscode.workspace.applyEdit(edit);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(15, 16),
    );
    const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.deepEqual(ours.map((i) => [i.label, i.detail]).sort(), [
      ['durand2022', 'Durand, Émilie et al., 2022'],
      ['http://zotero.org/users/12345/items/ABCD2345', 'Ivanova, Olga, 2022'],
      ['novak2021', 'Novák, Petr, 2021'],
      ['proc2021', 'Smith, Jane, 2021'],
      ['putin2022', 'Putin, Vladimir, 2022'],
      ['tsygankov2019', 'Tsygankov, Andrei P., 2019'],
    ]);
    const putin = ours.find((i) => i.label === 'putin2022')!;
    // The search "putin 2022" is replaced by the key: the range covers it, and the filter text holds both words.
    const range = putin.range as vscode.Range;
    assert.deepEqual([range.start.line, range.start.character, range.end.character], [15, 6, 16]);
    assert.equal(putin.insertText, 'putin2022');
    assert.match(putin.filterText!, /Putin, Vladimir 2022/);
  });

  it('hovers a BibTeX citation in author–year form with an https DOI link, and an http URL as text only', async () => {
    const editor = await open(FILE);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(9, 50),
    );
    const md = hoverText(hovers);
    assert.ok(
      md.includes(
        'Durand, Émilie; Müller, Jörg; NATO Defense College \\(2022\\). ' +
          'The CSTO in Kazakhstan: limited sovereignty revisited _Carnegie Endowment for International Peace Papers_',
      ),
      md,
    );
    assert.match(md, /\]\(https:\/\/doi\.org\/10\.1234\/csto\.2022\.1\)/);
    assert.ok(!md.includes('](http://example.org'), md);
    assert.match(md, /_From library\.bib_/);
  });

  it('goes from citations to their entries in the .bib and the CSL-JSON file', async () => {
    const editor = await open(FILE);
    const where = async (line: number, character: number) => {
      const locs = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeDefinitionProvider',
        editor.document.uri,
        new vscode.Position(line, character),
      );
      return locs.map((l) => [l.uri.path.split('/').pop(), l.range.start.line, l.range.start.character, l.range.end.character]);
    };
    assert.deepEqual(await where(9, 50), [['library.bib', 6, 9, 19]]);
    assert.deepEqual(await where(10, 47), [['zotero.json', 12, 11, 20]]);
  });

  it('offers the closest keys for an unknown one, and the fix clears the error', async () => {
    const editor = await open(FILE);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (x) => x.length === 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(11, 42, 11, 42),
    );
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Change to @durand2022', 'Disable unknown-citation for this line'],
    );
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
    assert.equal(editor.document.lineAt(11).text, 'The deployment was planned in advance [@durand2022].');
    await diagnosticsWhere(uri, (x) => !x.some((d) => summary(d)[0] === 'unknown-citation' && d.range.start.line === 11));
  });

  it('cites an uncited claim from a quick pick, before its final full stop', async () => {
    const editor = await open(FILE);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (x) => x.length === 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(12, 3, 12, 3),
    );
    const cite = actions.find((a) => a.title === 'Cite…')!;
    assert.ok(cite.isPreferred);
    let finished = false;
    const done = vscode.commands
      .executeCommand<boolean>(cite.command!.command, ...(cite.command!.arguments ?? []))
      .then((ok) => ((finished = true), ok));
    // The quick pick lists the references in bibliography order: accept the first (durand2022)
    // once it is open; accepting before that does nothing.
    for (let i = 0; i < 50 && !finished; i++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(await done, true);
    assert.equal(editor.document.lineAt(12).text, 'Russia supplied 70% of the troops [@durand2022].');
    await diagnosticsWhere(uri, (x) => !x.some((d) => summary(d)[0] === 'uncited-claim'));
  });

  it('exports a citations report to a new untitled Markdown document', async () => {
    await open(FILE);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('policyLens.exportCitationsReport');
    assert.equal(report.isUntitled, true);
    assert.equal(report.languageId, 'markdown');
    assert.deepEqual(report.getText().split('\n').slice(0, 9), [
      `# Citations report: ${FILE}`,
      '',
      '3 claims, 2 cited, 1 uncited (coverage 67%).',
      '',
      '| Line | Claim | Kinds | Cited | By |',
      '| ---: | --- | --- | :---: | --- |',
      '| 10 | The CSTO decision was reported within hours \\[@durand2022\\]. | attribution | yes | @durand2022 |',
      '| 11 | Putin said the events concerned “all of us” \\[@putin2022\\]. | quotation, attribution | yes | @putin2022 |',
      '| 13 | Russia supplied 70% of the troops. | statistic | no |  |',
    ]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reads workspace bibliographies from the settings', async () => {
    const editor = await open(FILE);
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('policyLens');
    await config.update('bibliographies', ['extra.yaml'], vscode.ConfigurationTarget.Workspace);
    try {
      await diagnosticsWhere(uri, (x) => x.length === 2 && !x.some((d) => d.range.start.line === 13));
    } finally {
      await config.update('bibliographies', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(uri, (x) => x.length === 3);
  });

  it('re-checks open files when a bibliography changes on disk', async () => {
    const editor = await open(FILE);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, (x) => x.length === 3);
    const bib = fixtureUri('library.bib');
    const before = await vscode.workspace.fs.readFile(bib);
    await vscode.workspace.fs.writeFile(
      bib,
      new Uint8Array([...before, ...new TextEncoder().encode('\n@misc{durand2021, title = {Added later}}\n')]),
    );
    try {
      await diagnosticsWhere(uri, (x) => x.length === 2 && !x.some((d) => d.range.start.line === 11));
    } finally {
      await vscode.workspace.fs.writeFile(bib, before);
    }
    await diagnosticsWhere(uri, (x) => x.length === 3);
  });

  it('reports a bibliography that is a FIFO or a device, a binary one and /dev/stdin, without waiting on any', async () => {
    const dir = fixtureUri('.').fsPath;
    const made = ['pipe.bib', 'zero.bib', 'binary.bib', 'odd.policy.md'].map((n) => join(dir, n));
    spawnSync('mkfifo', [made[0]!]);
    symlinkSync('/dev/zero', made[1]!);
    writeFileSync(made[2]!, Buffer.from([0x40, 0x00, 0x7b]));
    writeFileSync(made[3]!, '---\nbibliography: [pipe.bib, zero.bib, binary.bib, /dev/stdin]\n---\nPlain prose.\n');
    try {
      const editor = await open('odd.policy.md');
      const d = await diagnosticsWhere(editor.document.uri, (x) => x.length === 4);
      assert.deepEqual(
        d.map((x) => [
          x.code && typeof x.code === 'object' ? x.code.value : x.code,
          x.message,
          x.range.start.line,
          x.range.start.character,
        ]),
        [
          ['bibliography-not-found', 'pipe.bib: not a regular file (a FIFO, device or socket)', 1, 15],
          ['bibliography-not-found', 'zero.bib: not a regular file (a FIFO, device or socket)', 1, 25],
          ['bibliography-not-found', 'binary.bib: binary data (a NUL byte in the first 8 KB)', 1, 35],
          [
            'bibliography-not-found',
            '/dev/stdin: unsupported bibliography format; use BibTeX (.bib), CSL-JSON (.json) or CSL-YAML (.yaml)',
            1,
            47,
          ],
        ],
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const f of made) rmSync(f, { force: true });
    }
  });
});
