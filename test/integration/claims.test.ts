// The fact kind of uncited claim in the real editor: its diagnostic and message, its own
// severity setting, and the hover that says which words made the sentence a claim.
import { strict as assert } from 'node:assert';
import { rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/extension/tree';
import { api, diagnosticsWhere, fixtureUri, hoverText, open, summary, until } from './helpers';

const FILE = 'facts.policy.md';
const SENTENCE: [number, number, number, number] = [6, 0, 6, 75];

describe('checkable facts in VS Code', () => {
  before(api);

  it('flags an uncited checkable fact, naming the words that made it one', async () => {
    const editor = await open(FILE);
    const d = await diagnosticsWhere(editor.document.uri, (x) => x.length === 1);
    assert.deepEqual(d.map(summary), [['uncited-claim', 'Warning', SENTENCE]]);
    assert.equal(
      d[0]!.message,
      'Uncited claim (checkable fact: “Meridian Gas cut”): cite a source, e.g. [@key], or mark it [...]{.opinion}',
    );
  });

  it('follows its own severity setting, policyLens.severity.fact, up to turning it off', async () => {
    const editor = await open(FILE);
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('policyLens');
    try {
      await config.update('severity.fact', 'error', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(uri, (x) => x.length === 1 && x[0]!.severity === vscode.DiagnosticSeverity.Error);
      await config.update('severity.fact', 'off', vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhere(uri, (x) => x.length === 0);
    } finally {
      await config.update('severity.fact', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const d = await diagnosticsWhere(uri, (x) => x.length === 1);
    assert.deepEqual(d.map(summary), [['uncited-claim', 'Warning', SENTENCE]]);
  });

  it('hovers the flagged sentence with its kind, the rule and the words that made it a claim', async () => {
    const editor = await open(FILE);
    await diagnosticsWhere(editor.document.uri, (x) => x.length === 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(6, 20),
    );
    const text = hoverText(hovers);
    assert.match(text, /\*\*Uncited claim\*\* · checkable fact/);
    assert.match(text, /- \*\*checkable fact\*\* \(actor and action\): “Meridian Gas cut”/);
    assert.match(text, /\{\.opinion\}/);
    const range = hovers.find((h) => /Uncited claim/.test(hoverText([h])))!.range!;
    assert.deepEqual([range.start.line, range.start.character, range.end.line, range.end.character], SENTENCE);
    // The opinion on the next line is no claim: no hover there.
    const none = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      new vscode.Position(7, 10),
    );
    assert.doesNotMatch(hoverText(none), /Uncited claim/);
  });

  it('lists the fact in the Claims view with the words of its kind in the description and tooltip', async () => {
    await open(FILE);
    const a = await api();
    await a.scope.refresh();
    // The tooltip is made when VS Code asks for it (the pointer rests on the row): resolveTreeItem.
    const rows = () => a.claims.getChildren().map((n) => a.claims.resolveTreeItem(a.claims.getTreeItem(n), n));
    await until(a.claims.onDidChangeTreeData, () => rows().some((r) => String(r.label).startsWith('Meridian Gas')));
    assert.deepEqual(
      rows().map((r) => [r.label, r.description, r.tooltip]),
      [
        [
          'Meridian Gas cut deliveries to its neighbour in the first week of the cold.',
          'checkable fact',
          'checkable fact (actor and action): “Meridian Gas cut”',
        ],
      ],
    );
  });
});

describe('long lists in the sidebar', () => {
  const uri = fixtureUri('many.policy.md');
  // 1,200 uncited claims, each naming Russia: more than a page of claims and of mentions.
  const TEXT = Array.from({ length: 1200 }, (_, i) => `Russia said ${i + 1}% of the wheat was lost.\n`).join('\n');

  before(async () => {
    await api();
    writeFileSync(uri.fsPath, TEXT);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(uri.fsPath, { force: true });
  });

  it('shows 500 rows of a long list, then 500 more at each "Show more"', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const a = await api();
    await a.scope.refresh();
    const claims = () => a.claims.getChildren();
    await until(a.claims.onDidChangeTreeData, () => claims().length === 501);
    const last = (rows: TreeNode[]) => a.claims.getTreeItem(rows.at(-1)!);
    const shown = (rows: TreeNode[]) => [rows.filter((r) => r.type === 'claim').length, last(rows).label, last(rows).description];
    assert.deepEqual(shown(claims()), [500, 'Show 500 more', '500 of 1,200 shown']);
    assert.equal(a.claims.getTreeItem(claims()[0]!).label, 'Russia said 1% of the wheat was lost.');
    const more = async () => {
      const changed = new Promise((resolve) => a.claims.onDidChangeTreeData(resolve));
      await vscode.commands.executeCommand('policyLens.showMoreRows', claims().at(-1));
      await changed;
    };
    await more();
    assert.deepEqual(shown(claims()), [1000, 'Show 200 more', '1,000 of 1,200 shown']);
    await more();
    assert.equal(claims().length, 1200);
    assert.equal(a.claims.getTreeItem(claims()[1199]!).label, 'Russia said 1200% of the wheat was lost.');

    // The mentions of an actor named more often than a page holds.
    const states = a.actors.getChildren().find((n) => n.id === 'group:state')!;
    const russia = a.actors.getChildren(states).find((n) => n.id === 'actor:russia')!;
    const mentions = a.actors.getChildren(russia);
    assert.deepEqual(
      [mentions.filter((n) => n.type === 'mention').length, a.actors.getTreeItem(mentions.at(-1)!).description],
      [500, '500 of 1,200 shown'],
    );
    const changed = new Promise((resolve) => a.actors.onDidChangeTreeData(resolve));
    await vscode.commands.executeCommand('policyLens.showMoreRows', mentions.at(-1));
    await changed;
    const grown = a.actors.getChildren(russia);
    assert.deepEqual(
      [grown.filter((n) => n.type === 'mention').length, a.actors.getTreeItem(grown.at(-1)!).description],
      [1000, '1,000 of 1,200 shown'],
    );

    // Another file in the view, then this one again: its lists start at a page again.
    await open(FILE);
    await a.scope.refresh();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await a.scope.refresh();
    assert.deepEqual(shown(claims()), [500, 'Show 500 more', '500 of 1,200 shown']);
  });
});
