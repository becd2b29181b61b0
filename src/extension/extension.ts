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
import { ProjectConfigs } from './projectConfig';
import { Locator } from './locate';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerSemanticTokens } from './semanticTokens';
import { resetLanguages, SettingsModel } from './settings';
import { registerStructure } from './structure';
import { StoryPanel } from './storyView';
import { registerWorkspaceSymbols } from './workspaceSymbols';
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
  readonly story: StoryPanel;
}

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  // Configuration files load before the first analysis asks for settings (the map is empty till then).
  const configs: ProjectConfigs = new ProjectConfigs((): number => settingsModel.get().debounceMs);
  const settingsModel: SettingsModel = new SettingsModel(configs);
  const getSettings = (uri?: vscode.Uri) => settingsModel.get(uri);

  // Knowledge files and bibliographies are parsed in a worker thread, off the extension host.
  const parsing = new Parsing();
  const knowledge = new WorkspaceKnowledge(getSettings, parsing);
  const bibliographies = new Bibliographies(() => settingsModel.get().maxFileSize, parsing);
  const analyses = new Analyses(knowledge, bibliographies, getSettings);
  context.subscriptions.push(
    configs,
    parsing,
    knowledge,
    bibliographies,
    analyses,
    knowledge.onDidChange(() => analyses.invalidate()),
    bibliographies.onDidChange(() => analyses.invalidate()),
  );

  registerDiagnostics(context, analyses, knowledge, configs, getSettings);
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
  const locator = new Locator(knowledge, bibliographies);
  registerReferences(context, analyses, scope, knowledge, locator);
  registerRename(context, analyses, knowledge, locator);
  registerWorkspaceSymbols(context, analyses, knowledge);
  registerSemanticTokens(context, analyses);
  registerStructure(context, analyses);
  const story = new StoryPanel(context.extensionUri, scope);
  context.subscriptions.push(
    story,
    vscode.commands.registerCommand('policyLens.showTimeline', () => story.show()),
    vscode.commands.registerCommand('policyLens.exportReport', () => story.exportReport()),
  );
  registerCommands(context, analyses, scope);
  registerAddEntry(context, analyses, knowledge);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('policyLens')) return;
      settingsModel.reset();
      resetLanguages();
      if (['builtinKnowledge', 'worldKnowledge', 'knowledgeFiles'].some((k) => e.affectsConfiguration(`policyLens.${k}`)))
        await knowledge.reload();
      else analyses.invalidate();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => analyses.invalidate()),
  );

  // Knowledge files load in the background: activation does not wait for the workspace.
  // Configuration files first: they say where the knowledge files are. Once read, a change to
  // one may change anything (knowledge, severities, what is ignored).
  const ready = configs
    .load()
    .then(() => {
      settingsModel.reset();
      context.subscriptions.push(
        configs.onDidChange(async () => {
          settingsModel.reset();
          await knowledge.reload();
        }),
      );
      return knowledge.load();
    })
    .catch((e: unknown) => {
      void vscode.window.showWarningMessage(`Policy Lens could not read the workspace configuration or knowledge files: ${String(e)}`);
    });
  void vscode.commands.executeCommand('setContext', 'policyLens.scope', 'file');
  return { ready, activationMs: performance.now() - started, analysisOf: (doc) => analyses.get(doc), actors, events, claims, scope, story };
}

export function deactivate(): void {
  /* everything is disposed through context.subscriptions */
}
