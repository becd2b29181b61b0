// "Add "X" as actor…" and "Add "X" as concept…": teach Policy Lens a name it found but does not
// know, from the light bulb, the editor's context menu or the Actors view's Unrecognised group.
import * as vscode from 'vscode';
import { ACTOR_KINDS, unrecognizedAt, type ActorKind, type KnowledgeBase, type UnrecognizedMentions } from '../core';
import type { Analyses } from './analyses';
import { idFromName } from './frontMatterEdit';
import { addEntryEdit, DEFAULT_KNOWLEDGE_FILE, type NewEntry } from './knowledgeEdit';
import type { WorkspaceKnowledge } from './workspaceKnowledge';

/** What the commands are given: a name found in the text (from a code action or the tree). */
export interface NameArgument {
  readonly name: string;
  readonly variants: readonly string[];
  readonly kind?: ActorKind;
}

const KIND_LABEL: Record<ActorKind, string> = {
  state: 'State',
  organization: 'Organisation',
  person: 'Person',
  group: 'Group',
  region: 'Region or place',
  other: 'Other',
};

export function registerAddEntry(context: vscode.ExtensionContext, analyses: Analyses, knowledge: WorkspaceKnowledge): void {
  const run = (as: 'actor' | 'concept') => async (arg?: NameArgument | { readonly node?: unknown }) => {
    const name = isName(arg) ? arg : (treeName(arg) ?? (await nameAtCursor(analyses)));
    if (!name) {
      void vscode.window.showInformationMessage(
        'Put the cursor on a name Policy Lens does not know yet (the Actors view lists them under Unrecognised).',
      );
      return false;
    }
    return addEntry(as, name, knowledge);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.addActor', run('actor')),
    vscode.commands.registerCommand('policyLens.addConcept', run('concept')),
  );
}

function isName(arg: unknown): arg is NameArgument {
  return (
    typeof arg === 'object' &&
    arg !== null &&
    typeof (arg as NameArgument).name === 'string' &&
    Array.isArray((arg as NameArgument).variants)
  );
}

/** A node of the Actors view's Unrecognised group. */
function treeName(arg: unknown): NameArgument | undefined {
  const item =
    (arg as { type?: string; item?: UnrecognizedMentions } | undefined)?.type === 'name'
      ? (arg as { item: UnrecognizedMentions }).item
      : undefined;
  return item ? { name: item.name, variants: item.variants, ...(item.kind ? { kind: item.kind } : {}) } : undefined;
}

async function nameAtCursor(analyses: Analyses): Promise<NameArgument | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const a = await analyses.request(editor.document);
  const found = unrecognizedAt(a, editor.document.offsetAt(editor.selection.active));
  return found && { name: found.name.name, variants: found.name.variants, ...(found.name.kind ? { kind: found.name.kind } : {}) };
}

/** Asks what it needs (kind, aliases, definition), then writes the entry as one undoable edit, left unsaved. */
async function addEntry(as: 'actor' | 'concept', name: NameArgument, knowledge: WorkspaceKnowledge): Promise<boolean> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder first: the entry is written to its knowledge file.');
    return false;
  }
  let actorKind: ActorKind | undefined;
  let definition: string | undefined;
  if (as === 'actor') {
    const order = name.kind ? [name.kind, ...ACTOR_KINDS.filter((k) => k !== name.kind)] : [...ACTOR_KINDS];
    const picked = await vscode.window.showQuickPick(
      order.map((k) => ({ label: KIND_LABEL[k], actorKind: k, ...(k === name.kind ? { description: 'guessed from the text' } : {}) })),
      { title: `Add "${name.name}" as actor: what kind?`, placeHolder: 'Kind of actor' },
    );
    if (!picked) return false;
    actorKind = picked.actorKind;
  } else {
    definition = await vscode.window.showInputBox({
      title: `Add "${name.name}" as concept`,
      prompt: 'A definition in one to three sentences (optional)',
      ignoreFocusOut: true,
    });
    if (definition === undefined) return false;
  }
  let aliases = name.variants.filter((v) => v !== name.name);
  if (aliases.length) {
    const picked = await vscode.window.showQuickPick(
      aliases.map((v) => ({ label: v, picked: true })),
      { title: `Other names of "${name.name}" to match as well`, canPickMany: true },
    );
    if (!picked) return false;
    aliases = picked.map((p) => p.label);
  }
  const target = knowledgeTarget(knowledge, folder);
  const entry: NewEntry = {
    kind: as,
    id: freeId(knowledge.knowledge, as, name.name),
    name: name.name,
    aliases,
    ...(actorKind ? { actorKind } : {}),
    ...(definition?.trim() ? { definition: definition.trim() } : {}),
  };
  const edit = await addEntryEdit(target, entry);
  if (typeof edit === 'string') {
    void vscode.window.showWarningMessage(edit);
    return false;
  }
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  // Left unsaved, as every edit of the extension: the knowledge reads the open file, so the name
  // moves to its group at once; saving keeps it, Undo in that file takes it back.
  const file = vscode.workspace.asRelativePath(target);
  void vscode.window.showInformationMessage(`Added ${as} "${name.name}" to ${file} (not saved yet).`, 'Show').then(async (choice) => {
    if (choice === 'Show') await vscode.window.showTextDocument(target, { preview: true });
  });
  return true;
}

/** The workspace's knowledge file: `knowledge.policy.yaml` at the root, else the first one found, else a new root one. */
function knowledgeTarget(knowledge: WorkspaceKnowledge, folder: vscode.WorkspaceFolder): vscode.Uri {
  const root = vscode.Uri.joinPath(folder.uri, DEFAULT_KNOWLEDGE_FILE);
  const files = knowledge.fileUris().sort((a, b) => a.path.localeCompare(b.path));
  return files.find((u) => u.toString() === root.toString()) ?? files[0] ?? root;
}

/** An id from the name ("Rukban camp" → rukban-camp) that no entry of that kind has yet. */
function freeId(kb: KnowledgeBase, kind: 'actor' | 'concept', name: string): string {
  const base = idFromName(name, kind);
  let id = base;
  for (let n = 2; kb.get(kind, id); n++) id = `${base}-${n}`;
  return id;
}
