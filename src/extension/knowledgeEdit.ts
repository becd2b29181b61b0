// Adds an entry to the workspace's knowledge file as an insertion (under its block-style
// `actors:`/`concepts:` key, or as a new key at its end), creating `knowledge.policy.yaml` at the
// workspace root when there is none. Never rewrites what is there.
import * as vscode from 'vscode';
import { parseKnowledgeFile, type ActorKind, type EntryKind } from '../core';
import { SECTION, yamlString } from './frontMatterEdit';

export const DEFAULT_KNOWLEDGE_FILE = 'knowledge.policy.yaml';

export interface NewEntry {
  readonly kind: EntryKind;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly actorKind?: ActorKind;
  readonly definition?: string;
}

/** The entry as block YAML, indented under its section key. */
export function entryYaml(e: NewEntry, eol: string): string {
  const field = e.kind === 'actor' ? 'name' : e.kind === 'event' ? 'title' : 'term';
  const lines = [`  ${e.id}:`, `    ${field}: ${yamlString(e.name)}`];
  if (e.actorKind) lines.push(`    kind: ${e.actorKind}`);
  if (e.aliases.length) lines.push(`    aliases: [${e.aliases.map(yamlString).join(', ')}]`);
  if (e.definition) lines.push(`    definition: ${JSON.stringify(e.definition)}`);
  return lines.join(eol) + eol;
}

/**
 * The edit that adds `entry` to the knowledge file at `target` (its current text, saved or not),
 * or creates the file. A string when it cannot insert safely (a flow-style `actors: {…}`).
 */
export async function addEntryEdit(target: vscode.Uri, entry: NewEntry): Promise<vscode.WorkspaceEdit | string> {
  const edit = new vscode.WorkspaceEdit();
  const section = SECTION[entry.kind];
  let doc: vscode.TextDocument | undefined;
  try {
    doc = await vscode.workspace.openTextDocument(target);
  } catch {
    doc = undefined;
  }
  if (!doc) {
    edit.createFile(target, { ignoreIfExists: true });
    edit.insert(target, new vscode.Position(0, 0), `${section}:\n${entryYaml(entry, '\n')}`);
    return edit;
  }
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  // Read at the gesture, from the text as it is now (it may have unsaved changes).
  const parsed = parseKnowledgeFile(doc.getText(), vscode.workspace.asRelativePath(target));
  const found = parsed.sections?.[section];
  if (found && !found.block)
    return `\`${section}:\` in ${vscode.workspace.asRelativePath(target)} is written in flow style ({…}); add the entry by hand.`;
  if (found) {
    edit.insert(target, new vscode.Position(found.line + 1, 0), entryYaml(entry, eol));
  } else {
    const end = doc.lineAt(doc.lineCount - 1);
    const before = end.text.length > 0 ? eol : '';
    edit.insert(target, end.range.end, `${before}${section}:${eol}${entryYaml(entry, eol)}`);
  }
  return edit;
}
