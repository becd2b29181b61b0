// Quick fixes for the engine's diagnostics. Every fix inserts, except the replacement of a
// mistyped citation key by a known one, which touches only the key.
import * as vscode from 'vscode';
import {
  citationInsertOffset,
  closestKeys,
  DIAGNOSTIC_CODES,
  diagnosticsAt,
  unrecognizedAt,
  type Analysis,
  type Diagnostic,
  type FixId,
} from '../core';
import type { Analyses } from './analyses';
import { toRange } from './convert';
import { defineEntryEdit, idFromName } from './frontMatterEdit';
import { ANALYSIS_SELECTOR, isAnalysisDocument } from './settings';

export function registerCodeActions(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      ANALYSIS_SELECTOR,
      {
        async provideCodeActions(doc, range, ctx) {
          if (!isAnalysisDocument(doc)) return [];
          const a = await analyses.request(doc);
          const actions: vscode.CodeAction[] = teach(a, doc.offsetAt(range.start));
          for (const vd of ctx.diagnostics) {
            if (vd.source !== 'policy-lens') continue;
            const code = typeof vd.code === 'object' ? String(vd.code.value) : String(vd.code);
            const d = diagnosticsAt(a, a.lines.offsetAt(vd.range.start), a.lines.offsetAt(vd.range.end)).find((x) => x.code === code);
            if (d) actions.push(...fixes(doc, a, d, vd));
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}

type Action = (title: string, preferred?: boolean) => vscode.CodeAction;

/** Each fix of the registry (codes.ts), implemented once: it adds its actions for a diagnostic, or none. */
const FIXES: Record<FixId, (doc: vscode.TextDocument, a: Analysis, d: Diagnostic, action: Action) => void> = {
  cite: (doc, a, d, action) => {
    const at = doc.positionAt(citationInsertOffset(a.lines.text, d));
    action('Cite…', true).command = { command: 'policyLens.insertCitation', title: 'Cite…', arguments: [doc.uri, at] };
  },
  'mark-opinion': (doc, _a, d, action) => {
    const opinion = action('Mark as opinion ([…]{.opinion})');
    opinion.edit = new vscode.WorkspaceEdit();
    opinion.edit.insert(doc.uri, toRange(d.range).start, '[');
    opinion.edit.insert(doc.uri, toRange(d.range).end, ']{.opinion}');
  },
  'closest-key': (doc, a, d, action) => {
    if (!d.data?.key) return;
    closestKeys(d.data.key, a.references.keys()).forEach((key, i) => {
      const replace = action(`Change to @${key}`, i === 0);
      replace.edit = new vscode.WorkspaceEdit();
      replace.edit.replace(doc.uri, toRange(d.range), key);
    });
  },
  'define-entry': (doc, a, d, action) => {
    if (!d.data?.refKind || !d.data.ref) return;
    const id = /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u.test(d.data.ref) ? d.data.ref : idFromName(d.data.ref, 'new-entry');
    const edit = defineEntryEdit(doc, a, d.data.refKind, id, d.data.text?.trim() || d.data.ref);
    if (edit) action(`Define ${d.data.refKind} "${id}" in the front matter`).edit = edit;
  },
  'disable-line': (doc, _a, d, action) => {
    const disable = action(`Disable ${d.code} for this line`);
    disable.edit = new vscode.WorkspaceEdit();
    disable.edit.insert(doc.uri, doc.lineAt(d.range.start.line).range.end, ` <!-- policy-lens-disable-line ${d.code} -->`);
  },
};

function fixes(doc: vscode.TextDocument, a: Analysis, d: Diagnostic, vd: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  const action: Action = (title, preferred = false) => {
    const x = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    x.diagnostics = [vd];
    x.isPreferred = preferred;
    out.push(x);
    return x;
  };
  for (const fix of DIAGNOSTIC_CODES[d.code].fixes) FIXES[fix](doc, a, d, action);
  return out;
}

/** "Add "X" as actor…" and "… as concept…" on a name the engine found but does not know. */
function teach(a: Analysis, offset: number): vscode.CodeAction[] {
  const found = unrecognizedAt(a, offset);
  if (!found) return [];
  const { name, variants, kind } = found.name;
  const arg = { name, variants, ...(kind ? { kind } : {}) };
  return (['actor', 'concept'] as const).map((as) => {
    const title = `Add "${name}" as ${as}…`;
    const x = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    x.command = { command: as === 'actor' ? 'policyLens.addActor' : 'policyLens.addConcept', title, arguments: [arg] };
    return x;
  });
}
