// The fact kind of uncited claim in the real editor: its diagnostic and message, its own
// severity setting, and the hover that says which words made the sentence a claim.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, diagnosticsWhere, hoverText, open, summary, until } from './helpers';

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
