// The Actors view on a text beyond the built-in domain: states from the world knowledge (with
// their demonyms), names the engine does not know under Unrecognised, and the Add as actor
// gesture that teaches it one. Writes world.policy.md for the test and restores shared.policy.yaml.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, fixtureUri, hoverText, open, restore, until } from './helpers';

const TEXT = [
  'Senator Maria Okafor visited the Halvik camp. Okafor met Chilean officials there.',
  '',
  'The Halvik camp holds 9,000 people, and Chile has pledged aid.',
  '',
].join('\n');

/** The Actors view as [group, [[label, description]...]] rows. */
async function rows(): Promise<Array<[unknown, Array<[unknown, unknown]>]>> {
  const a = await api();
  return a.actors
    .getChildren()
    .map((g) => [
      a.actors.getTreeItem(g).label,
      a.actors.getChildren(g).map((n) => [a.actors.getTreeItem(n).label, a.actors.getTreeItem(n).description]),
    ]);
}

/** Runs a command that asks through quick picks, accepting the selected item of each until it ends. */
async function acceptingPicks<T>(run: Thenable<T>): Promise<T> {
  let done = false;
  const result = Promise.resolve(run).finally(() => (done = true));
  for (let i = 0; i < 60 && !done; i++) {
    await new Promise((r) => setTimeout(r, 250));
    if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

describe('the Actors view beyond the built-in domain', () => {
  const uri = fixtureUri('world.policy.md');
  const shared = fixtureUri('shared.policy.yaml');
  let sharedText = '';

  before(async () => {
    sharedText = readFileSync(shared.fsPath, 'utf8');
    writeFileSync(uri.fsPath, TEXT);
    await api();
  });
  after(async () => {
    await restore('shared.policy.yaml');
    assert.equal(readFileSync(shared.fsPath, 'utf8'), sharedText);
    rmSync(uri.fsPath, { force: true });
  });

  it('shows states by name and demonym, and unknown names under Unrecognised with their mentions', async () => {
    await open('world.policy.md');
    const a = await api();
    await a.scope.refresh();
    assert.deepEqual(await rows(), [
      ['States', [['Chile', '2 mentions (1 as demonym)']]],
      [
        'Unrecognised',
        [
          ['Halvik camp', '2 mentions · region?'],
          ['Maria Okafor', '2 mentions · person?'],
        ],
      ],
    ]);
    const unrecognised = a.actors.getChildren().at(-1)!;
    const okafor = a.actors.getChildren(unrecognised)[1]!;
    assert.equal(a.actors.getTreeItem(okafor).contextValue, 'name');
    assert.equal(a.actors.getTreeItem(okafor).tooltip, 'Also written: Okafor');
    const mentions = a.actors.getChildren(okafor).map((n) => a.actors.getTreeItem(n));
    assert.deepEqual(
      mentions.map((m) => [m.description, (m.command?.arguments?.[1] as vscode.Range).start.character]),
      [
        ['line 1', 8],
        ['line 1', 46],
      ],
    );
  });

  it('hovers a demonym with the state it stands for, its official name, capital and Wikidata id', async () => {
    const editor = await open('world.policy.md');
    const at = editor.document.positionAt(TEXT.indexOf('Chilean') + 2);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at));
    assert.match(text, /^_Chilean_: demonym of Chile\n\n\*\*Chile\*\* · state/);
    assert.match(text, /\*\*Official name:\*\* Republic of Chile/);
    assert.match(text, /\*\*Capital:\*\* Santiago/);
    assert.match(text, /\*\*Wikidata:\*\* Q298 · \[https:\/\/www\.wikidata\.org\/wiki\/Q298\]/);
    assert.match(text, /_Built-in world knowledge_$/);
  });

  it('creates knowledge.policy.yaml when the workspace has no knowledge file', async () => {
    const a = await api();
    const created = fixtureUri('knowledge.policy.yaml');
    const settings = vscode.workspace.getConfiguration('policyLens');
    // Only a root knowledge.policy.yaml counts as a knowledge file here, and there is none yet.
    await settings.update('knowledgeFiles', ['knowledge.policy.yaml'], vscode.ConfigurationTarget.Workspace);
    try {
      await open('world.policy.md');
      await until(a.scope.onDidChange, () => a.actors.getChildren().some((g) => a.actors.getTreeItem(g).label === 'Unrecognised'));
      const added = await acceptingPicks(
        vscode.commands.executeCommand<boolean>('policyLens.addActor', { name: 'Halvik camp', variants: ['Halvik camp'], kind: 'region' }),
      );
      assert.equal(added, true);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === created.toString());
      assert.equal(doc?.getText(), 'actors:\n  halvik-camp:\n    name: Halvik camp\n    kind: region\n');
      await until(a.scope.onDidChange, () => a.actors.getChildren().some((g) => a.actors.getTreeItem(g).label === 'Regions'));
      const regions = a.actors.getChildren().find((g) => a.actors.getTreeItem(g).label === 'Regions')!;
      assert.deepEqual(
        a.actors.getChildren(regions).map((n) => [a.actors.getTreeItem(n).label, a.actors.getTreeItem(n).description]),
        [['Halvik camp', '2 mentions']],
      );
    } finally {
      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(created, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(remove);
      await settings.update('knowledgeFiles', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('adds a name as an actor from the light bulb, into the workspace knowledge file, and moves it to its group', async () => {
    const editor = await open('world.policy.md');
    const a = await api();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      new vscode.Range(0, 10, 0, 10),
    );
    const titles = actions.map((x) => x.title);
    assert.ok(titles.includes('Add "Maria Okafor" as actor…') && titles.includes('Add "Maria Okafor" as concept…'), titles.join(' | '));
    const add = actions.find((x) => x.title === 'Add "Maria Okafor" as actor…')!;
    assert.equal(add.command?.command, 'policyLens.addActor');

    // The kind asked first (Person, guessed, is selected), then the variants as aliases (all picked).
    const added = await acceptingPicks(vscode.commands.executeCommand<boolean>(add.command!.command, ...(add.command!.arguments ?? [])));
    assert.equal(added, true);
    // One edit, not saved (the extension never writes files itself): the knowledge reads the open file.
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === shared.toString())!;
    assert.equal(doc.isDirty, true);
    const written = doc.getText();
    const at = written.indexOf('actors:\n') + 'actors:\n'.length;
    const entry = '  maria-okafor:\n    name: Maria Okafor\n    kind: person\n    aliases: [Okafor]\n';
    // Under `actors:`, before the entries that were there; nothing else changed.
    assert.equal(written.slice(at, at + entry.length + '  wagner:'.length), `${entry}  wagner:`, written);
    assert.equal(written.replace(entry, ''), sharedText);

    await until(a.scope.onDidChange, () => a.actors.getChildren().some((g) => a.actors.getTreeItem(g).label === 'People'));
    assert.deepEqual(await rows(), [
      ['States', [['Chile', '2 mentions (1 as demonym)']]],
      ['People', [['Maria Okafor', '2 mentions']]],
      ['Unrecognised', [['Halvik camp', '2 mentions · region?']]],
    ]);
  });
});
