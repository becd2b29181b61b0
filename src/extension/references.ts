// Find All References / Peek References (Shift+F12) on an actor, event, concept or citation key:
// every mention in the file, or in every analysis file when the sidebar's scope is the workspace,
// and where it is defined (front matter, knowledge file, bibliography).
import * as vscode from 'vscode';
import { occurrencesIn, symbolAt, type Analysis, type Symbol } from '../core';
import type { Analyses } from './analyses';
import { spanRange } from './convert';
import type { Locator } from './locate';
import type { ScopeModel } from './scope';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

export interface AnalysedFile {
  readonly uri: vscode.Uri;
  readonly analysis: Analysis;
}

export function registerReferences(
  context: vscode.ExtensionContext,
  analyses: Analyses,
  scope: ScopeModel,
  knowledge: WorkspaceKnowledge,
  locator: Locator,
): void {
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(ANALYSIS_SELECTOR, {
      async provideReferences(doc, position, ctx, token) {
        if (!isAnalysisDocument(doc)) return [];
        const a = await analyses.request(doc);
        const symbol = symbolAt(a, doc.offsetAt(position));
        if (!symbol) return [];
        const files =
          scope.scope === 'workspace' ? await withDocument(await analyses.workspaceFiles(token), doc, a) : [{ uri: doc.uri, analysis: a }];
        return locations(symbol, files, knowledge, locator, { uri: doc.uri, analysis: a }, ctx.includeDeclaration);
      },
    }),
    // The same occurrences, highlighted in the file as the cursor rests on one.
    vscode.languages.registerDocumentHighlightProvider(ANALYSIS_SELECTOR, {
      async provideDocumentHighlights(doc, position) {
        if (!isAnalysisDocument(doc)) return [];
        const a = await analyses.request(doc);
        const symbol = symbolAt(a, doc.offsetAt(position));
        if (!symbol) return [];
        return occurrencesIn(a, symbol).map(
          (o) =>
            new vscode.DocumentHighlight(
              spanRange(a.lines, o),
              o.role === 'mention' || o.role === 'citation' ? vscode.DocumentHighlightKind.Read : vscode.DocumentHighlightKind.Write,
            ),
        );
      },
    }),
  );
}

/** The workspace's files with the document itself among them (it may be unsaved, or not a *.policy.md). */
export function withDocument(files: AnalysedFile[], doc: vscode.TextDocument, a: Analysis): AnalysedFile[] {
  const key = doc.uri.toString();
  return files.some((f) => f.uri.toString() === key) ? files : [{ uri: doc.uri, analysis: a }, ...files];
}

/** Every place the symbol is written in these files and in the knowledge files, with its definition when asked. */
export function locations(
  symbol: Symbol,
  files: readonly AnalysedFile[],
  knowledge: WorkspaceKnowledge,
  locator: Locator,
  from: AnalysedFile,
  withDefinition: boolean,
): vscode.Location[] {
  const out: vscode.Location[] = [];
  for (const f of files) {
    for (const o of occurrencesIn(f.analysis, symbol)) {
      if (o.role !== 'definition' || withDefinition) out.push(new vscode.Location(f.uri, spanRange(f.analysis.lines, o)));
    }
  }
  if (symbol.kind === 'entry') {
    for (const k of knowledge.parsedFiles()) {
      for (const r of k.parsed.references) {
        if (r.kind === symbol.type && r.id === symbol.id) out.push(new vscode.Location(k.uri, spanRange(k.parsed.lines, r)));
      }
    }
  }
  if (withDefinition) {
    // A definition outside the documents: a knowledge file's entry, a bibliography's item.
    const origin =
      symbol.kind === 'entry'
        ? from.analysis.knowledge.get(symbol.type, symbol.id)?.origin
        : from.analysis.references.get(symbol.key)?.origin;
    if (origin && origin.layer !== 'document') {
      const at = locator.locate(from.uri, from.analysis, origin, symbol.kind === 'key');
      if (at) out.push(at);
    }
  }
  return out;
}
