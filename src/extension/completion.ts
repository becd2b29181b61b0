// Completion of citation keys after `@` and of ids in `ref=` of a bracketed span.
import * as vscode from 'vscode';
import { entryName, type EntryKind } from '../core';
import type { Analyses } from './analyses';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';

// `@` then a key so far, or a search of up to four words (`@putin 2022`) that the key replaces.
const KEY_PREFIX = /(?:^|[\s[;(-])@([\p{L}\p{N}_:.#$%&\-+?<>~/]*(?: [\p{L}\p{N}_'’-]*){0,3})$/u;
const REF_PREFIX = /\]\{[^}]*\.(actor|event|concept)\b[^}]*\bref=([\p{L}\p{N}_.:-]*)$/u;

export function registerCompletion(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      ANALYSIS_SELECTOR,
      {
        async provideCompletionItems(doc, position) {
          if (!isAnalysisDocument(doc)) return undefined;
          const before = doc.lineAt(position.line).text.slice(0, position.character);
          const a = await analyses.request(doc);
          const key = KEY_PREFIX.exec(before);
          const query = key?.[1] ?? '';
          // Once a whole key is written, the words after it are prose, not a search.
          if (key && !(query.includes(' ') && a.references.has(query.slice(0, query.indexOf(' '))))) {
            const range = new vscode.Range(position.translate(0, -query.length), position);
            const items = [...a.references.values()].map((r) => {
              const item = new vscode.CompletionItem(r.id, vscode.CompletionItemKind.Reference);
              const authors = r.authors.length > 2 ? `${r.authors[0]} et al.` : r.authors.join('; ');
              item.detail = [authors, r.year].filter(Boolean).join(', ') || undefined;
              item.documentation = r.title;
              // Typing an author, a year or a word of the title finds the key too.
              item.filterText = [r.id, ...r.authors, r.year ?? '', r.title ?? ''].join(' ');
              item.insertText = r.id;
              item.range = range;
              return item;
            });
            // Incomplete: asked again as the search grows past a space.
            return new vscode.CompletionList(items, true);
          }
          const ref = REF_PREFIX.exec(before);
          if (ref) {
            const kind = ref[1] as EntryKind;
            const range = new vscode.Range(position.translate(0, -ref[2]!.length), position);
            const entries = kind === 'actor' ? a.knowledge.actors : kind === 'event' ? a.knowledge.events : a.knowledge.concepts;
            return [...entries.values()].map((e) => {
              const item = new vscode.CompletionItem(
                e.id,
                kind === 'actor'
                  ? vscode.CompletionItemKind.Class
                  : kind === 'event'
                    ? vscode.CompletionItemKind.Event
                    : vscode.CompletionItemKind.Keyword,
              );
              item.detail = entryName(e);
              item.filterText = `${e.id} ${entryName(e)}`;
              item.range = range;
              return item;
            });
          }
          return undefined;
        },
      },
      '@',
      '=',
    ),
  );
}
