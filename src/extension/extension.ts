// Wiring only: each feature lives in its own module and registers itself.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { Analyses } from './analyses';
import { Bibliographies } from './bibliographies';
import { Parsing } from './parsing';
import { registerAddEntry } from './addEntry';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { ScopeModel } from './scope';
import { readSettings, type Settings } from './settings';
import { registerStatusBar } from './statusBar';
import { ActorsTree, ClaimsTree, EventsTree } from './tree';
import { WorkspaceKnowledge } from './workspaceKnowledge';

/** What the extension exports: for integration tests and other extensions. */
export interface PolicyLensApi {
  /** Resolves once the workspace knowledge files have been read. */
  readonly ready: Promise<void>;
  readonly activationMs: number;
  analysisOf(doc: vscode.TextDocument): Analysis;
  readonly actors: ActorsTree;
  readonly events: EventsTree;
  readonly claims: ClaimsTree;
  readonly scope: ScopeModel;
}

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  let settings: Settings = readSettings();
  const getSettings = () => settings;

  // Knowledge files and bibliographies are parsed in a worker thread, off the extension host.
  const parsing = new Parsing();
  const knowledge = new WorkspaceKnowledge(getSettings, parsing);
  const bibliographies = new Bibliographies(() => settings.maxFileSize, parsing);
  const analyses = new Analyses(knowledge, bibliographies, getSettings);
  context.subscriptions.push(
    parsing,
    knowledge,
    bibliographies,
    analyses,
    knowledge.onDidChange(() => analyses.invalidate()),
    bibliographies.onDidChange(() => analyses.invalidate()),
  );

  registerDiagnostics(context, analyses, knowledge, getSettings);
  registerHover(context, analyses);
  registerCodeActions(context, analyses);
  registerCompletion(context, analyses);
  registerNavigation(context, analyses, knowledge, bibliographies);
  registerStatusBar(context, analyses);

  const scope = new ScopeModel(analyses, getSettings);
  const actors = new ActorsTree(scope);
  const events = new EventsTree(scope);
  const claims = new ClaimsTree(scope);
  context.subscriptions.push(
    scope,
    actors,
    events,
    claims,
    vscode.window.createTreeView('policyLens.actors', { treeDataProvider: actors, showCollapseAll: true }),
    vscode.window.createTreeView('policyLens.events', { treeDataProvider: events, showCollapseAll: true }),
    vscode.window.createTreeView('policyLens.claims', { treeDataProvider: claims }),
  );
  registerCommands(context, analyses, scope);
  registerAddEntry(context, analyses, knowledge);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('policyLens')) return;
      settings = readSettings();
      if (['builtinKnowledge', 'worldKnowledge', 'knowledgeFiles'].some((k) => e.affectsConfiguration(`policyLens.${k}`)))
        await knowledge.reload();
      else analyses.invalidate();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => analyses.invalidate()),
  );

  // Knowledge files load in the background: activation does not wait for the workspace.
  const ready = knowledge.load().catch((e: unknown) => {
    void vscode.window.showWarningMessage(`Policy Lens could not read the workspace knowledge files: ${String(e)}`);
  });
  void vscode.commands.executeCommand('setContext', 'policyLens.scope', 'file');
  return { ready, activationMs: performance.now() - started, analysisOf: (doc) => analyses.get(doc), actors, events, claims, scope };
}

export function deactivate(): void {
  /* everything is disposed through context.subscriptions */
}
