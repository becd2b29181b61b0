// Semantic highlighting of what the engine recognised: each mention of an actor, event or concept
// and each citation key gets a token, with where its entry comes from as a modifier. A writer sees
// at a glance which names Policy Lens understood. Off with policyLens.semanticHighlighting.enabled.
import * as vscode from 'vscode';
import type { Analysis, Origin } from '../core';
import type { Analyses } from './analyses';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';
import { Slices } from './slices';

export const TOKEN_TYPES = ['policyActor', 'policyEvent', 'policyConcept', 'policyCitation'] as const;
export const TOKEN_MODIFIERS = ['builtin', 'workspace', 'local', 'unresolved'] as const;
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

const TYPE_OF = { actor: 0, event: 1, concept: 2 } as const;
/** builtin and world: built in; workspace: a knowledge file; document: this file's front matter. */
const MODIFIER_OF: Record<Origin['layer'], number> = { world: 1 << 0, builtin: 1 << 0, workspace: 1 << 1, document: 1 << 2 };
const UNRESOLVED = 1 << 3;

export function registerSemanticTokens(context: vscode.ExtensionContext, analyses: Analyses): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    analyses.onDidInvalidate(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens.semanticHighlighting') && changed.fire()),
    vscode.languages.registerDocumentSemanticTokensProvider(
      ANALYSIS_SELECTOR,
      {
        onDidChangeSemanticTokens: changed.event,
        async provideDocumentSemanticTokens(doc, cancel) {
          const on = vscode.workspace.getConfiguration('policyLens').get<boolean>('semanticHighlighting.enabled', true);
          if (!on || !isAnalysisDocument(doc)) return new vscode.SemanticTokensBuilder(LEGEND).build();
          return tokens(await analyses.request(doc), cancel);
        },
      },
      LEGEND,
    ),
  );
}

/**
 * The tokens of an analysis: mentions and cited keys in text order, each cut at line ends. Built
 * in slices (a 4.5 MB file has some 90,000); undefined when cancelled (VS Code asks again).
 */
export async function tokens(a: Analysis, cancel?: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
  const builder = new vscode.SemanticTokensBuilder(LEGEND);
  const lines = a.lines;
  // Tokens come in text order: the line of each is found by moving forward from the last one's.
  let line = 0;
  const lineOf = (offset: number) => {
    while (line + 1 < lines.lineCount && lines.lineStart(line + 1) <= offset) line++;
    return line;
  };
  const push = (start: number, end: number, type: number, modifiers: number) => {
    const first = lineOf(start);
    const last = lineOf(end);
    for (let l = first; l <= last; l++) {
      const s = l === first ? Math.min(start, lines.lineEnd(l)) - lines.lineStart(l) : 0;
      const e = (l === last ? Math.min(end, lines.lineEnd(l)) : lines.lineEnd(l)) - lines.lineStart(l);
      if (e > s) builder.push(l, s, e - s, type, modifiers);
    }
    line = first; // the next token starts at or after this one
  };
  const mentions = a.mentions;
  const citations = a.citations;
  const slices = new Slices();
  let m = 0;
  let c = 0;
  let k = 0;
  // Two sorted lists, merged: tokens must come in order.
  while (m < mentions.length || c < citations.length) {
    if (slices.due()) {
      await slices.pause();
      if (cancel?.isCancellationRequested) return undefined;
    }
    const mention = mentions[m];
    const key = citations[c]?.keys[k];
    if (c < citations.length && !key) {
      c++;
      k = 0;
      continue;
    }
    if (mention && (!key || mention.start < key.start)) {
      const origin = a.knowledge.get(mention.type, mention.id)?.origin.layer;
      push(mention.start, mention.end, TYPE_OF[mention.type], origin ? MODIFIER_OF[origin] : 0);
      m++;
    } else if (key) {
      const origin = a.references.get(key.key)?.origin.layer;
      push(key.start, key.end, 3, origin ? MODIFIER_OF[origin] : UNRESOLVED);
      k++;
    }
  }
  return builder.build();
}
