// Publishes the engine's diagnostics: at once on open and save, debounced per document while
// typing, removed on close and delete. Knowledge files get theirs too.
import * as vscode from 'vscode';
import type { Diagnostic } from '../core';
import type { Analyses } from './analyses';
import type { ProjectConfigs } from './projectConfig';
import { toDiagnostic } from './convert';
import { isAnalysisDocument, OPT_IN_LANGUAGES, type Settings } from './settings';
import { mapInSlices } from './slices';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

export function registerDiagnostics(
  context: vscode.ExtensionContext,
  analyses: Analyses,
  knowledge: WorkspaceKnowledge,
  configs: ProjectConfigs,
  settings: (uri?: vscode.Uri) => Settings,
): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('policy-lens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let knowledgeUris: vscode.Uri[] = [];

  const cancel = (uri: vscode.Uri) => {
    const t = timers.get(uri.toString());
    if (t) clearTimeout(t);
    timers.delete(uri.toString());
  };
  const publish = (doc: vscode.TextDocument) => {
    cancel(doc.uri);
    if (doc.isClosed) return;
    // A Markdown file no longer opted in, or a file its configuration ignores, has none (knowledge
    // and configuration files keep theirs: they are published apart).
    if (!isAnalysisDocument(doc)) {
      if ((OPT_IN_LANGUAGES as readonly string[]).includes(doc.languageId)) collection.delete(doc.uri);
      return;
    }
    if (settings(doc.uri).ignored) {
      collection.delete(doc.uri);
      return;
    }
    const { version } = doc;
    // Analysed in slices; published only if the document is still at that version (a newer one publishes its own).
    const current = () => !doc.isClosed && doc.version === version;
    analyses
      .request(doc)
      // Converted in slices too: a 5 MB file has some 25,000 diagnostics.
      .then((analysis) => (current() ? mapInSlices(analysis.diagnostics, toDiagnostic) : undefined))
      .then(
        (diagnostics) => {
          if (diagnostics && current()) collection.set(doc.uri, diagnostics);
        },
        (e: unknown) => console.error('Policy Lens: analysis failed', e),
      );
  };
  const schedule = (doc: vscode.TextDocument) => {
    if (!isAnalysisDocument(doc)) return;
    cancel(doc.uri);
    timers.set(
      doc.uri.toString(),
      setTimeout(() => publish(doc), settings().debounceMs),
    );
  };
  /** Files published apart from the documents (knowledge, configuration): the last set is cleared first. */
  const publishFiles = (last: vscode.Uri[], files: ReadonlyArray<{ uri: vscode.Uri; diagnostics: readonly Diagnostic[] }>) => {
    for (const uri of last) collection.delete(uri);
    for (const f of files) collection.set(f.uri, f.diagnostics.map(toDiagnostic));
    return files.map((f) => f.uri);
  };
  const publishKnowledge = () => {
    knowledgeUris = publishFiles(
      knowledgeUris,
      knowledge.fileUris().map((uri) => ({ uri, diagnostics: knowledge.diagnostics(uri) })),
    );
  };
  let configUris: vscode.Uri[] = [];
  // A configuration's problems at their lines, as the CLI prints them.
  const publishConfigs = () => {
    configUris = publishFiles(configUris, configs.all());
  };

  context.subscriptions.push(
    collection,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.workspace.onDidOpenTextDocument(publish),
    vscode.workspace.onDidSaveTextDocument(publish),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      cancel(doc.uri);
      collection.delete(doc.uri);
      analyses.drop(doc.uri);
    }),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => collection.delete(uri))),
    analyses.onDidInvalidate(() => vscode.workspace.textDocuments.forEach(publish)),
    knowledge.onDidChange(publishKnowledge),
    configs.onDidChange(publishConfigs),
  );
  // The first analyses run just after activation, not during it.
  const first = setTimeout(() => {
    vscode.workspace.textDocuments.forEach(publish);
    publishKnowledge();
    publishConfigs();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return collection;
}
