import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, diagnosticsWhere, fixtureUri, hoverText, measurement, open, report, restore, summary, until } from './helpers';

describe('Policy Lens in VS Code', () => {
  before(async () => {
    const a = await api();
    report(`measured: activation took ${a.activationMs.toFixed(1)} ms`);
    measurement('activation', { ms: a.activationMs });
  });

  it('gives *.policy.md files the Policy Analysis language, and leaves other Markdown alone', async () => {
    assert.equal((await open('notes.policy.md')).document.languageId, 'policy-analysis');
    assert.equal((await vscode.workspace.openTextDocument(fixtureUri('plain.md'))).languageId, 'markdown');
  });

  it('opens the Markdown preview for an analysis file', async () => {
    const editor = await open('notes.policy.md');
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await vscode.commands.executeCommand('policyLens.showPreview', editor.document.uri);
    await until(vscode.window.tabGroups.onDidChangeTabs, () =>
      tabs().some((t) => t.input instanceof vscode.TabInputWebview && /notes\.policy\.md/.test(t.label)),
    );
    const preview = tabs().find((t) => t.input instanceof vscode.TabInputWebview)!;
    assert.match(preview.label, /Preview notes\.policy\.md/);
    await vscode.window.tabGroups.close(preview);
  });

  it('publishes the engine diagnostics with codes, ranges and severities', async () => {
    const editor = await open('notes.policy.md');
    const d = await diagnosticsWhere(editor.document.uri, (x) => x.length === 2);
    assert.deepEqual(d.map(summary), [
      ['unused-reference', 'Hint', [4, 8, 4, 18]],
      ['uncited-claim', 'Warning', [14, 0, 14, 44]],
    ]);
    assert.equal(
      d[1]!.message,
      'Uncited claim (quotation: “all of us”, attribution: “said”): cite a source, e.g. [@key], or mark it [...]{.opinion}',
    );
    assert.equal(d[1]!.source, 'policy-lens');
    assert.equal((d[1]!.code as { target: vscode.Uri }).target.toString(), 'https://github.com/policy-lens/policy-lens#uncited-claim');
    assert.deepEqual(vscode.languages.getDiagnostics(fixtureUri('plain.md')), []);
  });

  it('hovers a built-in concept with its definition', async () => {
    const editor = await open('notes.policy.md');
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(13, 22)),
    );
    assert.match(text, /\*\*limited sovereignty\*\* · concept/);
    assert.match(text, /Brezhnev Doctrine/);
    assert.match(text, /Built-in definition/);
  });

  it('hovers a user concept, escaping its Markdown: no command link, no HTML', async () => {
    const editor = await open('notes.policy.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(15, 35),
    );
    const text = hoverText(hovers);
    assert.match(text, /order export/);
    assert.match(text, /_Defined in shared\.policy\.yaml_/);
    assert.doesNotMatch(text, /\]\(command:/);
    assert.doesNotMatch(text, /<b>/);
    for (const h of hovers)
      for (const c of h.contents) if (typeof c !== 'string' && 'isTrusted' in c) assert.ok(!(c as vscode.MarkdownString).isTrusted);
  });

  it('hovers an actor with kind, description and mention count, and a citation with its reference', async () => {
    const editor = await open('notes.policy.md');
    const actor = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(15, 6)),
    );
    assert.match(actor, /\*\*Wagner Group\*\* · group/);
    assert.match(actor, /A private military company\./);
    assert.match(actor, /Mentions in this file:\*\* 1/);
    const cite = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(13, 42)),
    );
    assert.match(cite, /\*\*@umland2022\*\*/);
    assert.match(cite, /Umland, Andreas \\\(2022\\\)\. The CSTO in Kazakhstan/);
    assert.match(cite, /\]\(https:\/\/example\.org\/csto\)/);
  });

  it('hovers an event with its dates and participants', async () => {
    const editor = await open('notes.policy.md');
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(19, 10)),
    );
    assert.match(text, /\*\*CSTO deployment to Kazakhstan\*\* · event/);
    assert.match(text, /\*\*Date:\*\* 2022\\-01\\-06 – 2022\\-01\\-19/);
    assert.match(text, /\*\*Participants:\*\* CSTO, Russia, Kazakhstan, Belarus, Armenia, Tajikistan, Kyrgyzstan/);
  });

  it('lists events by date with participants and mentions', async () => {
    await open('notes.policy.md');
    const a = await api();
    await a.scope.refresh();
    const events = a.events.getChildren();
    assert.deepEqual(
      events.map((e) => [a.events.getTreeItem(e).label, a.events.getTreeItem(e).description]),
      [['CSTO deployment to Kazakhstan', '2022-01-06 · 1 mention']],
    );
    const children = a.events.getChildren(events[0]).map((n) => [n.type, a.events.getTreeItem(n).label]);
    assert.deepEqual(children, [
      ['participant', 'CSTO'],
      ['participant', 'Russia'],
      ['participant', 'Kazakhstan'],
      ['participant', 'Belarus'],
      ['participant', 'Armenia'],
      ['participant', 'Tajikistan'],
      ['participant', 'Kyrgyzstan'],
      ['mention', 'The CSTO activation ended in January 2022 [@umland2022].'],
    ]);
  });

  it('lists actors by kind and events in the tree, with mention counts', async () => {
    await open('notes.policy.md');
    const a = await api();
    await a.scope.refresh();
    const groups = a.actors.getChildren();
    const rows = groups.map((g) => [
      a.actors.getTreeItem(g).label,
      a.actors.getChildren(g).map((n) => [a.actors.getTreeItem(n).label, a.actors.getTreeItem(n).description]),
    ]);
    assert.deepEqual(rows, [
      ['States', [['Russia', '1 mention (1 as capital)']]],
      // CSTO twice: by name, and inside the event "CSTO activation".
      ['Organisations', [['CSTO', '2 mentions']]],
      [
        'People',
        [
          ['Kassym-Jomart Tokayev', '1 mention'],
          ['Vladimir Putin', '1 mention'],
        ],
      ],
      ['Groups', [['Wagner Group', '1 mention']]],
    ]);
    const russia = a.actors.getChildren(groups[0])[0]!;
    // An actor's children: the events it takes part in, then its mentions.
    const children = a.actors.getChildren(russia).map((n) => a.actors.getTreeItem(n));
    assert.deepEqual(
      children.map((m) => [m.contextValue, m.label, m.description]),
      [
        ['event', 'CSTO deployment to Kazakhstan', '2022-01-06 · 1 mention'],
        ['mention', 'Moscow speaks of limited sovereignty [@umland2022].', 'line 14'],
      ],
    );
    assert.equal(children[1]!.command?.command, 'policyLens.revealRange');
    assert.equal(a.actors.getParent(a.actors.getChildren(russia)[1]!), russia);
  });

  it('offers quick fixes for an uncited claim, and marking it as opinion clears the warning', async () => {
    const editor = await open('notes.policy.md');
    const uri = editor.document.uri;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(14, 0, 14, 44),
    );
    assert.deepEqual(
      actions.map((x) => x.title),
      ['Cite…', 'Mark as opinion ([…]{.opinion})', 'Disable uncited-claim for this line'],
    );
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(actions[1]!.edit!));
    assert.equal(editor.document.lineAt(14).text, '[Putin said the unrest concerned “all of us”.]{.opinion}');
    // Nothing was deleted: the old text is still there, character for character.
    assert.equal(editor.document.getText().replace('[Putin', 'Putin').replace('.]{.opinion}', '.'), before);
    await diagnosticsWhere(uri, (d) => !d.some((x) => summary(x)[0] === 'uncited-claim'));
    await vscode.commands.executeCommand('undo');
    await diagnosticsWhere(uri, (d) => d.some((x) => summary(x)[0] === 'uncited-claim'));
  });

  it('disables a finding for one line with an appended comment, and undoes it', async () => {
    const editor = await open('notes.policy.md');
    const uri = editor.document.uri;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(14, 0, 14, 44),
    );
    const disable = actions.find((x) => x.title === 'Disable uncited-claim for this line')!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    assert.equal(
      editor.document.lineAt(14).text,
      'Putin said the unrest concerned “all of us”. <!-- policy-lens-disable-line uncited-claim -->',
    );
    await diagnosticsWhere(uri, (d) => !d.some((x) => summary(x)[0] === 'uncited-claim'));
    await restore('notes.policy.md');
    await diagnosticsWhere(uri, (d) => d.some((x) => summary(x)[0] === 'uncited-claim'));
  });

  it('defines an unknown actor in the front matter, which resolves the span', async () => {
    const editor = await open('notes.policy.md');
    const uri = editor.document.uri;
    const add = new vscode.WorkspaceEdit();
    add.insert(uri, new vscode.Position(18, 0), '\n[Prigozhin]{.actor ref=prigozhin} was absent.\n');
    assert.ok(await vscode.workspace.applyEdit(add));
    const d = await diagnosticsWhere(uri, (x) => x.some((y) => summary(y)[0] === 'unknown-ref'));
    assert.deepEqual(d.filter((x) => summary(x)[0] === 'unknown-ref').map(summary), [['unknown-ref', 'Error', [19, 23, 19, 32]]]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(19, 23, 19, 32),
    );
    const define = actions.find((x) => x.title === 'Define actor "prigozhin" in the front matter')!;
    assert.ok(define, actions.map((x) => x.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(define.edit!));
    assert.equal(editor.document.lineAt(8).text, '  prigozhin: {name: Prigozhin, kind: other}');
    await diagnosticsWhere(uri, (x) => !x.some((y) => summary(y)[0] === 'unknown-ref'));
    const a = await api();
    assert.ok(a.analysisOf(editor.document).mentions.some((m) => m.id === 'prigozhin' && m.explicit));
    await restore('notes.policy.md');
  });

  it('updates diagnostics after an edit and clears the claim when a citation is added', async () => {
    const editor = await open('notes.policy.md');
    const uri = editor.document.uri;
    const add = new vscode.WorkspaceEdit();
    add.insert(uri, new vscode.Position(18, 0), '\nExperts say 40 people were hurt.\n');
    assert.ok(await vscode.workspace.applyEdit(add));
    const d = await diagnosticsWhere(uri, (x) => x.filter((y) => summary(y)[0] === 'uncited-claim').length === 2);
    assert.deepEqual(
      d.filter((x) => summary(x)[0] === 'uncited-claim').map((x) => summary(x)[2]),
      [
        [14, 0, 14, 44],
        [19, 0, 19, 32],
      ],
    );
    const cite = new vscode.WorkspaceEdit();
    cite.insert(uri, new vscode.Position(19, 31), ' [@kremlin2022]');
    assert.ok(await vscode.workspace.applyEdit(cite));
    await diagnosticsWhere(uri, (x) => x.filter((y) => summary(y)[0] === 'uncited-claim').length === 1);
    await restore('notes.policy.md');
  });

  it('completes citation keys after [@, with author and year', async () => {
    const editor = await open('notes.policy.md');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(18, 0), '\nAs shown [@');
    await vscode.workspace.applyEdit(edit);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(19, 11),
      '@',
    );
    const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.deepEqual(ours.map((i) => [i.label, i.detail]).sort(), [
      ['inline2022', '2022'],
      ['kremlin2022', 'Kremlin press office, 2022'],
      ['umland2022', 'Umland, Andreas, 2022'],
    ]);
    await restore('notes.policy.md');
  });

  it('goes from a mention to its front-matter definition and from a citation to its bibliography entry', async () => {
    const editor = await open('notes.policy.md');
    const mention = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      new vscode.Position(17, 2),
    );
    assert.deepEqual(
      mention.map((l) => [l.uri.path.split('/').pop(), l.range.start.line, l.range.start.character]),
      [['notes.policy.md', 8, 2]],
    );
    const cite = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      new vscode.Position(13, 42),
    );
    assert.deepEqual(
      cite.map((l) => [l.uri.path.split('/').pop(), l.range.start.line]),
      [['refs.json', 2]],
    );
  });

  it('outlines the front matter and the headings', async () => {
    const editor = await open('notes.policy.md');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['Fixture notes', ['Kassym-Jomart Tokayev']],
        ['Limited sovereignty in practice', []],
      ],
    );
  });
});
