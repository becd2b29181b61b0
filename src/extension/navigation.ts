// Go to definition (mention -> its YAML definition, citation -> its reference) and the outline.
import * as vscode from 'vscode';
import { entryName, targetAt, type Analysis, type Heading, type Origin } from '../core';
import type { Analyses } from './analyses';
import type { Bibliographies } from './bibliographies';
import { spanRange, toRange } from './convert';
import { Locator } from './locate';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

export function registerNavigation(
  context: vscode.ExtensionContext,
  analyses: Analyses,
  knowledge: WorkspaceKnowledge,
  bibliographies: Bibliographies,
): void {
  const locator = new Locator(knowledge, bibliographies);
  const locate = (doc: vscode.TextDocument, a: Analysis, origin: Origin, bibliography: boolean) =>
    locator.locate(doc.uri, a, origin, bibliography);

  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ANALYSIS_SELECTOR, {
      async provideDefinition(doc, position) {
        if (!isAnalysisDocument(doc)) return undefined;
        const a = await analyses.request(doc);
        const target = targetAt(a, doc.offsetAt(position));
        if (target?.kind === 'citation')
          return target.reference ? locate(doc, a, target.reference.origin, target.reference.origin.layer !== 'document') : undefined;
        return target?.entry ? locate(doc, a, target.entry.origin, false) : undefined;
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(ANALYSIS_SELECTOR, {
      async provideDocumentSymbols(doc) {
        if (!isAnalysisDocument(doc)) return [];
        const a = await analyses.request(doc);
        const out: vscode.DocumentSymbol[] = [];
        if (a.frontMatter) {
          const fm = new vscode.DocumentSymbol(
            a.frontMatter.title ?? 'Front matter',
            'front matter',
            vscode.SymbolKind.Module,
            toRange(a.frontMatter.range),
            toRange(a.frontMatter.range),
          );
          for (const e of a.knowledge.entries()) {
            if (e.origin.layer !== 'document' || !e.origin.span) continue;
            const r = spanRange(a.lines, e.origin.span);
            const kind =
              e.type === 'actor' ? vscode.SymbolKind.Class : e.type === 'event' ? vscode.SymbolKind.Event : vscode.SymbolKind.Key;
            fm.children.push(new vscode.DocumentSymbol(entryName(e), e.type, kind, r, r));
          }
          out.push(fm);
        }
        // Headings nest by level, as in Markdown's own outline.
        const next = nextSections(a.headings);
        const stack: Array<{ level: number; symbol: vscode.DocumentSymbol }> = [];
        for (let i = 0; i < a.headings.length; i++) {
          const h = a.headings[i]!;
          const n = a.headings[next[i]!];
          const end = n
            ? doc.lineAt(Math.max(n.range.start.line - 1, h.range.start.line)).range.end
            : doc.lineAt(doc.lineCount - 1).range.end;
          const symbol = new vscode.DocumentSymbol(
            h.text || '(untitled)',
            '',
            vscode.SymbolKind.String,
            new vscode.Range(toRange(h.range).start, end),
            toRange(h.range),
          );
          while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
          (stack.length ? stack[stack.length - 1]!.symbol.children : out).push(symbol);
          stack.push({ level: h.level, symbol });
        }
        return out;
      },
    }),
  );
}

/**
 * For each heading, the index of the next one at its level or above, where its section ends
 * (past the end: none). One pass: searching the rest for each was quadratic, 84 ms of a 4.5 MB
 * file's outline.
 */
function nextSections(headings: readonly Heading[]): number[] {
  const next = headings.map(() => headings.length);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]!]!.level >= h.level) next[open.pop()!] = i;
    open.push(i);
  });
  return next;
}
