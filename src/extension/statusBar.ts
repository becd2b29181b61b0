// "Claims: 12 · cited 75%" for the active analysis file.
import * as vscode from 'vscode';
import { claimSummary } from '../core';
import type { Analyses } from './analyses';
import { isAnalysisDocument } from './settings';

export function registerStatusBar(context: vscode.ExtensionContext, analyses: Analyses): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('policyLens.claims', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Policy Lens Claims';
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isAnalysisDocument(doc)) {
      item.hide();
      return;
    }
    analyses.request(doc).then(
      (analysis) => {
        if (vscode.window.activeTextEditor?.document !== doc) return;
        const s = claimSummary(analysis);
        item.text = `Claims: ${s.claims} · cited ${s.coverage}%`;
        item.tooltip = `${s.cited} of ${s.claims} claims cited, ${s.uncited} uncited. Click to open Problems.`;
        item.show();
      },
      (e: unknown) => console.error('Policy Lens: analysis failed', e),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(
    item,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== vscode.window.activeTextEditor?.document) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(update, 300);
    }),
    analyses.onDidInvalidate(update),
  );
  timer = setTimeout(update, 0); // after activation
  return item;
}
