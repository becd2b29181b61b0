// Folding, smart select (Shift+Alt+Right) and document links, from the one Analysis.
import * as vscode from 'vscode';
import { documentLinks, foldingSpans, selectionSpans, type Analysis } from '../core';
import type { Analyses } from './analyses';
import { spanRange } from './convert';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';
import { mapInSlices, Slices } from './slices';

const FOLD_KIND: Partial<Record<string, vscode.FoldingRangeKind>> = {
  'front-matter': vscode.FoldingRangeKind.Imports,
  region: vscode.FoldingRangeKind.Region,
};

export function registerStructure(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(ANALYSIS_SELECTOR, {
      async provideFoldingRanges(doc) {
        if (!isAnalysisDocument(doc)) return [];
        const a = await analyses.request(doc);
        return mapInSlices(
          foldingSpans(a),
          (f) => new vscode.FoldingRange(a.lines.lineOf(f.start), a.lines.lineOf(Math.max(f.start, f.end - 1)), FOLD_KIND[f.kind]),
        );
      },
    }),
    vscode.languages.registerSelectionRangeProvider(ANALYSIS_SELECTOR, {
      async provideSelectionRanges(doc, positions) {
        if (!isAnalysisDocument(doc)) return [];
        const a = await analyses.request(doc);
        return positions.map((p) => selectionChain(a, doc.offsetAt(p), p));
      },
    }),
    vscode.languages.registerDocumentLinkProvider(ANALYSIS_SELECTOR, {
      async provideDocumentLinks(doc, cancel) {
        if (!isAnalysisDocument(doc)) return [];
        const a = await analyses.request(doc);
        const links: vscode.DocumentLink[] = [];
        const slices = new Slices();
        for (const l of documentLinks(a)) {
          if (slices.due()) {
            await slices.pause();
            if (cancel.isCancellationRequested) return undefined;
          }
          const target = linkTarget(doc.uri, l.target);
          if (target) links.push(new vscode.DocumentLink(spanRange(a.lines, l), target));
        }
        return links;
      },
    }),
  );
}

/** The spans around `offset`, innermost first, as VS Code's chain of parents. */
function selectionChain(a: Analysis, offset: number, at: vscode.Position): vscode.SelectionRange {
  let parent: vscode.SelectionRange | undefined;
  const spans = selectionSpans(a, offset);
  for (let i = spans.length - 1; i >= 0; i--) parent = new vscode.SelectionRange(spanRange(a.lines, spans[i]!), parent);
  return parent ?? new vscode.SelectionRange(new vscode.Range(at, at));
}

/** A URL as itself; a path relative to the document's folder (only for documents on a file system). */
function linkTarget(doc: vscode.Uri, target: string): vscode.Uri | undefined {
  if (/^(?:https?|mailto):/i.test(target)) {
    try {
      return vscode.Uri.parse(target, true);
    } catch {
      return undefined;
    }
  }
  if (doc.scheme === 'untitled' || /^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const path = target.split('#')[0]!;
  return path.startsWith('/') ? doc.with({ path }) : vscode.Uri.joinPath(doc, '..', path);
}
