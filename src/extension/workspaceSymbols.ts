// Workspace symbols (Ctrl+T): the actors, events and concepts of the workspace's knowledge files
// and of every analysis file's front matter, and the headings of every analysis file.
import * as vscode from 'vscode';
import { entryName, type Entry } from '../core';
import type { Analyses } from './analyses';
import { spanRange, toRange } from './convert';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

const KIND: Record<Entry['type'], vscode.SymbolKind> = {
  actor: vscode.SymbolKind.Class,
  event: vscode.SymbolKind.Event,
  concept: vscode.SymbolKind.Key,
};

export function registerWorkspaceSymbols(context: vscode.ExtensionContext, analyses: Analyses, knowledge: WorkspaceKnowledge): void {
  context.subscriptions.push(
    vscode.languages.registerWorkspaceSymbolProvider({
      async provideWorkspaceSymbols(query, token) {
        const wanted = matcher(query);
        const out: vscode.SymbolInformation[] = [];
        const add = (name: string, kind: vscode.SymbolKind, container: string, at: vscode.Location) => {
          if (wanted(name)) out.push(new vscode.SymbolInformation(name, kind, container, at));
        };
        for (const k of knowledge.parsedFiles()) {
          for (const e of k.parsed.source.entries) {
            if (e.origin.span)
              add(
                entryName(e),
                KIND[e.type],
                `${e.type} · ${k.parsed.file}`,
                new vscode.Location(k.uri, spanRange(k.parsed.lines, e.origin.span)),
              );
          }
        }
        for (const f of await analyses.workspaceFiles(token)) {
          const file = vscode.workspace.asRelativePath(f.uri);
          for (const e of f.analysis.knowledge.entries()) {
            if (e.origin.layer === 'document' && e.origin.span)
              add(
                entryName(e),
                KIND[e.type],
                `${e.type} · ${file}`,
                new vscode.Location(f.uri, spanRange(f.analysis.lines, e.origin.span)),
              );
          }
          for (const h of f.analysis.headings)
            add(h.text, vscode.SymbolKind.String, `heading · ${file}`, new vscode.Location(f.uri, toRange(h.range)));
        }
        return out;
      },
    }),
  );
}

/** VS Code's rule for symbol search: the query's characters in order, ignoring case. */
function matcher(query: string): (name: string) => boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  return (name) => {
    const n = name.toLowerCase();
    let i = 0;
    for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
    return i === q.length;
  };
}
