// Commands: insert a citation, export a citations report, reveal a mention, switch the sidebar's
// scope, open an example.
import * as vscode from 'vscode';
import { citationInsertOffset, citationsReport, citationText, claimAt } from '../core';
import type { Analyses } from './analyses';
import { LANGUAGE_ID } from './settings';
import type { ScopeModel } from './scope';
import { SAMPLE_ANALYSIS } from './sample';

export function registerCommands(context: vscode.ExtensionContext, analyses: Analyses, scope: ScopeModel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.insertCitation', (uri?: vscode.Uri, at?: vscode.Position) =>
      insertCitation(analyses, uri, at),
    ),
    vscode.commands.registerCommand('policyLens.revealRange', async (uri: vscode.Uri, range: vscode.Range) => {
      await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
    }),
    vscode.commands.registerCommand('policyLens.refresh', () => scope.refresh()),
    // The "Show more" row of a long list in the sidebar (tree.ts).
    vscode.commands.registerCommand('policyLens.showMoreRows', (row?: { more?: () => void }) => row?.more?.()),
    vscode.commands.registerCommand('policyLens.scopeWorkspace', () => scope.setScope('workspace')),
    vscode.commands.registerCommand('policyLens.scopeFile', () => scope.setScope('file')),
    // VS Code's own Markdown preview renders these files: they are Markdown with front matter.
    vscode.commands.registerCommand('policyLens.showPreview', (uri?: vscode.Uri) =>
      vscode.commands.executeCommand('markdown.showPreviewToSide', uri ?? vscode.window.activeTextEditor?.document.uri),
    ),
    vscode.commands.registerCommand('policyLens.exportCitationsReport', () => exportCitationsReport(analyses)),
    vscode.commands.registerCommand('policyLens.openExample', async () => {
      const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: SAMPLE_ANALYSIS });
      await vscode.window.showTextDocument(doc);
    }),
  );
}

/** Asks for a reference (searchable by key, author, year, title) and inserts `[@key]` as one edit. */
async function insertCitation(analyses: Analyses, uri?: vscode.Uri, at?: vscode.Position): Promise<boolean> {
  const editor = uri
    ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())
    : vscode.window.activeTextEditor;
  const doc = editor?.document ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
  if (!doc) return false;
  const a = await analyses.request(doc);
  const references = [...a.references.values()];
  if (references.length === 0) {
    void vscode.window.showInformationMessage('No references to cite yet: add `bibliography:` or `references:` to the front matter.');
    return false;
  }
  let offset: number;
  if (at) offset = doc.offsetAt(at);
  else {
    const cursor = doc.offsetAt(editor?.selection.active ?? new vscode.Position(0, 0));
    const claim = claimAt(a, cursor);
    offset = claim ? citationInsertOffset(a.lines.text, claim) : cursor;
  }
  const version = doc.version;
  const picked = await vscode.window.showQuickPick(
    references.map((r) => ({
      label: r.id,
      description: [r.authors.slice(0, 2).join('; '), r.year].filter(Boolean).join(', '),
      detail: r.title,
    })),
    { placeHolder: 'Cite a reference (type a key, an author, a year or a title word)', matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked) return false;
  // The user may have typed while the picker was open: find the place again in the new text.
  let place = offset;
  if (doc.version !== version) {
    const fresh = await analyses.request(doc);
    const claim = claimAt(fresh, Math.min(offset, fresh.lines.text.length));
    place = claim ? citationInsertOffset(fresh.lines.text, claim) : Math.min(offset, fresh.lines.text.length);
  }
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(place), citationText(doc.getText(), place, picked.label));
  return vscode.workspace.applyEdit(edit);
}

/** Writes the active file's citations report to a new untitled Markdown document: nothing is saved unless the user saves it. */
async function exportCitationsReport(analyses: Analyses): Promise<vscode.TextDocument | undefined> {
  const doc =
    vscode.window.activeTextEditor?.document ??
    vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID)?.document;
  if (!doc || doc.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open an analysis file (*.policy.md) to export its citations report.');
    return undefined;
  }
  const content = citationsReport(await analyses.request(doc), vscode.workspace.asRelativePath(doc.uri));
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(report, { preview: false });
  return report;
}
