// Quick fixes for the engine's diagnostics. Every fix inserts, except the replacement of a
// mistyped citation key by a known one, which touches only the key.
import * as vscode from 'vscode';
import { citationInsertOffset, closestKeys, unrecognizedAt, type Analysis, type Diagnostic } from '../core';
import type { Analyses } from './analyses';
import { toRange } from './convert';
import { defineEntryEdit, idFromName } from './frontMatterEdit';
import { LANGUAGE_ID } from './settings';

export function registerCodeActions(context: vscode.ExtensionContext, analyses: Analyses): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      LANGUAGE_ID,
      {
        async provideCodeActions(doc, range, ctx) {
          const a = await analyses.request(doc);
          const actions: vscode.CodeAction[] = teach(a, doc.offsetAt(range.start));
          for (const vd of ctx.diagnostics) {
            if (vd.source !== 'policy-lens') continue;
            const code = typeof vd.code === 'object' ? String(vd.code.value) : String(vd.code);
            const d = a.diagnostics.find((x) => x.code === code && toRange(x.range).isEqual(vd.range));
            if (d) actions.push(...fixes(doc, a, d, vd));
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}

function fixes(doc: vscode.TextDocument, a: Analysis, d: Diagnostic, vd: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  const action = (title: string, preferred = false) => {
    const x = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    x.diagnostics = [vd];
    x.isPreferred = preferred;
    out.push(x);
    return x;
  };
  if (d.code === 'uncited-claim') {
    const at = doc.positionAt(citationInsertOffset(a.lines.text, d));
    action('Cite…', true).command = { command: 'policyLens.insertCitation', title: 'Cite…', arguments: [doc.uri, at] };
    const opinion = action('Mark as opinion ([…]{.opinion})');
    opinion.edit = new vscode.WorkspaceEdit();
    opinion.edit.insert(doc.uri, toRange(d.range).start, '[');
    opinion.edit.insert(doc.uri, toRange(d.range).end, ']{.opinion}');
  }
  if (d.code === 'unknown-citation' && d.data?.key) {
    closestKeys(d.data.key, a.references.keys()).forEach((key, i) => {
      const replace = action(`Change to @${key}`, i === 0);
      replace.edit = new vscode.WorkspaceEdit();
      replace.edit.replace(doc.uri, toRange(d.range), key);
    });
  }
  if (d.code !== 'front-matter' && d.code !== 'file-too-large') {
    const line = d.range.start.line;
    const disable = action(`Disable ${d.code} for this line`);
    disable.edit = new vscode.WorkspaceEdit();
    disable.edit.insert(doc.uri, doc.lineAt(line).range.end, ` <!-- policy-lens-disable-line ${d.code} -->`);
  }
  if (d.code === 'unknown-ref' && d.data?.refKind && d.data.ref) {
    const id = /^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$/u.test(d.data.ref) ? d.data.ref : idFromName(d.data.ref, 'new-entry');
    const edit = defineEntryEdit(doc, a, d.data.refKind, id, d.data.text?.trim() || d.data.ref);
    if (edit) action(`Define ${d.data.refKind} "${id}" in the front matter`).edit = edit;
  }
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
